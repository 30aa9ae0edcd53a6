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
import { BASE_PATH, SITE_URL } from './src/site.config.ts';
import { schemaCacheDir } from './src/integrations/schema-cache.ts';
import { siteAddress } from './src/integrations/site-address.ts';

export default defineConfig({
  // Without SITE_URL there is no `site`: pages then write no absolute address of their own.
  site: SITE_URL?.origin,
  base: BASE_PATH,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Builds of test fixtures use their own cache: Astro reuses a cached entry with the same id and
  // text even when its file has moved, which would point one fixture build at another's files. The
  // cache is also keyed by the schemas, since Astro keeps entries parsed by an older schema.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? schemaCacheDir('./node_modules/.astro'),
  integrations: [
    siteAddress(),
    contentGuard(),
    mdx(),
    // A sitemap lists full addresses, so only a build that knows its address writes one. The decision
    // framework's page per state is a step of a walk, not a page to land on from a search.
    ...(SITE_URL ? [sitemap({ filter: (page) => !/\/decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/.test(page) })] : []),
  ],
  markdown: {
    processor: satteri({
      hastPlugins: [taskListLabels, hideTemplateBlocks, citations, scrollableTables, baseLinks(BASE_PATH, SITE_URL)],
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
