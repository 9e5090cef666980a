// The accessibility conformance report's data (VPAT 2.4, WCAG edition): each WCAG 2.1/2.2 A and AA criterion, its level of support and the evidence for it.

/** VPAT 2.4 conformance terms. */
export type Conformance = 'Supports' | 'Partially Supports' | 'Does Not Support' | 'Not Applicable';

/** A browser or build test in `npm test` that backs a claim: the file and a words-for-words part of the test's title. */
export interface TestEvidence {
  file: string;
  test: string;
}

export interface Criterion {
  /** '1.4.3' */
  id: string;
  name: string;
  level: 'A' | 'AA';
  /** The WCAG version that added it ('2.0', '2.1' or '2.2'); 4.1.1 is marked obsolete in 2.2. */
  since: '2.0' | '2.1' | '2.2';
  conformance: Conformance;
  remarks: string;
  /** Automated tests that check it; required for 'Supports' where a test can check it (automatable). */
  tests: TestEvidence[];
  /** How it is checked by hand, where a test cannot decide it alone. */
  byHand?: string;
  /** False where no automated test can judge the criterion (for example, whether headings describe their topic). */
  automatable: boolean;
}

/** The date of the last full review of this report. */
export const LAST_REVIEWED = '2026-11-23';

const AXE: TestEvidence = { file: 'test/e2e/pages.spec.ts', test: 'loads with one h1 and no accessibility violations' };
const KEYBOARD: TestEvidence = { file: 'test/e2e/a11y.spec.ts', test: 'Tab follows the reading order, focus always visible and unobscured, no trap' };
const TIMELINE_KEYBOARD: TestEvidence = { file: 'test/e2e/timeline.spec.ts', test: 'reaching every control by Tab' };
const REFLOW: TestEvidence = { file: 'test/e2e/a11y.spec.ts', test: 'nothing scrolls sideways or is cut off' };
const DARK: TestEvidence = { file: 'test/e2e/a11y.spec.ts', test: 'in dark mode every text meets WCAG AA contrast' };
const BRAND: TestEvidence = { file: 'test/unit/brand.test.ts', test: 'stops on a low-contrast accent, with the ratio' };
const TIMELINE_ERRORS: TestEvidence = { file: 'test/e2e/timeline.spec.ts', test: 'an impossible date shows the error summary and keeps the other answers' };
const CONSISTENT: TestEvidence = { file: 'test/e2e/a11y.spec.ts', test: 'navigation, search and the help line are the same, in the same place, on every page' };
const BUILDER_KEYBOARD: TestEvidence = { file: 'test/e2e/templates.spec.ts', test: 'two interviewers filled in with the keyboard only' };
const BUILDER_ERRORS: TestEvidence = { file: 'test/e2e/templates.spec.ts', test: 'checking an incomplete form moves focus to the error summary, whose links lead to each field' };
const BUILDER_COPY: TestEvidence = { file: 'test/e2e/templates.spec.ts', test: 'Copy puts the exact note on the clipboard and says so' };
const SEARCH_STATUS: TestEvidence = { file: 'test/e2e/search.spec.ts', test: 'searching a word from a guide lists that guide and the link opens it' };

const NO_MEDIA = 'The site has no audio or video.';

