/** The handbook's parts as the page needs them: each with its introduction, its pages and its entries, in order. */
import { t } from '../i18n/index.ts';
import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';
import {
  HANDBOOK_CLOSING,
  HANDBOOK_COLLECTIONS,
  HANDBOOK_OPENING,
  entryAnchor,
  sectionAnchor,
} from '../lib/handbook.ts';
import { collectionPath, decisionOutcomePath, url } from '../lib/routes.ts';
import { entriesOf, findEntry, hrefOf, type Entry } from './entries.ts';
import { decisionTree } from './decisions.ts';

export interface HandbookPart {
  collection: CollectionName;
  anchor: string;
  title: string;
  /** The section's introduction: the page named after the collection. */
  intro?: Entry<'pages'>;
  /** Pages that belong under the section, such as the TLP model. */
  pages: Entry<'pages'>[];
  entries: Entry[];
}

export async function handbookParts(): Promise<HandbookPart[]> {
  const pages = await entriesOf('pages');
  return Promise.all(
    HANDBOOK_COLLECTIONS.map(async (collection) => {
      const intro = await findEntry({ collection: 'pages', id: collection });
      return {
        collection,
        anchor: sectionAnchor(collection),
        title: intro?.data.title ?? t(`collection.${collection}.plural`),
        intro,
        pages: pages.filter((page) => page.data.section === collection),
        entries: await entriesOf(collection),
      };
    }),
  );
}

/** The plain pages that open and close the handbook. */
export async function framingPages(): Promise<{ opening: Entry<'pages'>[]; closing: Entry<'pages'>[] }> {
  const find = async (ids: readonly string[]) =>
    (await Promise.all(ids.map((id) => findEntry({ collection: 'pages', id })))).filter((page) => page !== undefined);
  return { opening: await find(HANDBOOK_OPENING), closing: await find(HANDBOOK_CLOSING) };
}

/**
 * Every page address the handbook holds, with the id of its place there: links to them become
 * links within the handbook. Threats, cases, glossary terms and decision outcomes each have a row
 * or paragraph of their own; other entries an article.
 */
export async function handbookAnchors(parts: readonly HandbookPart[]): Promise<Map<string, string>> {
  const anchors = new Map<string, string>();
  const { opening, closing } = await framingPages();
  for (const page of [...opening, ...closing]) anchors.set(hrefOf(page), entryAnchor('pages', page.id));
  for (const part of parts) {
    if (COLLECTIONS[part.collection].route) anchors.set(url(collectionPath(part.collection)), part.anchor);
    for (const page of part.pages) anchors.set(hrefOf(page), entryAnchor('pages', page.id));
    // The decision tree is shown as tables, under the part's own id; a table of frameworks has no row ids.
    if (part.collection === 'decisions') continue;
    for (const entry of part.entries)
      anchors.set(
        hrefOf(entry),
        part.collection === 'frameworks' ? part.anchor : entryAnchor(entry.collection, entry.id),
      );
  }
  if (parts.some((part) => part.collection === 'decisions')) {
    for (const outcome of (await decisionTree()).data.outcomes)
      anchors.set(url(decisionOutcomePath(outcome.id)), entryAnchor('decisions', outcome.id));
  }
  return anchors;
}
