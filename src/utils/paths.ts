// Base-path helpers: every internal URL goes through pathWithBase so the site works under a host's sub-path.

/** The configured base, always with exactly one leading and one trailing slash. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * An internal path under the site's base.
 * @example pathWithBase('guides/') // '/career-center/follow-up/guides/' when BASE_URL is '/career-center/follow-up'
 */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return basePath(base) + path.replace(/^\/+/, '');
}