/** Every WCAG 2.1 A and AA success criterion, and the A and AA criteria WCAG 2.2 added. */
export const CRITERIA: Criterion[] = [
  { id: '1.1.1', name: 'Non-text Content', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'The logo and icons are decorative and hidden from screen readers; every control has a text name.' },
  { id: '1.2.1', name: 'Audio-only and Video-only (Prerecorded)', level: 'A', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: NO_MEDIA },
  { id: '1.2.2', name: 'Captions (Prerecorded)', level: 'A', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: NO_MEDIA },
  { id: '1.2.3', name: 'Audio Description or Media Alternative (Prerecorded)', level: 'A', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: NO_MEDIA },
  { id: '1.2.4', name: 'Captions (Live)', level: 'AA', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: NO_MEDIA },
  { id: '1.2.5', name: 'Audio Description (Prerecorded)', level: 'AA', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: NO_MEDIA },
  { id: '1.3.1', name: 'Info and Relationships', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE, { file: 'test/dist/html.test.ts', test: 'is valid HTML' }],
    remarks: 'Headings, lists, landmarks, labels, fieldsets with legends and tables are real HTML elements.', byHand: 'Heading outline and form groups reviewed page by page.' },
  { id: '1.3.2', name: 'Meaningful Sequence', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [KEYBOARD],
    remarks: 'The reading order of the HTML is the visual order at every width.' },
  { id: '1.3.3', name: 'Sensory Characteristics', level: 'A', since: '2.0', conformance: 'Supports', automatable: false, tests: [],
    remarks: 'No instruction relies on shape, colour, size, position or sound.', byHand: 'Every instruction and hint read through.' },
  { id: '1.3.4', name: 'Orientation', level: 'AA', since: '2.1', conformance: 'Supports', automatable: true, tests: [REFLOW],
    remarks: 'Nothing is locked to portrait or landscape; pages are tested in both shapes (320 × 640 and 640 × 400).' },
  { id: '1.3.5', name: 'Identify Input Purpose', level: 'AA', since: '2.1', conformance: 'Supports', automatable: true, tests: [AXE, { file: 'test/e2e/a11y.spec.ts', test: 'the fields about the reader say what they hold' }],
    remarks: 'Fields about the reader (name, email, phone, address) carry the matching autocomplete value.' },
  { id: '1.4.1', name: 'Use of Color', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'Links are underlined; errors are marked with words and a thick border as well as colour.' },
  { id: '1.4.2', name: 'Audio Control', level: 'A', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'The site plays no sound.' },
  { id: '1.4.3', name: 'Contrast (Minimum)', level: 'AA', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE, DARK, BRAND],
    remarks: 'Text meets 4.5:1 in light and dark mode. A host’s accent colour that would break this stops the build.' },
  { id: '1.4.4', name: 'Resize Text', level: 'AA', since: '2.0', conformance: 'Supports', automatable: true, tests: [REFLOW],
    remarks: 'At 200 % zoom nothing is cut off or scrolls sideways.' },
  { id: '1.4.5', name: 'Images of Text', level: 'AA', since: '2.0', conformance: 'Supports', automatable: false, tests: [],
    remarks: 'All text is real text; the logo is the only image.', byHand: 'Checked that no image contains words.' },
  { id: '1.4.10', name: 'Reflow', level: 'AA', since: '2.1', conformance: 'Supports', automatable: true, tests: [REFLOW],
    remarks: 'At 320 CSS pixels wide every page and tool state fits without scrolling sideways.' },
  { id: '1.4.11', name: 'Non-text Contrast', level: 'AA', since: '2.1', conformance: 'Supports', automatable: false, tests: [BRAND],
    remarks: 'Field borders are #767676 or darker (4.5:1 on white); focus rings and buttons use the contrast-checked accent.', byHand: 'Borders, focus rings and checkboxes measured with a contrast checker in light and dark mode.' },
  { id: '1.4.12', name: 'Text Spacing', level: 'AA', since: '2.1', conformance: 'Supports', automatable: true, tests: [{ file: 'test/e2e/a11y.spec.ts', test: 'text spacing overrides (WCAG 1.4.12) clip no text' }],
    remarks: 'With the WCAG text-spacing overrides applied, no text is clipped or overlaps.' },
  { id: '1.4.13', name: 'Content on Hover or Focus', level: 'AA', since: '2.1', conformance: 'Not Applicable', automatable: false, tests: [],
    remarks: 'No content appears on hover or focus (no tooltips or pop-ups).' },
  { id: '2.1.1', name: 'Keyboard', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [KEYBOARD, TIMELINE_KEYBOARD, BUILDER_KEYBOARD],
    remarks: 'Both tools can be filled in and used with the keyboard alone.' },
  { id: '2.1.2', name: 'No Keyboard Trap', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [KEYBOARD],
    remarks: 'Tab moves through every page and tool state and back to the start.' },
  { id: '2.1.4', name: 'Character Key Shortcuts', level: 'A', since: '2.1', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'The site has no keyboard shortcuts.' },
  { id: '2.2.1', name: 'Timing Adjustable', level: 'A', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'Nothing has a time limit.' },
  { id: '2.2.2', name: 'Pause, Stop, Hide', level: 'A', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'Nothing moves, blinks, scrolls or updates by itself.' },
  { id: '2.3.1', name: 'Three Flashes or Below Threshold', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [{ file: 'test/e2e/a11y.spec.ts', test: 'with reduced motion asked for, nothing moves' }],
    remarks: 'Nothing flashes; with reduced motion asked for, nothing moves at all.' },
  { id: '2.4.1', name: 'Bypass Blocks', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [{ file: 'test/e2e/pages.spec.ts', test: 'the skip link is the first stop and moves focus to the main content' }, AXE],
    remarks: 'A “Skip to content” link comes first on every page; header, navigation, main and footer are landmarks.' },
  { id: '2.4.2', name: 'Page Titled', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE, { file: 'test/dist/build.test.ts', test: 'gives every page its own title, naming the site' }],
    remarks: 'Each page has its own title followed by the site’s name.' },
  { id: '2.4.3', name: 'Focus Order', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [KEYBOARD, TIMELINE_ERRORS, BUILDER_ERRORS],
    remarks: 'Focus follows the reading order; after a failed submit it moves to the error summary.' },
  { id: '2.4.4', name: 'Link Purpose (In Context)', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'Link text says where it goes; repeated “Write this note” links name their step for screen readers.', byHand: 'Link texts read out of context.' },
  { id: '2.4.5', name: 'Multiple Ways', level: 'AA', since: '2.0', conformance: 'Supports', automatable: true, tests: [CONSISTENT, SEARCH_STATUS],
    remarks: 'Every page is reachable from the navigation, the guide list and search.' },
  { id: '2.4.6', name: 'Headings and Labels', level: 'AA', since: '2.0', conformance: 'Supports', automatable: false, tests: [AXE],
    remarks: 'Headings say what follows; labels are questions in plain words.', byHand: 'Every heading and label read in context.' },
  { id: '2.4.7', name: 'Focus Visible', level: 'AA', since: '2.0', conformance: 'Supports', automatable: true, tests: [KEYBOARD],
    remarks: 'A 3-pixel outline in the accent colour marks every focused control, including each part of a date field.' },
  { id: '2.4.11', name: 'Focus Not Obscured (Minimum)', level: 'AA', since: '2.2', conformance: 'Supports', automatable: true, tests: [KEYBOARD],
    remarks: 'Nothing is sticky or overlaid: a focused control is always in view and uncovered.' },
  { id: '2.5.1', name: 'Pointer Gestures', level: 'A', since: '2.1', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'No action needs a path or multi-finger gesture.' },
  { id: '2.5.2', name: 'Pointer Cancellation', level: 'A', since: '2.1', conformance: 'Supports', automatable: false, tests: [],
    remarks: 'Only native links and buttons act on a click, which happens when the pointer is released.', byHand: 'Confirmed that no control acts on pointer-down.' },
  { id: '2.5.3', name: 'Label in Name', level: 'A', since: '2.1', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'Accessible names start with the visible label.' },
  { id: '2.5.4', name: 'Motion Actuation', level: 'A', since: '2.1', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'Nothing responds to shaking or tilting the device.' },
  { id: '2.5.7', name: 'Dragging Movements', level: 'AA', since: '2.2', conformance: 'Supports', automatable: false, tests: [{ file: 'test/e2e/templates.spec.ts', test: 'cards move with buttons that keep the focus, and can be removed' }],
    remarks: 'Interviewers are reordered with “Move up” and “Move down” buttons; nothing needs dragging.', byHand: 'Checked every control for drag-only actions.' },
  { id: '2.5.8', name: 'Target Size (Minimum)', level: 'AA', since: '2.2', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'Targets are at least 24 by 24 CSS pixels or spaced well apart (checked by axe-core’s target-size rule).' },
  { id: '3.1.1', name: 'Language of Page', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE], remarks: 'Every page declares English.' },
  { id: '3.1.2', name: 'Language of Parts', level: 'AA', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'All content is in English.' },
  { id: '3.2.1', name: 'On Focus', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [KEYBOARD],
    remarks: 'Moving focus never submits a form, opens a window or changes the page.' },
  { id: '3.2.2', name: 'On Input', level: 'A', since: '2.0', conformance: 'Supports', automatable: false, tests: [],
    remarks: 'The plan changes only when the reader presses “Plan my follow-ups”; previews update in place, without moving focus.', byHand: 'Every field changed and watched for a change of context.' },
  { id: '3.2.3', name: 'Consistent Navigation', level: 'AA', since: '2.0', conformance: 'Supports', automatable: true, tests: [CONSISTENT],
    remarks: 'The header, navigation and search link are the same on every page.' },
  { id: '3.2.4', name: 'Consistent Identification', level: 'AA', since: '2.0', conformance: 'Supports', automatable: false, tests: [],
    remarks: 'The same functions have the same names throughout (Search the guides, Copy, Download).', byHand: 'Labels compared across pages.' },
  { id: '3.2.6', name: 'Consistent Help', level: 'A', since: '2.2', conformance: 'Supports', automatable: true, tests: [CONSISTENT],
    remarks: 'The host’s contact line is in the footer of every page, in the same place.' },
  { id: '3.3.1', name: 'Error Identification', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [TIMELINE_ERRORS, BUILDER_ERRORS],
    remarks: 'An error summary lists each problem and links to the field; the message also stands beside the field.' },
  { id: '3.3.2', name: 'Labels or Instructions', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'Every field has a visible label and, where useful, a hint; optional fields say so.' },
  { id: '3.3.3', name: 'Error Suggestion', level: 'AA', since: '2.0', conformance: 'Supports', automatable: true, tests: [TIMELINE_ERRORS],
    remarks: 'Messages say how to fix the problem, for example “That date doesn’t exist. Check the day and month.”' },
  { id: '3.3.4', name: 'Error Prevention (Legal, Financial, Data)', level: 'AA', since: '2.0', conformance: 'Not Applicable', automatable: false, tests: [],
    remarks: 'Nothing legal or financial is submitted. Wiping saved drafts still asks for confirmation first.' },
  { id: '3.3.7', name: 'Redundant Entry', level: 'A', since: '2.2', conformance: 'Supports', automatable: false, tests: [],
    remarks: 'Shared details are typed once for all interviewers, drafts are kept in the browser, and the timeline passes its dates to the template builder.', byHand: 'Walked through both tools for repeated questions.' },
  { id: '3.3.8', name: 'Accessible Authentication (Minimum)', level: 'AA', since: '2.2', conformance: 'Not Applicable', automatable: false, tests: [], remarks: 'There is no sign-in.' },
  { id: '4.1.1', name: 'Parsing (WCAG 2.1; obsolete in 2.2)', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [{ file: 'test/dist/html.test.ts', test: 'is valid HTML' }],
    remarks: 'html-validate reports 0 errors on every built page.' },
  { id: '4.1.2', name: 'Name, Role, Value', level: 'A', since: '2.0', conformance: 'Supports', automatable: true, tests: [AXE],
    remarks: 'Native HTML controls throughout; states such as invalid fields and the current page are exposed.' },
  { id: '4.1.3', name: 'Status Messages', level: 'AA', since: '2.1', conformance: 'Supports', automatable: true, tests: [SEARCH_STATUS, BUILDER_COPY],
    remarks: 'Search result counts and copy confirmations are announced through status regions without moving focus.' },
];

