// Finds the base path a built folder was made for, so a preview serves a sub-path build where its links point.

/** '/career-center/follow-up' or 'career-center/follow-up/' → '/career-center/follow-up/'; empty → '/'. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base path of a page built by Astro, read from where it links its own assets (`<base>_astro/…`); '/' when it links none.
 * @example baseOfBuiltPage('<link rel="stylesheet" href="/x/_astro/a.css">') // '/x/'
 */
export function baseOfBuiltPage(html: string): string {
  const match = /(?:href|src)="(\/[^"]*?)_astro\//.exec(html);
  return normaliseBase(match?.[1]);
}
