/**
 * HTML the site makes from text it already has: Markdown outside the content collections (the
 * changelog) turned into HTML, and a rendered page body fitted into a larger page (the handbook),
 * where its headings sit lower, its ids must not clash with another entry's, and links to pages
 * that the larger page holds become links within it.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { htmlToHast } from 'satteri';
import { visit } from 'unist-util-visit';
import { withBase } from './routes.ts';

/** Markdown nodes as HTML; links to the site's own pages get its base path and, for print, their full address. */
export function markdownHtml(nodes: readonly RootContent[], site: { base: string; origin?: string }): string {
  const tree = toHast({ type: 'root', children: [...nodes] }) as HastRoot;
  visit(tree, 'element', (node: Element) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      node.properties.href = withBase(site.base, href);
      if (site.origin) node.properties.dataPrintHref = new URL(node.properties.href, site.origin).href;
    }
  });
  return toHtml(tree);
}

const HEADING = /^h([1-6])$/;
/** Attributes that name another element by its id. */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor', 'ariaControls'] as const;

export interface NestOptions {
  /** Put before every id (and every link to one), so that ids stay unique in the larger page. */
  prefix?: string;
  /** How many levels lower each heading goes (h2 becomes h4 with 2); never below h6. */
  shift?: number;
  /**
   * Instead of a fixed shift: the level the body's highest heading takes, the others following it,
   * so a text that starts at h3 under a page's own h1 does not leave a gap in the larger page.
   */
  top?: number;
  /** Addresses of pages the larger page holds, each with the id of its place there. */
  anchors?: ReadonlyMap<string, string>;
  /** The site's origin, to print a link's full address next to it. */
  origin?: string;
  /**
   * Make the body's landmarks (asides, named sections) plain groups: within one long page the same
   * case cited twice would be two landmarks of the same name, and hundreds of them drown the page's own.
   */
  flatten?: boolean;
}

/**
 * Rendered HTML as a hast tree. Sätteri's native parser builds the same tree as parse5 (the
 * handbook holds every entry, and parsing it is most of its cost) but leaves a <template> empty,
 * so HTML with one goes to parse5.
 */
function parseFragment(html: string): HastRoot {
  return html.includes('<template')
    ? fromHtml(html, { fragment: true })
    : (htmlToHast(html, { fragment: true }) as HastRoot);
}

/** Fits rendered HTML into a larger page; see NestOptions. */
export function nestHtml(
  html: string,
  { prefix, shift: fixed = 0, top, anchors, origin, flatten }: NestOptions,
): string {
  const tree = parseFragment(html);
  let highest = 7;
  visit(tree, 'element', (node: Element) => {
    highest = Math.min(highest, Number(HEADING.exec(node.tagName)?.[1] ?? 7));
  });
  const shift = top !== undefined && highest < 7 ? top - highest : fixed;
  const local = (id: string) => (prefix ? `${prefix}-${id}` : id);
  visit(tree, 'element', (node: Element) => {
    const level = HEADING.exec(node.tagName)?.[1];
    if (level && shift) node.tagName = `h${Math.min(6, Math.max(1, Number(level) + shift))}`;
    const { properties } = node;
    const named = properties.ariaLabel !== undefined || properties.ariaLabelledBy !== undefined;
    if (flatten && (node.tagName === 'aside' || (node.tagName === 'section' && named))) {
      node.tagName = 'div';
      if (named) properties.role = 'group';
    }
    if (prefix && typeof properties.id === 'string') properties.id = local(properties.id);
    for (const name of ID_REFERENCES) {
      const value = properties[name];
      if (!prefix || value === undefined || value === null) continue;
      // hast keeps space-separated lists of ids as arrays (htmlFor too).
      properties[name] = (Array.isArray(value) ? value : String(value).split(/\s+/)).map((id) => local(String(id)));
    }
    const href = node.tagName === 'a' ? properties.href : undefined;
    if (typeof href !== 'string') return;
    if (href.startsWith('#')) {
      properties.href = `#${local(href.slice(1))}`;
      return;
    }
    if (!href.startsWith('/') || href.startsWith('//')) return;
    if (origin) properties.dataPrintHref ??= new URL(href, origin).href;
    // A link to a place within a page goes to the page's own place: the ids inside it have changed.
    const anchor = anchors?.get(href.split('#')[0]!);
    if (anchor) properties.href = `#${anchor}`;
  });
  return toHtml(tree);
}
