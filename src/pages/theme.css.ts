// The host's accent colour from site.config.ts as a static stylesheet (no inline styles, so a strict CSP holds).
import type { APIRoute } from 'astro';
import siteConfig from '../../site.config';

export const GET: APIRoute = () =>
  new Response(
    `:root{--ati-accent:${siteConfig.accentColor};--ati-accent-dark:color-mix(in oklab,${siteConfig.accentColor} 35%,#fff)}\n`,
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
