// Astro configuration: static output, MDX guides, Preact islands, Pagefind index; BASE_PATH and SITE_URL say where the site lives.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefindIndex from './src/integrations/pagefind.ts';
import brandCheck from './src/integrations/brand.ts';
import islandStyleInHead from './src/integrations/island-style.ts';
import quietWarnings from './src/integrations/quiet-warnings.ts';
import { normaliseBase } from './scripts/built-base.ts';
import siteConfig from './site.config.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  base: normaliseBase(process.env.BASE_PATH),
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  integrations: [brandCheck(siteConfig), mdx(), preact(), islandStyleInHead(), pagefindIndex()],
  devToolbar: { enabled: false },
  // Preact in a chunk of its own, named for it, whichever islands load parts of themselves later (left to itself,
  // Rollup folds it into Vite's small preload helper once two islands import lazily). Known-harmless bundler warnings
  // (listed in quiet-warnings.ts) are dropped; every other warning still prints.
  vite: {
    plugins: [quietWarnings()],
    build: {
      rollupOptions: {
        output: { manualChunks: (id) => (/[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined) },
      },
    },
  },
  // The guides have no code blocks; Shiki's inline styles would also break the CSP below.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes its own inline scripts and styles;
  // nothing else runs or loads unless it comes from this site. Pagefind needs 'wasm-unsafe-eval' and a worker.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
