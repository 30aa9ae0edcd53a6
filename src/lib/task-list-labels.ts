/**
 * A Sätteri hast plugin for GitHub-style task lists. Sätteri renders each item as a disabled,
 * unlabelled checkbox followed by the item's text; this wraps the checkbox and its text in a
 * <label>, so the box has an accessible name and the text is a click target, and enables the box
 * so that a reader can tick it even without JavaScript.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

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
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: [{ ...input, properties }, ...inline] };
  return { ...holder, children: [label, ...after] };
}

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
