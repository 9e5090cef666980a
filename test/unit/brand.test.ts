// Branding checks: contrast ratios against known WCAG reference pairs, and the build-stopping check for a host's accent colour.
import { describe, expect, it } from 'vitest';
import { accentContrastProblems, accentPalette, brandContrastMessage, contrastRatio } from '../../src/utils/brand';
import brandCheck from '../../src/integrations/brand';

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

describe('the build check', () => {
  const setup = (accentColor: string, logo = 'logo.svg', href = 'https://example.edu/careers/') => () =>
    brandCheck({ name: 'Test', tagline: '', logo, accentColor, contact: '', hostLink: { label: 'Back', href } }).hooks['astro:config:setup']?.({
      config: { publicDir: new URL('../../public/', import.meta.url) },
    } as never);

  it('passes the shipped branding', () => expect(setup('#1d4ed8')).not.toThrow());
  it('stops on a low-contrast accent, with the ratio', () => expect(setup('#ffcc00')).toThrow(/#ffcc00 on #ffffff is 1\.\d\d:1/));
  it('stops on a logo missing from public/', () => expect(setup('#1d4ed8', 'crest.png')).toThrow(/logo “crest.png” is not in public/));
  it('stops on a host link that is not a web address', () => expect(setup('#1d4ed8', 'logo.svg', 'javascript:alert(1)')).toThrow(/hostLink.href/));
  it('has no message for a good colour', () => expect(brandContrastMessage('#1d4ed8')).toBe(''));
});
