/**
 * The build and the site's own address: a deploy build (`npm run build:deploy`) stops without
 * SITE_URL, and any other build without it says once that it writes no address of its own.
 */
import type { AstroIntegration } from 'astro';
import { DEPLOY, SITE_URL } from '../site.config.ts';

export const NO_ADDRESS_NOTE =
  'SITE_URL is not set: this build writes no address of its own (no canonical or og:url, sitemap, feed self link or full addresses in downloads); set SITE_URL to the published address for a build to publish.';

export const DEPLOY_NEEDS_ADDRESS =
  'A deploy build needs SITE_URL, the address the site is published at (for example https://example.github.io/guidance/): without it the published pages would carry no canonical address, sitemap or feed links.';

export function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || SITE_URL) return;
        if (!DEPLOY) return logger.warn(NO_ADDRESS_NOTE);
        // Like a content problem: the message alone, without a stack trace.
        logger.error(DEPLOY_NEEDS_ADDRESS);
        process.exit(1);
      },
    },
  };
}
