// The template builder island: the situation, shared answers and one card per interviewer in; a checked, ready-to-send note per interviewer (or to the main contact) out, each editable in place. Drafts stay in this browser, and another tab's changes are never overwritten silently.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DRAFT_STORAGE_KEY, MAX_INTERVIEWERS, emptyDraft, emptyInterviewer, isBlankDraft, nextInterviewerId, onlyTyped, serializeDraft, typedText,
  type BuilderDraft, type NoteEdit,
} from '../lib/builder/draft';
import { choiceId } from '../lib/builder/fields';
import { unwrittenPanel, type PanelNote, type PanelOptions, type PanelProblem } from '../lib/builder/note-inputs';
import { mainContactId, writesOneNote } from '../lib/builder/recipients';
import { SCENARIOS } from '../lib/templates/catalog';
import { loadWording, loadedWording } from '../lib/templates/load';
import { OPEN_CHOICES_EVENT, focusField, readStored, writeStored } from './template-builder/browser';
import { InterviewerCard, type CardField } from './template-builder/InterviewerCard';
import { NoteChoices, type ChoiceGroupName } from './template-builder/NoteChoices';
import { SharedFields, type SharedText, type YourText } from './template-builder/SharedFields';
import type { Start } from './template-builder/start';
import { useAfterPaint } from './template-builder/use-after-paint';
import { useCheckedPanel } from './template-builder/use-checked-panel';
import { useLazy } from './template-builder/use-lazy';

interface TemplateBuilderProps {
  /** The tool sits in another site's frame: guide links open in a new tab. */
  embedded?: boolean;
}

/** Typing pauses this long before the draft is written to localStorage (and it is always written when the page is left). */
const SAVE_DELAY_MS = 300;
const NO_PROBLEMS: PanelProblem[] = [];
const START_FAILED = 'Your saved answers cannot be shown yet: this page could not download the part that reads them. They are still saved in this browser. Check your connection, then reload the page.';
const OTHER_TAB_UNREAD = 'Your answers were changed in another tab. Reload this page to see them; until then nothing from this tab is saved over them.';
const STORAGE_REFUSED = 'This browser is not letting the page save your answers, so they will be gone when you close it. Copy or download each note before you leave.';

/** The draft without the notes' edits, as text: the notes are written again only when this changes (typing in a note does not). */
function answersOf(draft: BuilderDraft): string {
  return JSON.stringify(draft, (key, value: unknown) => (key === 'edit' ? undefined : value));
}

/** Said when the note engine or a scenario's wording could not be downloaded (offline, say). */
const ENGINE_FAILED = 'Your notes cannot be written yet: this page could not download the part that writes them. Check your connection, then try again.';

type NoteEngine = typeof import('./template-builder/note-engine');

/** The note engine (writing and checking notes) and a scenario's wording, each downloaded once, when first needed. */
async function loadEngine(scenario: BuilderDraft['scenario']): Promise<NoteEngine> {
  const [engine] = await Promise.all([import('./template-builder/note-engine'), loadWording(scenario)]);
  return engine;
}

