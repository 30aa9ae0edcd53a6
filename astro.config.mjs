// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import {
  baseLinks,
  citations,
  hideTemplateBlocks,
  scrollableTables,
  taskListLabels,
} from './src/integrations/markdown-plugins.ts';
import { SITE_URL } from './src/site.config.ts';
import { schemaCacheDir } from './src/integrations/schema-cache.ts';

export default defineConfig({
  site: SITE_URL.origin,
  base: SITE_URL.pathname,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Builds of test fixtures use their own cache: Astro reuses a cached entry with the same id and
  // text even when its file has moved, which would point one fixture build at another's files. The
  // cache is also keyed by the schemas, since Astro keeps entries parsed by an older schema.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? schemaCacheDir('./node_modules/.astro'),
  integrations: [
    contentGuard(),
    mdx(),
    // The decision framework's page per state is a step of a walk, not a page to land on from a search.
    sitemap({ filter: (page) => !/\/decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/.test(page) }),
  ],
  markdown: {
    processor: satteri({
      hastPlugins: [taskListLabels, hideTemplateBlocks, citations, scrollableTables, baseLinks(SITE_URL)],
    }),
    // Shiki writes inline styles, which the Content-Security-Policy forbids; code stays plain text.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx marks modules with a directive the bundler cannot keep; Astro handles it itself.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
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
