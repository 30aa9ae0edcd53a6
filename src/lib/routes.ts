/**
 * Where every page lives. Paths are site-relative and end in a slash; `withBase` adds the
 * deployment's base path (e.g. /guidance/ on GitHub Pages).
 */
import { COLLECTIONS, isCollectionName, type CollectionName } from './collections.ts';

export function collectionPath(collection: CollectionName): string {
  return `/${COLLECTIONS[collection].route}/`;
}

/** The address of a page of the `pages` collection: an intro page lives on its collection's index. */
export function pagePath(id: string, section?: CollectionName): string {
  if (isCollectionName(id)) return collectionPath(id);
  return section ? `${collectionPath(section)}${id}/` : `/${id}/`;
}

/** The page of a decision outcome described in general, whatever path leads to it. */
export function decisionOutcomePath(outcomeId: string): string {
  return `${collectionPath('decisions')}outcomes/${outcomeId}/`;
}

/**
 * The address of an entry. Pages need their `section`; a decision tree's own address is the
 * start of the framework.
 */
export function entryPath(collection: CollectionName, id: string, section?: CollectionName): string {
  if (collection === 'pages') return pagePath(id, section);
  if (collection === 'decisions') return collectionPath('decisions');
  return `${collectionPath(collection)}${id}/`;
}

export function withBase(base: string, path: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** A site path with the deployment's base path, as Astro gives it to the build (none outside it, as in unit tests). */
export function url(path: string): string {
  return withBase(import.meta.env?.BASE_URL ?? '/', path);
}

/** The full address of a path from `url`; undefined in a build without SITE_URL. */
export function addressOf(href: string): string | undefined {
  return fullAddress(href, import.meta.env?.SITE);
}

/**
 * The full address of a path that already carries the base, or undefined when the build was not
 * told where the site is published (SITE_URL): such a build writes no address of its own.
 */
export function fullAddress(path: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** The source file's page in the repository's editor; each path segment is encoded, as in `[id].astro`. */
export function editUrl(repository: string, branch: string, filePath: string): string {
  const segments = filePath
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent);
  return `${repository}/edit/${branch}/${segments.join('/')}`;
}
