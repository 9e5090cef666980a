// Astro configuration: static output, MDX guides, Preact islands, Pagefind index; BASE_PATH and SITE_URL say where the site lives.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefindIndex from './src/integrations/pagefind.ts';

/** '/career-center/follow-up' or '/career-center/follow-up/' → '/career-center/follow-up/'; unset → '/'. */
function normaliseBase(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  base: normaliseBase(process.env.BASE_PATH),
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefindIndex()],
  devToolbar: { enabled: false },
});
