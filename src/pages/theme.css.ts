// The host's accent colour from site.config.ts, and its dark-mode variant, as a static stylesheet (no inline styles, so a strict CSP holds).
import type { APIRoute } from 'astro';
import siteConfig from '../../site.config';
import { accentPalette } from '../utils/brand';

export const GET: APIRoute = () => {
  const palette = accentPalette(siteConfig.accentColor);
  return new Response(`:root{--ati-accent:${palette.light};--ati-accent-dark:${palette.dark}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
