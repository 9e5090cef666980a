// Branding checks: contrast ratios against known WCAG reference pairs, solid colours only, logos that are images in public/, and a build that stops with one plain line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { accentColorProblem, accentContrastProblems, accentPalette, brandContrastMessage, contrastRatio } from '../../src/utils/brand';
import brandCheck, { brandProblems, logoProblem } from '../../src/integrations/brand';
import siteConfig, { type SiteConfig } from '../../site.config';

describe('contrastRatio', () => {
  it.each([
    // Black on white is the maximum the WCAG formula allows: (1 + 0.05) / (0 + 0.05) = 21.
    ['#000000', '#ffffff', 21, 21],
    // The same colour on itself is the minimum: 1.
    ['#1d4ed8', '#1d4ed8', 1, 1],
    // #767676 is the lightest grey that passes 4.5:1 on white (about 4.54:1); #777777 just fails (about 4.48:1).
    ['#767676', '#ffffff', 4.5, 4.6],
    ['#777777', '#ffffff', 4.4, 4.49],
  ])('%s on %s is between %d and %d', (fg, bg, low, high) => {
    const ratio = contrastRatio(fg, bg);
    expect(ratio).toBeGreaterThanOrEqual(low);
    expect(ratio).toBeLessThanOrEqual(high);
  });

  it('does not depend on which colour is in front', () => {
    expect(contrastRatio('#ffffff', '#7a1f3d')).toBe(contrastRatio('#7a1f3d', '#ffffff'));
  });
});

describe('accentPalette', () => {
  it('keeps the accent for light pages and lightens it for dark pages', () => {
    const palette = accentPalette('#1d4ed8');
    expect(palette.light).toBe('#1d4ed8');
    // Mixing towards white can only raise the contrast against a near-black page.
    expect(contrastRatio(palette.dark, '#121212')).toBeGreaterThan(contrastRatio(palette.light, '#121212'));
  });

  it('accepts any CSS colour syntax', () => {
    expect(accentPalette('rebeccapurple').light).toBe('#663399');
    expect(accentPalette('rgb(29 78 216)').light).toBe('#1d4ed8');
  });

  it('names the setting when the value is not a colour', () => {
    expect(() => accentPalette('corporate blue')).toThrow(/accentColor “corporate blue” is not a CSS colour/);
  });

  it('refuses a see-through colour rather than dropping its opacity', () => {
    expect(() => accentPalette('rgb(29 78 216 / 0.1)')).toThrow(/see-through/);
  });
});

describe('accentContrastProblems', () => {
  it.each(['#1d4ed8', '#7a1f3d', '#0b6e4f', 'rebeccapurple'])('accepts %s, a dark accent', (accent) => {
    expect(accentContrastProblems(accent)).toEqual([]);
  });

  it('rejects a yellow accent for links and button text in light mode', () => {
    const problems = accentContrastProblems('#ffcc00').map((p) => p.where);
    expect(problems).toContain('links on the page (light mode)');
    expect(problems).toContain('button text on the accent (light mode)');
  });

  it('catches a grey that passes on white but fails on the header’s grey', () => {
    // #767676 is 4.54:1 on white, but the header's #f3f4f6 is darker than white, so the ratio drops below 4.5.
    expect(accentContrastProblems('#767676').map((p) => p.where)).toEqual(['links in the header and boxes (light mode)']);
  });
});

