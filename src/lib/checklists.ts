/**
 * Checklists: the GitHub-style task list in a checklist's body, grouped under its headings.
 * Used by the content checks, the checklist page's counts, and the Markdown exports.
 */
import type { List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface ChecklistItem {
  /** The item itself: the first paragraph of the list item. */
  text: string;
  /** Anything written under the item, usually why it matters. */
  note?: string;
  checked: boolean;
  /** Line within the body. */
  line: number;
}

export interface ChecklistSection {
  heading?: string;
  items: ChecklistItem[];
}

function isTaskItem(node: ListItem): boolean {
  return typeof node.checked === 'boolean';
}

function toItem(node: ListItem): ChecklistItem {
  const [first, ...rest] = node.children;
  const note = rest
    .map((child) => toString(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    text: (first ? toString(first) : '').replace(/\s+/g, ' ').trim(),
    note: note || undefined,
    checked: node.checked === true,
    line: node.position?.start.line ?? 1,
  };
}

/** Sections in body order; items before the first heading form a section without a heading. */
export function checklistSections(tree: Root): ChecklistSection[] {
  const sections: ChecklistSection[] = [];
  let current: ChecklistSection = { items: [] };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (current.items.length || current.heading) sections.push(current);
      current = { heading: toString(node), items: [] };
    } else if (node.type === 'list') {
      current.items.push(...(node as List).children.filter(isTaskItem).map(toItem));
    }
  }
  if (current.items.length || current.heading) sections.push(current);
  return sections.filter((section) => section.items.length > 0);
}

export function countItems(sections: readonly ChecklistSection[]): number {
  return sections.reduce((total, section) => total + section.items.length, 0);
}

/** The checklist as a Markdown task list, ready to paste into an issue. */
export function checklistMarkdown(
  title: string,
  sections: readonly ChecklistSection[],
  options: { notes?: boolean; intro?: string; footer?: string } = {},
): string {
  const parts = [`# ${title}`];
  if (options.intro) parts.push(options.intro);
  for (const section of sections) {
    if (section.heading) parts.push(`## ${section.heading}`);
    parts.push(
      section.items
        .map((item) => {
          const line = `- [ ] ${item.text}`;
          return options.notes && item.note ? `${line}\n  ${item.note}` : line;
        })
        .join('\n'),
    );
  }
  if (options.footer) parts.push(options.footer);
  return `${parts.join('\n\n')}\n`;
}
