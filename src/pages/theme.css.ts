// The host's accent colour from site.config.ts, its dark-mode variant, and the site's origin for printed links, as a static stylesheet (no inline styles, so a strict CSP holds).
import type { APIRoute } from 'astro';
import siteConfig from '../../site.config';
import { accentPalette } from '../utils/brand';

export const GET: APIRoute = () => {
  const palette = accentPalette(siteConfig.accentColor);
  // Printed handouts show each link's full address: the origin (SITE_URL) goes before a root-relative href.
  const origin = JSON.stringify(new URL(import.meta.env.SITE ?? 'http://127.0.0.1:4321').origin);
  return new Response(`:root{--ati-accent:${palette.light};--ati-accent-dark:${palette.dark};--ati-origin:${origin}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
