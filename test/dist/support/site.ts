// Helpers for the checks over the built site: where the builds are, reading a built page, and the JavaScript an island loads (followed through its static imports) with its gzip size.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The two builds `npm test` makes before these checks: at the root and under a career center's sub-path. */
export const BUILDS = [
  { name: 'root', dir: path.resolve('dist'), base: '/' },
  { name: 'subpath', dir: path.resolve('dist-subpath'), base: '/career-center/follow-up/' },
] as const;

export type Build = (typeof BUILDS)[number];

/** The HTML of a built page, by its path under the base ('templates/' → templates/index.html). */
export function readPage(build: Build, page: string): string {
  const file = page.endsWith('/') || page === '' ? path.join(build.dir, page, 'index.html') : path.join(build.dir, page);
  return readFileSync(file, 'utf8');
}

/** The built file behind a URL path of the site ('/career-center/follow-up/_astro/x.js' → dist-subpath/_astro/x.js). */
function fileOf(build: Build, urlPath: string): string {
  if (!urlPath.startsWith(build.base)) throw new Error(`${urlPath} is outside the base ${build.base}`);
  return path.join(build.dir, urlPath.slice(build.base.length));
}

/** The island's entry scripts named in the page: its component and its framework renderer. */
export function islandEntries(html: string, component: string): string[] {
  const island = new RegExp(`<astro-island[^>]*component-url="([^"]*/${component}\\.[^"]*\\.js)"[^>]*renderer-url="([^"]*)"`).exec(html);
  if (!island?.[1] || !island[2]) throw new Error(`no <astro-island> for ${component} in the page`);
  return [island[1], island[2]];
}

/** Every module loaded at once from these entries: the files they import statically, and theirs (dynamic imports are left out: they load only when used). */
export function staticClosure(build: Build, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => fileOf(build, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${file} is imported but not built`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(path.resolve(path.dirname(file), match[1]!));
    }
  }
  return [...seen].sort();
}

/** Size in bytes of a file compressed with gzip at the level web servers commonly use (6). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 6 }).length;
}