/** What runs in `npm test`, on which pages and tool states. */
export const AUTOMATED_CHECKS: { what: string; where: string }[] = [
  { what: 'axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules, plus best practices): 0 violations', where: 'every page, in both builds, and each tool in its empty, filled, error and warning states' },
  { what: 'axe-core colour contrast in dark mode', where: 'every page and tool state' },
  { what: 'Keyboard only: Tab order follows the reading order, focus is always visible and uncovered, no trap', where: 'every page and tool state, at 375 and 1280 pixels wide' },
  { what: 'Reflow: nothing scrolls sideways or is cut off', where: 'every page and tool state, at 320 pixels wide and at 200 % zoom' },
  { what: 'Text spacing (WCAG 1.4.12): no clipped text', where: 'every page and tool state' },
  { what: 'Reduced motion: nothing moves', where: 'every page and tool state' },
  { what: 'html-validate: 0 errors', where: 'every built page' },
  { what: 'Lighthouse accessibility score 100 (mobile)', where: 'home page, a guide, both tools' },
  { what: 'Accent colour contrast: the build stops below 4.5:1', where: 'the host’s branding, at every build' },
];

/** What a person checks, and how. */
export const MANUAL_CHECKS: string[] = [
  'A keyboard walk-through of both tools from start to finish, in Chromium.',
  'Zoom to 200 % and 400 % in the browser, and a phone-sized window of 320 pixels.',
  'Reading every heading, label, hint, error message and link text in context.',
  'Measuring non-text contrast (field borders, focus rings, checkboxes) in light and dark mode.',
];