describe('the accent colour must be one solid colour', () => {
  it.each([
    // [value, words the one line must hold]
    ['transparent', /accentColor “transparent” is not a solid colour.*'#1d4ed8'/],
    ['TRANSPARENT', /not a solid colour/],
    ['currentColor', /accentColor “currentColor” is not a solid colour/],
    ['inherit', /not a solid colour/],
    // rgb(29 78 216) is #1d4ed8: with the opacity dropped, the fix names it.
    ['rgb(29 78 216 / 0.1)', /accentColor “rgb\(29 78 216 \/ 0\.1\)” is see-through \(opacity 10 %\).*use '#1d4ed8'/],
    ['#1d4ed880', /see-through \(opacity 50 %\).*use '#1d4ed8'/],
    ['rgba(29, 78, 216, 0.99)', /see-through \(opacity 99 %\)/],
    ['hsl(0 0% 0% / 0)', /see-through \(opacity 0 %\).*use '#000000'/],
    ['rgb(none 78 216)', /leaves a part of the colour unset/],
    ['corporate blue', /accentColor “corporate blue” is not a CSS colour\. Use a hex colour such as '#1d4ed8'/],
    ['', /accentColor is empty/],
  ])('refuses %j', (value, words) => {
    const message = accentColorProblem(value);
    expect(message).toMatch(words);
    expect(message).not.toContain('\n');
    expect(brandContrastMessage(value)).toBe(message);
  });

  it.each(['#1d4ed8', '#1d4ed8ff', 'rgb(29 78 216 / 1)', 'rebeccapurple', 'navy', 'darkgreen', 'hsl(220 76% 48%)', 'oklch(0.45 0.2 260)'])('accepts %j', (value) => {
    expect(accentColorProblem(value)).toBe('');
  });

  it.each([
    // Named colours are checked like any other: these are too light on white (yellow about 1.07:1, orange about 1.97:1, silver about 1.8:1).
    ['yellow', /links on the page \(light mode\) 1\.0\d:1/],
    ['orange', /links on the page \(light mode\) 1\.9\d:1/],
    ['silver', /button text on the accent \(light mode\) 1\.\d\d:1/],
  ])('refuses %s for contrast, in one line with the fix', (value, words) => {
    const message = brandContrastMessage(value);
    expect(message).toMatch(words);
    expect(message).toMatch(/^site\.config\.ts: accentColor “\w+” fails WCAG AA contrast \(4\.5:1\) for .*Pick a darker colour/);
    expect(message).not.toContain('\n');
  });
});

