// Build-time integration: moves the one-line style Astro writes before the first island into <head>, where HTML allows <style>.
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's island style is this exact element (its content is hashed into the CSP, so it must not change). */
const ISLAND_STYLE = /<style>astro-island,astro-slot(?:,astro-static-slot)?\{display:contents\}<\/style>/;

/**
 * The page with Astro's island style moved from the body to the end of <head>; other pages unchanged.
 * @example moveIslandStyle('<head></head><body><div><style>astro-island,astro-slot{display:contents}</style></div></body>') // '<head><style>…</style></head><body><div></div></body>'
 */
export function moveIslandStyle(html: string): string {
  const headEnd = html.indexOf('</head>');
  const match = ISLAND_STYLE.exec(html);
  if (!match || headEnd < 0 || match.index < headEnd) return html;
  const withoutStyle = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return withoutStyle.slice(0, headEnd) + match[0] + withoutStyle.slice(headEnd);
}

/** Rewrites every built page that has an island. */
export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'after-the-interview:island-style',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const full = path.join(root, file);
          const html = await readFile(full, 'utf8');
          const moved = moveIslandStyle(html);
          if (moved !== html) await writeFile(full, moved);
        }
      },
    },
  };
}
