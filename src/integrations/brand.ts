// Build-time integration: stops the build, with one plain line per problem and no stack trace, when site.config.ts's branding would not work.
import type { AstroIntegration } from 'astro';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../../site.config';
import { LOCALES, isLocale } from '../lib/locale';
import { brandContrastMessage } from '../utils/brand';

/** The logo formats every browser shows, by file extension, each with the bytes its files start with (SVG: a tag near the start). */
const LOGO_FORMATS: Record<string, (head: Buffer) => boolean> = {
  '.svg': (head) => /<svg[\s>]/i.test(head.toString('utf8')),
  '.png': (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.webp': (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  '.avif': (head) => head.toString('latin1', 4, 8) === 'ftyp' && /avi[fs]/.test(head.toString('latin1', 8, 32)),
};
const LOGO_KINDS = 'an SVG, PNG, WebP or AVIF file';

/**
 * Why the logo setting cannot be used, as one plain line ('' when it can): it must name an image file inside public/.
 * @example logoProblem('../package.json', publicDir) // 'site.config.ts: logo “../package.json” is outside public/. …'
 */
export function logoProblem(logo: string, publicDir: string): string {
  const setting = `site.config.ts: logo “${logo}”`;
  const fix = `Put ${LOGO_KINDS} in public/ and give its path there, such as 'logo.svg'.`;
  if (logo.trim() === '') return `site.config.ts: logo is empty. ${fix}`;
  if (/^[a-z][a-z\d+.-]*:/i.test(logo)) return `${setting} is a web address; the logo must be a file of this site. ${fix}`;
  const file = path.resolve(publicDir, logo.replace(/^\/+/, ''));
  if (!file.startsWith(path.resolve(publicDir) + path.sep)) return `${setting} is outside public/. ${fix}`;
  const looksLike = LOGO_FORMATS[path.extname(file).toLowerCase()];
  if (!looksLike) return `${setting} is not ${LOGO_KINDS}. ${fix}`;
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return `${setting} is not in public/. ${fix}`;
  if (!info.isFile()) return `${setting} is a folder, not a file. ${fix}`;
  const head = readFileSync(file).subarray(0, 1024);
  if (!looksLike(head)) return `${setting} does not hold the image its name says (${path.extname(file)}). ${fix}`;
  return '';
}

/**
 * Every problem with the host's branding, one plain line each naming the setting and the fix; empty when the site can be built.
 * @example brandProblems({ ...siteConfig, accentColor: 'transparent' }, publicDir) // ['site.config.ts: accentColor “transparent” is not a solid colour …']
 */
export function brandProblems(config: SiteConfig, publicDir: string): string[] {
  const problems = [
    config.name.trim() === '' ? `site.config.ts: name is empty. Give the site a name, such as 'After the Interview'.` : '',
    brandContrastMessage(config.accentColor),
    logoProblem(config.logo, publicDir),
  ];
  if (config.hostLink && !/^https?:\/\/[^/\s]+/.test(config.hostLink.href)) {
    problems.push(`site.config.ts: hostLink.href “${config.hostLink.href}” is not a web address. Start it with https://, as in 'https://example.edu/careers/'.`);
  }
  if (config.hostLink && config.hostLink.label.trim() === '') problems.push(`site.config.ts: hostLink.label is empty. Give the link words, such as 'Back to the Career Center'.`);
  if (config.locale !== undefined && !isLocale(config.locale)) {
    problems.push(`site.config.ts: locale “${String(config.locale)}” is not one the site writes dates for. Use one of ${LOCALES.map((l) => `'${l}'`).join(', ')}.`);
  }
  return problems.filter(Boolean);
}

/** Checks the host's branding once, before anything is built; on a problem prints one line for each and ends the build. */
export default function brandCheck(config: SiteConfig): AstroIntegration {
  return {
    name: 'after-the-interview:brand',
    hooks: {
      'astro:config:setup': ({ config: astroConfig, logger }) => {
        const problems = brandProblems(config, fileURLToPath(astroConfig.publicDir));
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(problem);
        // A thrown error would bury these lines under Astro's stack trace; the messages already say everything.
        process.exit(1);
      },
    },
  };
}
