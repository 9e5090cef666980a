// Reading the built site for the post-build checks: its pages and files in both builds, their gzip sizes, islands and stylesheets, and the guides' sources and main text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The two builds `npm test` makes, with the base path each was built for. */
export const BUILDS = [
  { dir: path.join(ROOT, 'dist'), base: '/' },
  { dir: path.join(ROOT, 'dist-subpath'), base: '/career-center/follow-up/' },
] as const;

/** The root build. */
export const DIST = BUILDS[0].dir;

/** The guides' MDX sources. */
export const GUIDES_DIR = path.join(ROOT, 'src/content/guides');

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string = DIST): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run the build first`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every built HTML page except Pagefind's own files. */
export function htmlPages(dir: string = DIST): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

/**
 * A built file's text; `file` is relative to the build folder, `dir` absolute or relative to the repository.
 * @example readBuilt('guides/timing/index.html') // '<!DOCTYPE html>…'
 */
export function readBuilt(file: string, dir: string = DIST): string {
  const full = path.resolve(ROOT, dir, file);
  if (!existsSync(full)) throw new Error(`${full} was not built (run npm run build and npm run build:subpath first)`);
  return readFileSync(full, 'utf8');
}

/** True when the build folder holds that file. */
export function isBuilt(file: string, dir: string = DIST): boolean {
  return existsSync(path.resolve(ROOT, dir, file));
}

/** Bytes after gzip at the default level, as a static host would serve them. */
export function gzipSize(text: string | Buffer): number {
  return gzipSync(text).length;
}

/** The built file a root-relative URL of this build points at ('/base/_astro/x.js' → '_astro/x.js'). */
export function fileOfUrl(url: string, base: string): string {
  const pathname = url.split(/[?#]/)[0] ?? '';
  if (!pathname.startsWith(base)) throw new Error(`${url} is outside the base path ${base}`);
  return pathname.slice(base.length);
}

/**
 * Every script file the entries load: their static imports, followed to the end. With `dynamic`, also the modules behind
 * `import()` (Astro's Preact renderer imports @preact/signals that way, only for islands given signal props).
 */
export function scriptClosure(entries: readonly string[], dir: string = DIST, dynamic = false): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readBuilt(file, dir);
    const imports = dynamic ? /(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g : /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;
    for (const match of source.matchAll(imports)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1] ?? '')));
    }
  }
  return [...seen].sort();
}

/** The islands of a built page: the component's name and every script file its hydration may load. */
export function islandsOf(page: string, dir: string = DIST, base = '/'): { name: string; files: string[] }[] {
  const html = readBuilt(page, dir);
  return [...html.matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
    const entries = [attr('component-url'), attr('renderer-url')].filter(Boolean).map((url) => fileOfUrl(url, base));
    const name = /&quot;name&quot;:&quot;([^&]+)&quot;/.exec(attr('opts'))?.[1] ?? entries[0] ?? 'island';
    return { name, files: scriptClosure(entries, dir) };
  });
}

/** The stylesheets a built page links to, as built files. */
export function stylesheetsOf(page: string, dir: string = DIST, base = '/'): string[] {
  const html = readBuilt(page, dir);
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(([tag]) => fileOfUrl(/\shref="([^"]*)"/.exec(tag)?.[1] ?? '', base));
}

/** Every guide's slug, from the MDX file names, sorted. */
export function guideSlugs(): string[] {
  return readdirSync(GUIDES_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

/** A guide's MDX source. */
export function guideSource(slug: string): string {
  return readFileSync(path.join(GUIDES_DIR, `${slug}.mdx`), 'utf8');
}

/** A built guide page, parsed. */
export function guidePage(slug: string, dir: string = DIST): HTMLElement {
  return parse(readBuilt(`guides/${slug}/index.html`, dir));
}

/** The guide's article without the closing aside (rules and sources), as the reader meets it. */
export function guideArticle(slug: string, dir: string = DIST): HTMLElement {
  const article = guidePage(slug, dir).querySelector('main article');
  if (!article) throw new Error(`guides/${slug}/ has no <article> in <main>`);
  // The closing aside (rules and sources) and the navigation ("On this page") are reference, not reading.
  for (const aside of article.querySelectorAll('aside, nav')) aside.remove();
  return article;
}

/** Elements whose text is one unit for a reader: a heading, a paragraph, a list item, a caption. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, figcaption, dt, dd, blockquote, td, th';

/**
 * The text of each block of an element, in order (innermost blocks only, so nothing is counted twice).
 * @example textBlocks(guideArticle('timing'))[0] // 'When to send each note, and how long to wait'
 */
export function textBlocks(root: HTMLElement): string[] {
  return root
    .querySelectorAll(BLOCKS)
    .filter((element) => element.querySelector(BLOCKS) === null)
    .map((element) => element.textContent.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

/** A guide's main text as blocks; `samples: false` leaves out the engine's sample notes. */
export function guideBlocks(slug: string, options: { samples: boolean }, dir: string = DIST): string[] {
  const article = guideArticle(slug, dir);
  if (!options.samples) for (const figure of article.querySelectorAll('figure.sample-note')) figure.remove();
  return textBlocks(article);
}

/**
 * Text reduced to words for comparing wordings: lower case, curly quotes made straight, everything but letters,
 * digits and apostrophes turned into spaces.
 * @example normalise('Don’t send “copies”—ever.') // "don't send copies ever"
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
