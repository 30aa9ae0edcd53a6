// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { baseLinks } from './src/lib/base-links.ts';
import { taskListLabels } from './src/lib/task-list-labels.ts';
import { SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL.origin,
  base: SITE_URL.pathname,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Builds of test fixtures use their own cache: Astro reuses a cached entry with the same id and
  // text even when its file has moved, which would point one fixture build at another's files.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [contentGuard(), mdx()],
  markdown: {
    processor: satteri({ hastPlugins: [taskListLabels, baseLinks(SITE_URL.pathname)] }),
    // Shiki writes inline styles, which the Content-Security-Policy forbids; code stays plain text.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
