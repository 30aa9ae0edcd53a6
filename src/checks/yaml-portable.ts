/**
 * Values that YAML 1.1 tools read differently from this site. The site reads YAML 1.2, where a
 * bare yes, no, on or off is text; PyYAML and other YAML 1.1 readers turn it into true or false.
 * So a decision answer `id: yes` would become a boolean for anyone reusing the content.
 */
import { isPair, isScalar, isSeq, visit, type Document } from 'yaml';

/** Every spelling YAML 1.1 reads as a boolean but YAML 1.2 reads as text. */
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

export interface AmbiguousScalar {
  /** The text as written, without quotation marks. */
  text: string;
  /** Where it is: keys and list positions from the top of the document. */
  path: (string | number)[];
  /** Offset of the value in the YAML text. */
  offset: number;
}

/** Unquoted scalars, keys or values, that a YAML 1.1 reader would turn into true or false. */
export function yaml11Booleans(document: Document): AmbiguousScalar[] {
  const found: AmbiguousScalar[] = [];
  visit(document, {
    Scalar(_key, node, ancestors) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !YAML11_BOOLEAN.test(node.value)) return;
      const path: (string | number)[] = [];
      ancestors.forEach((ancestor, index) => {
        const child = ancestors[index + 1] ?? node;
        if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
        else if (isPair(ancestor) && isScalar(ancestor.key) && ancestor.key !== node)
          path.push(String(ancestor.key.value));
      });
      found.push({ text: node.value, path, offset: node.range?.[0] ?? 0 });
    },
  });
  return found;
}
