/**
 * The settings a fork or a deployment changes, in one place. The GitHub Pages workflow sets the
 * environment variables from the repository it runs in; a local build uses the defaults.
 */

/** The repository that holds this site's source: "edit this page" links point into it. */
export const REPOSITORY = (
  process.env.SITE_REPOSITORY ?? 'https://github.com/nivenly/securing-open-source-communities-guidance'
).replace(/\/$/, '');

/** The branch that "edit this page" links open. */
export const BRANCH = process.env.SITE_BRANCH ?? 'main';

/** Where the site is published; its path, if any, becomes the base of every link. */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:4321/');

export const SITE_NAME = 'Securing Open Source Communities';

export const SITE_TAGLINE = 'Communication norms and governance stress tests for open-source projects';