describe('the build check', () => {
  const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
  const config = (change: Partial<SiteConfig>): SiteConfig => ({
    name: 'Test',
    tagline: '',
    logo: 'logo.svg',
    accentColor: '#1d4ed8',
    contact: '',
    hostLink: { label: 'Back', href: 'https://example.edu/careers/' },
    ...change,
  });

  it('passes the shipped branding', () => expect(brandProblems(siteConfig, publicDir)).toEqual([]));
  it('stops on a low-contrast accent, with the ratio', () => {
    // #ffcc00 on white: about 1.5:1, far below 4.5:1.
    expect(brandProblems(config({ accentColor: '#ffcc00' }), publicDir)).toEqual([expect.stringMatching(/#ffcc00.*links on the page \(light mode\) 1\.\d\d:1/)]);
  });
  it.each(['en-US', 'en-GB', 'en-NZ', undefined])('accepts the locale %s', (locale) => {
    expect(brandProblems(config({ locale: locale as SiteConfig['locale'] }), publicDir)).toEqual([]);
  });
  it('passes a leading slash on the logo, as in a page’s own links', () => expect(brandProblems(config({ logo: '/logo.svg' }), publicDir)).toEqual([]));

  it.each<[string, Partial<SiteConfig>, RegExp]>([
    ['a transparent accent', { accentColor: 'transparent' }, /^site\.config\.ts: accentColor “transparent” is not a solid colour/],
    ['a see-through accent', { accentColor: 'rgb(29 78 216 / 0.1)' }, /^site\.config\.ts: accentColor .* is see-through/],
    ['a low-contrast accent', { accentColor: '#ffcc00' }, /^site\.config\.ts: accentColor “#ffcc00” fails WCAG AA contrast .* 1\.\d\d:1/],
    ['a named colour too light', { accentColor: 'gold' }, /^site\.config\.ts: accentColor “gold” fails WCAG AA contrast/],
    ['an empty logo', { logo: '' }, /^site\.config\.ts: logo is empty\. Put an SVG, PNG, WebP or AVIF file in public\//],
    ['a logo outside public/', { logo: '../package.json' }, /^site\.config\.ts: logo “\.\.\/package\.json” is outside public\/\./],
    ['a logo deep outside public/', { logo: 'img/../../src/../../etc/crest.svg' }, /is outside public\/\./],
    ['a logo that is not an image', { logo: 'logo.json' }, /^site\.config\.ts: logo “logo\.json” is not an SVG, PNG, WebP or AVIF file\./],
    ['a GIF logo', { logo: 'crest.gif' }, /is not an SVG, PNG, WebP or AVIF file/],
    ['a logo given as a web address', { logo: 'https://cdn.example.edu/crest.svg' }, /is a web address; the logo must be a file of this site/],
    ['a logo missing from public/', { logo: 'crest.png' }, /^site\.config\.ts: logo “crest\.png” is not in public\/\. Put an SVG/],
    ['a host link that is not a web address', { hostLink: { label: 'Back', href: 'javascript:alert(1)' } }, /^site\.config\.ts: hostLink\.href “javascript:alert\(1\)” is not a web address\. Start it with https:\/\//],
    ['a host link with no words', { hostLink: { label: ' ', href: 'https://example.edu/' } }, /^site\.config\.ts: hostLink\.label is empty/],
    ['an empty name', { name: '' }, /^site\.config\.ts: name is empty/],
    ['a locale the site does not write', { locale: 'fr-FR' as SiteConfig['locale'] }, /^site\.config\.ts: locale “fr-FR” is not one the site writes dates for\. Use one of 'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE', 'en-NZ'\.$/],
    ['a language without a country', { locale: 'en' as SiteConfig['locale'] }, /locale “en” is not one/],
  ])('%s: one plain line naming the setting and the fix', (_, change, words) => {
    const problems = brandProblems(config(change), publicDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(words);
    expect(problems[0]).not.toContain('\n');
  });

  it('refuses a file whose contents are not the image its name says', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brand-'));
    try {
      writeFileSync(path.join(dir, 'crest.png'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
      writeFileSync(path.join(dir, 'crest.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>');
      writeFileSync(path.join(dir, 'notes.svg'), 'not an image');
      mkdirSync(path.join(dir, 'folder.svg'));
      expect(logoProblem('crest.png', dir)).toMatch(/does not hold the image its name says \(\.png\)/);
      expect(logoProblem('crest.svg', dir)).toBe('');
      expect(logoProblem('notes.svg', dir)).toMatch(/does not hold the image its name says \(\.svg\)/);
      expect(logoProblem('folder.svg', dir)).toMatch(/is a folder, not a file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists every problem at once, one line each', () => {
    const problems = brandProblems(config({ accentColor: 'transparent', logo: 'crest.png' }), publicDir);
    expect(problems.map((p) => /^site\.config\.ts: (\w+)/.exec(p)?.[1])).toEqual(['accentColor', 'logo']);
  });

  it('the hook prints each problem through Astro’s logger and ends the build, with no error thrown', () => {
    const errors: string[] = [];
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('process.exit');
    }) as never);
    try {
      const run = () =>
        brandCheck(config({ accentColor: 'transparent', logo: '' })).hooks['astro:config:setup']?.({
          config: { publicDir: new URL('../../public/', import.meta.url) },
          logger: { error: (line: string) => errors.push(line) },
        } as never);
      expect(run).toThrow('process.exit');
      expect(exit).toHaveBeenCalledWith(1);
      expect(errors).toHaveLength(2);
    } finally {
      exit.mockRestore();
    }
  });

  it('the hook lets good branding through', () => {
    const exit = vi.spyOn(process, 'exit');
    brandCheck(config({})).hooks['astro:config:setup']?.({ config: { publicDir: new URL('../../public/', import.meta.url) }, logger: { error: () => {} } } as never);
    expect(exit).not.toHaveBeenCalled();
    exit.mockRestore();
  });
});

// One real build, in a copy of the project whose site.config.ts names a missing logo: it must stop at once with one plain line.
describe.runIf(process.env.TZ === 'UTC')('a real build with a missing logo', () => {
  it('stops with exit code 1 and one plain line, no stack trace', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const copy = mkdtempSync(path.join(tmpdir(), 'brand-build-'));
    try {
      for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
        cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
      }
      symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
      const shipped = readFileSync(path.join(root, 'site.config.ts'), 'utf8');
      writeFileSync(path.join(copy, 'site.config.ts'), shipped.replace(/logo: '[^']*'/, "logo: 'riverside-crest.svg'"));
      const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 60_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status).toBe(1);
      const lines = output.split('\n').filter((line) => line.includes('site.config.ts'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/logo “riverside-crest\.svg” is not in public\/\. Put an SVG, PNG, WebP or AVIF file in public\//);
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/Stack trace|unhandled error/i);
      expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
