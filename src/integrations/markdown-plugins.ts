/**
 * Sätteri hast plugins for the site's Markdown. Sätteri renders GFM itself and runs these in its
 * own (native) pipeline; remark is kept for tooling only.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { t } from '../i18n/index.ts';
import { CITATION } from '../lib/cases.ts';
import { fullAddress, withBase } from '../lib/routes.ts';

const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'blockquote', 'pre', 'table']);

const isElement = (node: ElementContent | undefined, tagName?: string): node is Element =>
  node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

/** Wraps a leading checkbox and the inline content after it in a label; undefined if there is none. */
function labelled(holder: Element): Element | undefined {
  const start = holder.children.findIndex((child) => !(child.type === 'text' && !child.value.trim()));
  const input = holder.children[start];
  if (!isElement(input, 'input') || input.properties.type !== 'checkbox') return undefined;
  const rest = holder.children.slice(start + 1);
  const blockAt = rest.findIndex((child) => isElement(child) && BLOCKS.has(child.tagName));
  const inline = blockAt < 0 ? rest : rest.slice(0, blockAt);
  const after = blockAt < 0 ? [] : rest.slice(blockAt);
  const { disabled: _disabled, ...properties } = input.properties;
  // The text sits in one span, so that a flex label lays it out as one block that wraps, links and all.
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: {},
    children: [
      { ...input, properties },
      { type: 'element', tagName: 'span', properties: {}, children: inline },
    ],
  };
  return { ...holder, children: [label, ...after] };
}

/**
 * GitHub-style task lists: Sätteri renders each item as a disabled, unlabelled checkbox followed
 * by the item's text. This wraps the checkbox and its text in a <label>, so the box has an
 * accessible name and the text is a click target, and enables the box so that a reader can tick
 * it even without JavaScript.
 */
export const taskListLabels = defineHastPlugin({
  name: 'task-list-labels',
  element: {
    filter: ['li'],
    visit(item) {
      const className = item.properties.className;
      if (!(Array.isArray(className) ? className.includes('task-list-item') : className === 'task-list-item')) return;
      const direct = labelled(item as Element);
      if (direct) return direct;
      // In a loose list the checkbox sits in the item's first paragraph.
      const index = item.children.findIndex((child) => isElement(child as ElementContent));
      const paragraph = item.children[index] as ElementContent | undefined;
      if (!isElement(paragraph, 'p')) return;
      const wrapped = labelled(paragraph);
      if (!wrapped) return;
      const children = [...item.children] as ElementContent[];
      children[index] = wrapped;
      return { ...(item as Element), children };
    },
  },
});

/**
 * Puts the site's base path in front of internal links written in content, so that contributors
 * can write `/norms/say-what-you-know/` and the link still works when the site is served from a sub-path
 * such as GitHub Pages' /repository-name/. Each such link also carries its full address for print,
 * where a page path alone means little on paper.
 */
export function baseLinks(base: string, site?: URL) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(link, context) {
        const href = link.properties.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          const path = withBase(base, href);
          context.setProperty(link, 'href', path);
          // Print shows a full address, or none when the build does not know where the site lives.
          const full = fullAddress(path, site);
          if (full) context.setProperty(link, 'dataPrintHref', full);
        }
      },
    },
  });
}

/**
 * Tables scroll sideways inside their own region rather than crushing their columns on a phone:
 * each table is wrapped in a focusable, named section (a region landmark, so keyboard users can
 * reach and scroll it) named after its column headings.
 */
export const scrollableTables = defineHastPlugin({
  name: 'scrollable-tables',
  element: {
    filter: ['table'],
    visit(table, context) {
      const headings: string[] = [];
      const collect = (node: ElementContent) => {
        if (!isElement(node)) return;
        if (node.tagName === 'th') headings.push(context.textContent(node).trim());
        else if (node.tagName === 'thead' || node.tagName === 'tr') node.children.forEach(collect);
      };
      (table as Element).children.forEach(collect);
      context.wrapNode(table, {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          ariaLabel: headings.length
            ? t('table.label', { label: t.list(headings.filter(Boolean), 'unit') })
            : t('table.unnamed'),
        },
        children: [],
      });
    },
  },
});

/**
 * A template's ```template block is data, like its fields: the page shows it through the fill-in
 * tool, with the TLP label placed, so the body's text leaves it out.
 */
export const hideTemplateBlocks = defineHastPlugin({
  name: 'hide-template-blocks',
  element: {
    filter: ['pre'],
    visit(pre, context) {
      const code = pre.children.find((child) => isElement(child as ElementContent, 'code')) as Element | undefined;
      const className = code?.properties.className;
      if (Array.isArray(className) && className.includes('language-template')) context.removeNode(pre);
    },
  },
});

/**
 * Citation marks in case studies: `[^source-id]` after a fact becomes a superscript number that
 * links to that source in the case's list of sources (`#source-<id>`). The numbers follow the order
 * of `sources` in the entry's fields, which Astro hands to plugins as the frontmatter.
 */
export const citations = (context: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
  const sources = context.data.astro?.frontmatter?.sources;
  if (!Array.isArray(sources)) return null;
  const numbers = new Map<string, number>();
  sources.forEach((source: unknown, index) => {
    const id = (source as { id?: unknown } | null)?.id;
    if (typeof id === 'string') numbers.set(id, index + 1);
  });
  if (numbers.size === 0) return null;
  return defineHastPlugin({
    name: 'citations',
    text(node, ctx) {
      if (!node.value.includes('[^')) return;
      const parts = citationParts(node.value, numbers);
      if (parts.length === 1 && parts[0]!.type === 'text') return;
      ctx.replaceNode(node, parts);
    },
  });
};

/** Splits text at citation marks into text and superscript links; unknown ids stay as written. */
export function citationParts(text: string, numbers: ReadonlyMap<string, number>): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const number = numbers.get(match[1]!);
    if (number === undefined) continue;
    // The mark sits right after the fact, so the space before it (if any) goes too.
    const before = text.slice(last, match.index).replace(/[ \t]+$/, '');
    if (before) parts.push({ type: 'text', value: before });
    parts.push({
      type: 'element',
      tagName: 'sup',
      properties: { className: ['cite'] },
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#source-${match[1]}`, ariaLabel: t('sources.mark', { number }) },
          children: [{ type: 'text', value: String(number) }],
        },
      ],
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}
