// Build-time branding checks: the host's accent colour, its dark-mode variant, and WCAG AA contrast against the site's own colours.
import Color from 'colorjs.io';

/** WCAG 2.x AA minimum for body text (1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;

/** The site's fixed surface and text colours that the accent meets (mirrors the tokens in src/styles/global.css). */
export const SURFACES = {
  light: { page: '#ffffff', soft: '#f3f4f6', onAccent: '#ffffff' },
  dark: { page: '#121212', soft: '#1f1f23', onAccent: '#111111' },
} as const;

/** The accent for light pages and the lighter variant used on dark pages. */
export interface AccentPalette {
  light: string;
  dark: string;
}

/** A pair of colours that fails the contrast minimum, and where the site uses it. */
export interface ContrastProblem {
  where: string;
  foreground: string;
  background: string;
  ratio: number;
}

/** A shipped accent that passes every check, offered in the messages as an example. */
export const EXAMPLE_ACCENT = '#1d4ed8';

/** CSS words that are accepted where a colour goes but are not one solid colour of their own. */
const NOT_SOLID_KEYWORDS = ['transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'revert', 'revert-layer', 'none'];

/**
 * Why a value cannot be the accent colour, as one plain line naming the setting and the fix ('' when it can).
 * The accent must be one solid colour: buttons filled with a see-through colour show the page through them.
 * @example accentColorProblem('transparent') // 'site.config.ts: accentColor “transparent” is not a solid colour …'
 */
export function accentColorProblem(accent: string): string {
  const value = accent.trim();
  const setting = `site.config.ts: accentColor “${accent}”`;
  if (value === '') return `site.config.ts: accentColor is empty. Set it to a solid colour such as '${EXAMPLE_ACCENT}'.`;
  if (NOT_SOLID_KEYWORDS.includes(value.toLowerCase())) {
    return `${setting} is not a solid colour, so buttons and links would be invisible. Use a colour such as '${EXAMPLE_ACCENT}'.`;
  }
  const color = parseColor(value);
  if (!color) return `${setting} is not a CSS colour. Use a hex colour such as '${EXAMPLE_ACCENT}'.`;
  if (color.coords.some((c) => c === null || Number.isNaN(c))) {
    return `${setting} leaves a part of the colour unset (“none”). Give every part a number, as in '${EXAMPLE_ACCENT}'.`;
  }
  if (color.alpha < 1) {
    const solid = toHex(new Color(color.space, color.coords, 1));
    return `${setting} is see-through (opacity ${Math.round(color.alpha * 100)} %), so buttons would show the page through them. Drop the opacity: use '${solid}'.`;
  }
  return '';
}

/**
 * Parses a CSS colour, or returns undefined when it is not one.
 * @example parseColor('#1d4ed8') // a Color; parseColor('blue-ish') // undefined
 */
function parseColor(value: string): Color | undefined {
  try {
    return new Color(value);
  } catch {
    return undefined;
  }
}

/** The colour as `#rrggbb`, clamped into sRGB; any opacity is dropped (the checks refuse it first). */
function toHex(color: Color): string {
  const opaque = new Color(color.space, color.coords, 1);
  return opaque.to('srgb').toString({ format: 'hex', collapse: false, inGamut: true });
}

/**
 * The accent for light pages and, for dark pages, the accent mixed 35 % with white in Oklab.
 * @example accentPalette('#1d4ed8') // { light: '#1d4ed8', dark: '#9fb7f4' } (approximately)
 */
export function accentPalette(accent: string): AccentPalette {
  const problem = accentColorProblem(accent);
  if (problem) throw new Error(problem);
  const color = parseColor(accent.trim()) as Color;
  const dark = Color.mix(color, 'white', 0.65, { space: 'oklab', outputSpace: 'srgb' });
  return { light: toHex(color), dark: toHex(dark) };
}

/**
 * WCAG 2.1 contrast ratio of two CSS colours, rounded down to two decimals (so 4.499 never passes as 4.5).
 * @example contrastRatio('#ffffff', '#000000') // 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg || !bg) throw new Error(`Not a colour pair: ${foreground} on ${background}`);
  return Math.floor(fg.contrast(bg, 'WCAG21') * 100) / 100;
}

/**
 * Every place the accent would break WCAG AA text contrast: links on both page backgrounds and button text on the accent, in light and dark mode.
 * @example accentContrastProblems('#1d4ed8') // []
 */
export function accentContrastProblems(accent: string): ContrastProblem[] {
  const palette = accentPalette(accent);
  const pairs: Omit<ContrastProblem, 'ratio'>[] = [
    { where: 'links on the page (light mode)', foreground: palette.light, background: SURFACES.light.page },
    { where: 'links in the header and boxes (light mode)', foreground: palette.light, background: SURFACES.light.soft },
    { where: 'button text on the accent (light mode)', foreground: SURFACES.light.onAccent, background: palette.light },
    { where: 'links on the page (dark mode)', foreground: palette.dark, background: SURFACES.dark.page },
    { where: 'links in the header and boxes (dark mode)', foreground: palette.dark, background: SURFACES.dark.soft },
    { where: 'button text on the accent (dark mode)', foreground: SURFACES.dark.onAccent, background: palette.dark },
  ];
  return pairs
    .map((pair) => ({ ...pair, ratio: contrastRatio(pair.foreground, pair.background) }))
    .filter((pair) => pair.ratio < MIN_TEXT_CONTRAST);
}

/**
 * The one line a host sees when the build stops over their accent colour ('' when it is fine): what is wrong first, then each failing pair.
 * @example brandContrastMessage('#ffcc00') // 'site.config.ts: accentColor “#ffcc00” is too light to read: … Pick a darker colour, such as '#1d4ed8'.'
 */
export function brandContrastMessage(accent: string): string {
  const unusable = accentColorProblem(accent);
  if (unusable) return unusable;
  const problems = accentContrastProblems(accent);
  if (problems.length === 0) return '';
  const pairs = problems.map((p) => `${p.where} ${p.ratio.toFixed(2)}:1`).join(', ');
  const lightModeFails = problems.some((p) => p.where.endsWith('(light mode)'));
  const fix = lightModeFails ? `Pick a darker colour, such as '${EXAMPLE_ACCENT}'.` : 'Pick a colour that stays readable when lightened for dark mode, such as a more saturated one.';
  return `site.config.ts: accentColor “${accent}” fails WCAG AA contrast (${MIN_TEXT_CONTRAST}:1) for ${pairs}. ${fix}`;
}
