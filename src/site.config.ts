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

/**
 * The language of the site's interface: every string pages and scripts show comes from the
 * dictionary of this locale in src/i18n/ (see src/i18n/locales.ts), and it sets `<html lang>`,
 * `og:locale`, and how dates and numbers are written. `pseudo` marks every interface string with
 * ⟦ ⟧, to find any that does not come from the dictionary.
 */
export const SITE_LOCALE = process.env.SITE_LOCALE ?? 'en';

/**
 * The language the content in content/ is written in: the headings and conventions the content
 * check requires of entries come from this locale's dictionary, whatever the interface's locale.
 */
export const CONTENT_LOCALE = 'en';

export const SITE_NAME = 'Securing Open Source Communities';

export const SITE_TAGLINE = 'Communication norms and governance stress tests for open-source projects';

/** Who writes the guidance: the author of the feed and the creator of the STIX objects. */
export const PUBLISHER = {
  name: 'Securing Open Source Communities Working Group',
  url: 'https://github.com/nivenly/securing-open-source-communities-wg',
};

/** The start of the Atom feed's ids (a tag URI): see src/lib/atom.ts for why they are not page addresses. */
export const FEED_TAG = process.env.SITE_FEED_TAG ?? feedTagFor(REPOSITORY);