export default function TemplateBuilder({ embedded = false }: TemplateBuilderProps) {
  const [draft, setDraft] = useState<BuilderDraft>(emptyDraft);
  const [notice, setNotice] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [summary, setSummary] = useState<PanelProblem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [ready, setReady] = useState(false);
  /** The saved draft or a link's answers are being read: the form waits for them. */
  const [starting, setStarting] = useState(false);
  const [choicesOpen, setChoicesOpen] = useState(false);
  /** The saved draft a link's answers were laid over, kept one click away; null when there is none. */
  const [beforeLink, setBeforeLink] = useState<{ draft: BuilderDraft; changed: string[] } | null>(null);
  /** Answers another tab saved, waiting for the person to choose; while set, this tab saves nothing. */
  const [otherTab, setOtherTab] = useState<BuilderDraft | null>(null);
  const waitingForChoice = useRef(false);
  /** The text last written to or read from storage, so this tab's own saves are not taken for another tab's. */
  const lastStored = useRef<string | null | undefined>(null);
  /**
   * The note engine once downloaded, in a new box each time a download completes (a scenario's wording may arrive after
   * the engine), so the notes are written again; a failed download sets `engineFailed`, and "Try again" counts up `engineTries`.
   */
  const [{ engine }, setEngine] = useState<{ engine?: NoteEngine }>({});
  const [engineTries, setEngineTries] = useState(0);
  const [engineFailed, setEngineFailed] = useState(false);
  /** The person has started on the form (or asked to check): the engine is fetched then, not on a page merely opened. */
  const [started, setStarted] = useState(false);
  /** "Check my notes" was pressed before the engine had arrived: the check runs once it is here. */
  const checkWhenWritten = useRef(false);
  /** "Try again" was pressed after a failed download. */
  const retried = useRef(false);
  const loaded = useRef(false);
  /** True while a change waits to be saved; leaving the page writes it at once. */
  const unsaved = useRef(false);
  const latest = useRef(draft);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>();
  const focusNext = useRef<string[]>([]);
  const clearButton = useRef<HTMLButtonElement>(null);
  latest.current = draft;

  const save = useCallback((value: BuilderDraft) => {
    clearTimeout(saveTimer.current);
    if (!unsaved.current || waitingForChoice.current) return;
    unsaved.current = false;
    const text = isBlankDraft(value) ? null : serializeDraft(value);
    if (text === lastStored.current) return;
    if (!writeStored(DRAFT_STORAGE_KEY, text)) setNotice(STORAGE_REFUSED);
    else lastStored.current = text;
  }, []);

  // Declared before the loading effect, so on the first render (before anything is loaded) it saves nothing.
  useEffect(() => {
    if (!loaded.current) return undefined;
    unsaved.current = true;
    saveTimer.current = setTimeout(() => save(draft), SAVE_DELAY_MS);
    return () => clearTimeout(saveTimer.current);
  }, [draft, save]);

  // A saved draft and a link can both bring answers (see start.ts, downloaded only then). Until they are read the form
  // takes no typing, so nothing typed is lost under them; if they cannot be downloaded, nothing is saved over them.
  useEffect(() => {
    const stored = readStored(DRAFT_STORAGE_KEY);
    lastStored.current = stored;
    const begin = ({ draft: start, notices, dropSaved, beforeLink: saved }: Start) => {
      if (dropSaved) {
        writeStored(DRAFT_STORAGE_KEY, null);
        lastStored.current = null;
      }
      if (saved) setBeforeLink(saved);
      setNotice([...(stored === undefined ? [STORAGE_REFUSED] : []), ...notices].join(' '));
      loaded.current = true;
      setStarting(false);
      setReady(true);
      setDraft(start);
    };
    if (stored || window.location.search.length > 1 || window.location.hash.length > 1) {
      setStarting(true);
      import('./template-builder/start').then(
        ({ startFrom }) => begin(startFrom(stored)),
        () => setNotice(START_FAILED),
      );
    } else {
      begin({ draft: emptyDraft(), notices: [], dropSaved: false });
    }
    const flush = () => save(latest.current);
    // Another tab saved: say so and wait for the person's choice, never overwrite it silently.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DRAFT_STORAGE_KEY && event.key !== null) return;
      const text = readStored(DRAFT_STORAGE_KEY);
      if (text === lastStored.current) return;
      lastStored.current = text;
      waitingForChoice.current = true;
      import('./template-builder/start').then(({ parseDraft }) => {
        const other = parseDraft(text);
        setOtherTab(other.ok ? other.draft : emptyDraft());
      }, () => setNotice(OTHER_TAB_UNREAD));
    };
    const openChoices = (event: Event) => {
      setChoicesOpen(true);
      if (event instanceof CustomEvent && typeof event.detail === 'string') focusNext.current = [event.detail];
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('storage', onStorage);
    document.addEventListener(OPEN_CHOICES_EVENT, openChoices);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('storage', onStorage);
      document.removeEventListener(OPEN_CHOICES_EVENT, openChoices);
    };
  }, [save]);

  // Right after the DOM has changed (a layout effect), so a card just moved or removed is where it now is; a plain effect
  // could run at the start of the next render instead, before the move, and the focus would be lost with the old node.
  useLayoutEffect(() => {
    const ids = focusNext.current;
    if (ids.length === 0) return;
    focusNext.current = [];
    const target = ids.map((id) => document.getElementById(id)).find(Boolean);
    target?.focus();
  });

  // The engine and the scenario's wording arrive on demand, once the person starts on the form or a saved draft or link
  // brings answers; until both are here, every card waits.
  const writer = engine && loadedWording(draft.scenario) ? engine : undefined;
  // The day and the page's locale the notes are written for, read once the engine is here.
  const clock = useMemo<PanelOptions>(() => (engine ? engine.pageClock() : {}), [engine]);
  // The panel is written again only when the answers change (not when a note is edited), and then only the notes whose
  // answers or place changed: the others keep their objects, so their cards are not drawn again. Text typed into a field
  // reaches the notes just after the page has shown it, so a keystroke costs only the field's own update; a card added,
  // moved or removed, or a choice made, is written at once.
  const painted = useAfterPaint(draft, (before, next) => !onlyTyped(before, next));
  const paintedDraft = useRef(painted);
  paintedDraft.current = painted;
  const answers = useMemo(() => answersOf(painted), [painted]);
  const lastWritten = useRef<PanelNote[]>([]);
  const written = useMemo(() => {
    const next = writer ? writer.writePanel(paintedDraft.current, clock, lastWritten.current) : unwrittenPanel(paintedDraft.current);
    lastWritten.current = next;
    return next;
  }, [answers, clock, writer]);
  const edits = useMemo(() => Object.fromEntries(draft.interviewers.map((person) => [person.id, person.edit])), [draft.interviewers]);
  const { panel, alike } = useCheckedPanel(writer, written, edits, clock);
  const wanted = started || (ready && !isBlankDraft(draft));
  useEffect(() => {
    if (writer || !wanted) return undefined;
    let current = true;
    loadEngine(draft.scenario).then(
      (loaded) => {
        if (!current) return;
        // After "Try again" its button is gone: the focus goes to the first note instead of being lost.
        if (retried.current) focusNext.current = [`tb-${latest.current.interviewers[0]?.id ?? 'p1'}-note-heading`];
        retried.current = false;
        setEngineFailed(false);
        setEngine({ engine: loaded });
      },
      () => { if (current) setEngineFailed(true); },
    );
    return () => { current = false; };
  }, [writer, wanted, draft.scenario, engineTries]);
  const problems = useMemo(() => (writer ? writer.panelProblems(draft, panel) : NO_PROBLEMS), [writer, draft, panel]);
  const chosen = { scenario: draft.scenario, channel: draft.channel, tone: draft.tone };
  const shown = summary.filter((item) => problems.some((problem) => problem.target === item.target));

  /** The first message for each shared field among the notes that cannot be written yet, once the person has asked to check. */
  const sharedErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    if (!showErrors) return errors;
    for (const entry of panel) {
      if (entry.rendered.ok) continue;
      for (const error of entry.rendered.errors) if (!error.field.startsWith('interviewer.') && error.field !== 'detail') errors[error.field] ??= error.message;
    }
    return errors;
  }, [panel, showErrors]);

  const onShared = useCallback((key: SharedText, value: string) => setDraft((previous) => ({ ...previous, [key]: typedText(key, value) })), []);
  const onYours = useCallback((key: YourText, value: string) => setDraft((previous) => ({ ...previous, you: { ...previous.you, [key]: typedText(key, value) } })), []);

  const onChoose = useCallback((group: ChoiceGroupName, value: string) => {
    setDraft((previous) => ({ ...previous, [group]: value }));
  }, []);

  const onOpenChoices = useCallback((open: boolean) => {
    focusNext.current = open ? [choiceId('scenario', latest.current.scenario)] : ['tb-choices-change'];
    setChoicesOpen(open);
  }, []);

  const onCardField = useCallback((id: string, field: CardField, value: string) => {
    setDraft((previous) => ({
      ...previous,
      interviewers: previous.interviewers.map((person) => (person.id === id ? { ...person, [field]: typedText(field, value) } : person)),
    }));
  }, []);

  const onEdit = useCallback((id: string, edit: NoteEdit | undefined) => {
    setDraft((previous) => ({
      ...previous,
      interviewers: previous.interviewers.map((person) => {
        if (person.id !== id) return person;
        const { edit: _old, ...rest } = person;
        return edit ? { ...rest, edit } : rest;
      }),
    }));
  }, []);

  const onPickContact = useCallback((id: string) => setDraft((previous) => ({ ...previous, contact: id })), []);

  /** The person's answer when another tab saved: take that tab's answers, or keep this tab's (and save them over the other's). */
  const onOtherTab = (take: boolean) => {
    const other = otherTab;
    waitingForChoice.current = false;
    setOtherTab(null);
    if (take && other) {
      setDraft(other);
      setAnnouncement('This tab now shows the answers from the other tab.');
    } else {
      unsaved.current = true;
      save(latest.current);
      setAnnouncement('Kept the answers in this tab. They are saved now.');
    }
  };

  const undoLink = () => {
    if (!beforeLink) return;
    setDraft(beforeLink.draft);
    setBeforeLink(null);
    setAnnouncement('Your saved answers are back, as they were before you opened the link.');
  };

  const onMove = useCallback((id: string, by: -1 | 1) => {
    const list = [...latest.current.interviewers];
    const from = list.findIndex((person) => person.id === id);
    const to = from + by;
    const moved = list[from];
    if (!moved || to < 0 || to >= list.length) return;
    list.splice(from, 1);
    list.splice(to, 0, moved);
    // Keep focus on the button just pressed; at the top or bottom of the list it is gone, so the other one takes it.
    focusNext.current = by < 0 ? [`tb-${id}-up`, `tb-${id}-down`] : [`tb-${id}-down`, `tb-${id}-up`];
    setAnnouncement(`Moved ${moved.name.trim() || 'the interviewer'} ${by < 0 ? 'up' : 'down'}. Now interviewer ${to + 1} of ${list.length}.`);
    setDraft((previous) => ({ ...previous, interviewers: list }));
  }, []);

  const onRemove = useCallback((id: string) => {
    const list = latest.current.interviewers;
    const index = list.findIndex((person) => person.id === id);
    const removed = list[index];
    if (!removed || list.length <= 1) return;
    const rest = list.filter((person) => person.id !== id);
    const neighbour = rest[Math.min(index, rest.length - 1)];
    focusNext.current = neighbour ? [`tb-${neighbour.id}-heading`] : [];
    setAnnouncement(`Removed ${removed.name.trim() || `interviewer ${index + 1}`}. ${rest.length} ${rest.length === 1 ? 'interviewer' : 'interviewers'} left.`);
    setDraft((previous) => ({ ...previous, interviewers: rest }));
  }, []);

  const onAdd = () => {
    const list = latest.current.interviewers;
    if (list.length >= MAX_INTERVIEWERS) return;
    const id = nextInterviewerId(list);
    focusNext.current = [`tb-${id}-name`];
    setAnnouncement(`Added interviewer ${list.length + 1}.`);
    setDraft((previous) => ({ ...previous, interviewers: [...previous.interviewers, emptyInterviewer(id)] }));
  };

  const runCheck = () => {
    setShowErrors(true);
    setSummary(problems);
    if (problems.length > 0) {
      focusNext.current = ['tb-summary'];
      setAnnouncement('');
      return;
    }
    const count = panel.length;
    setAnnouncement(`${count === 1 ? 'Your note is' : `All ${count} notes are`} ready. Read each one, then copy it or send it.`);
    focusNext.current = [`tb-${panel[0]?.id ?? 'p1'}-note-heading`];
  };

  const onCheck = (event: Event) => {
    event.preventDefault();
    if (writer) {
      runCheck();
      return;
    }
    checkWhenWritten.current = true;
    setStarted(true);
    setAnnouncement(engineFailed ? ENGINE_FAILED : 'Checking your notes…');
  };

  useEffect(() => {
    if (!writer || !checkWhenWritten.current) return;
    checkWhenWritten.current = false;
    runCheck();
  }, [writer]);

  const onClear = () => {
    writeStored(DRAFT_STORAGE_KEY, null);
    clearTimeout(saveTimer.current);
    lastStored.current = null;
    setConfirming(false);
    setBeforeLink(null);
    setDraft(emptyDraft());
    setShowErrors(false);
    setSummary([]);
    setNotice('');
    setAnnouncement('Everything is cleared. The form is empty again.');
    focusNext.current = ['tb-clear'];
  };

  const names = (index: number) => {
    const at = draft.interviewers.findIndex((person) => person.id === panel[index]?.id);
    return draft.interviewers[at]?.name.trim() || `interviewer ${at + 1}`;
  };
  const oneNote = writesOneNote(draft.scenario);
  // Downloaded when first wanted, so the page's first load stays small.
  const Notices = useLazy(Boolean(beforeLink || otherTab), () => import('./template-builder/DraftNotices').then((module) => module.DraftNotices));
  const Contact = useLazy(oneNote, () => import('./template-builder/MainContact').then((module) => module.MainContact));
  const Dialog = useLazy(confirming, () => import('./template-builder/ClearDialog').then((module) => module.ClearDialog));
  const contactId = mainContactId(draft);
  const contactAt = draft.interviewers.findIndex((person) => person.id === contactId);
  const contactName = draft.interviewers[contactAt]?.name.trim() || `interviewer ${contactAt + 1}`;
  return (
    <div class="tb" data-ready={ready ? '' : undefined}>
      <div class="tb-saved">
        <p>Saved in this browser only; nothing you type is sent.</p>
        <button class="button button--secondary" type="button" id="tb-clear" ref={clearButton} onClick={() => setConfirming(true)}>Clear everything</button>
      </div>
      <div role="status" class="tb-notice-region">
        {notice && <p class="tb-notice">{notice}</p>}
        {Notices && <Notices beforeLink={beforeLink} otherTab={otherTab} onUndoLink={undoLink} onOtherTab={onOtherTab} />}
      </div>

      {showErrors && shown.length > 0 && (
        <div class="tb-summary" id="tb-summary" role="alert" tabIndex={-1} aria-labelledby="tb-summary-title">
          <h2 id="tb-summary-title">There is a problem</h2>
          <ul>
            {shown.map((problem) => (
              <li key={problem.target}>
                <a href={`#${problem.target}`} onClick={(event) => { event.preventDefault(); focusField(problem.target); }}>{problem.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form class="tb-form" onSubmit={onCheck} onFocusIn={() => setStarted(true)} noValidate inert={starting} aria-busy={starting ? 'true' : undefined}>
        <section class="tb-section" aria-labelledby="tb-note-title">
          <h2 id="tb-note-title">The note</h2>
          <NoteChoices scenario={draft.scenario} channel={draft.channel} tone={draft.tone} open={choicesOpen} onOpen={onOpenChoices} onChoose={onChoose} />
        </section>

        <section class="tb-section" aria-labelledby="tb-shared-title">
          <h2 id="tb-shared-title">You and the job</h2>
          <SharedFields part="needed" draft={draft} errors={sharedErrors} onShared={onShared} onYours={onYours} />
        </section>

        <section class="tb-section" aria-labelledby="tb-people-title">
          <h2 id="tb-people-title">The people who interviewed you</h2>
          <p class="tb-hint" id="tb-people-hint">
            {oneNote ? 'Add the people you met; the note goes to the one you pick.' : 'One note to each person, about something you talked about.'} Up to {MAX_INTERVIEWERS} people.
          </p>
          {oneNote && Contact && <Contact what={SCENARIOS.find((item) => item.id === draft.scenario)?.label ?? ''} interviewers={draft.interviewers} contact={contactId} onPick={onPickContact} />}
          <div role="status" class="tb-engine-region">
            {!writer && engineFailed && (
              <p class="tb-notice">
                {ENGINE_FAILED}{' '}
                <button class="button button--secondary" type="button" onClick={() => { retried.current = true; setEngineTries((count) => count + 1); }}>Try again</button>
              </p>
            )}
          </div>
          <div role="status" class="tb-alike-region">
            {alike.length > 0 && (
              <div class="tb-alike">
                <p><strong>Some notes read alike.</strong> Give each person their own detail, so no one feels they got a copy.</p>
                <ul>{alike.map(([first, second]) => <li key={`${first}-${second}`}>The notes to {names(first)} and {names(second)} read alike.</li>)}</ul>
              </div>
            )}
          </div>
          <ol class="tb-cards">
            {draft.interviewers.map((person, index) => (
              <InterviewerCard key={person.id} person={person} index={index} total={draft.interviewers.length}
                entry={panel.find((entry) => entry.id === person.id)} mainContact={contactName} chosen={chosen}
                showErrors={showErrors} embedded={embedded} Written={engine?.WrittenNote} onField={onCardField} onEdit={onEdit} onMove={onMove} onRemove={onRemove} />
            ))}
          </ol>
          {draft.interviewers.length < MAX_INTERVIEWERS
            ? <button class="button button--secondary" type="button" id="tb-add" onClick={onAdd}>Add another interviewer</button>
            : <p class="tb-hint">You have added {MAX_INTERVIEWERS} people, the most this page takes.</p>}
        </section>

        <section class="tb-section" aria-labelledby="tb-more-title">
          <h2 id="tb-more-title">More for your notes</h2>
          <p class="tb-hint">Optional, typed once for every note. Each one makes the notes more useful to the reader.</p>
          <SharedFields part="more" draft={draft} errors={sharedErrors} onShared={onShared} onYours={onYours} />
        </section>

        <div class="tb-check">
          <button class="button" type="submit">Check my notes</button>
        </div>
      </form>

      <p class="sr-only" role="status">{announcement}</p>
      {Dialog && <Dialog open={confirming} onConfirm={onClear} onCancel={() => { if (confirming) { setConfirming(false); clearButton.current?.focus(); } }} />}
    </div>
  );
}
