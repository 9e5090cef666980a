// Build-time integration: stops the build when site.config.ts's branding would break WCAG AA contrast or points at a missing logo.
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../../site.config';
import { brandContrastMessage } from '../utils/brand';

/** Checks the host's branding once, before anything is built. */
export default function brandCheck(config: SiteConfig): AstroIntegration {
  return {
    name: 'after-the-interview:brand',
    hooks: {
      'astro:config:setup': ({ config: astroConfig }) => {
        const problems: string[] = [];
        const contrast = brandContrastMessage(config.accentColor);
        if (contrast) problems.push(contrast);
        const logo = new URL(config.logo.replace(/^\/+/, ''), astroConfig.publicDir);
        if (!existsSync(fileURLToPath(logo))) problems.push(`site.config.ts: logo “${config.logo}” is not in public/.`);
        if (config.hostLink && !/^https?:\/\//.test(config.hostLink.href)) problems.push(`site.config.ts: hostLink.href “${config.hostLink.href}” must start with https:// or http://.`);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    },
  };
}
