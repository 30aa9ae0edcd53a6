/** The MDX components an entry's text uses, read from its syntax tree (for the content checks). */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The components content may use; src/components/content-components.ts maps each name to its component. */
export const CONTENT_COMPONENT_NAMES = ['PublicCase', 'TlpRoles', 'TlpRules', 'HowToCite', 'NavigatorSteps'] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENT_NAMES)[number];

export interface ComponentUse {
  name: string;
  /** Line in the body where the component starts. */
  line: number;
  /** Attributes written as plain strings; expressions are left out. */
  attributes: Record<string, string | undefined>;
}

export function componentUses(tree: Root, name?: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || (name && node.name !== name)) return;
    const attributes: Record<string, string | undefined> = {};
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute') {
        attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : undefined;
      }
    }
    uses.push({ name: node.name, line: node.position?.start.line ?? 1, attributes });
  });
  return uses;
}
