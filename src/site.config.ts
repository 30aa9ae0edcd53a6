/**
 * The settings a fork or a deployment changes, in one place. The GitHub Pages workflow sets the
 * environment variables from the repository it runs in; a local build uses the defaults.
 */
import { feedTagFor } from './lib/atom.ts';

/** The repository that holds this site's source: "edit this page" links point into it. */
export const REPOSITORY = (
  process.env.SITE_REPOSITORY ?? 'https://github.com/nivenly/securing-open-source-communities-guidance'
).replace(/\/$/, '');

/** The branch that "edit this page" links open. */
export const BRANCH = process.env.SITE_BRANCH ?? 'main';

/**
 * Where the site is published; its path, if any, becomes the base of every link. A build without
 * it writes no address of its own (no canonical link, sitemap or feed self link): a guessed one,
 * such as the development server's, would be published with the site.
 */
export const SITE_URL: URL | undefined = process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;

/** The path every link starts with: SITE_URL's path, or the root. */
export const BASE_PATH = SITE_URL?.pathname ?? '/';

/** Set by `npm run build:deploy`: a build to publish must know its address. */
export const DEPLOY = Boolean(process.env.SITE_DEPLOY);

export const SITE_NAME = 'Securing Open Source Communities';

export const SITE_TAGLINE = 'Communication norms and governance stress tests for open-source projects';

/** Who writes the guidance: the author of the feed and the creator of the STIX objects. */
export const PUBLISHER = {
  name: 'Securing Open Source Communities Working Group',
  url: 'https://github.com/nivenly/securing-open-source-communities-wg',
};

/** The start of the Atom feed's ids (a tag URI): see src/lib/atom.ts for why they are not page addresses. */
export const FEED_TAG = process.env.SITE_FEED_TAG ?? feedTagFor(REPOSITORY);
