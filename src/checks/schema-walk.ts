/**
 * Walking the zod schemas: through the wrappers a field can have (optional, default, nullable, a
 * pipe from a transform or refinement) to the schema that says what it holds, and down to the
 * field at a path. The error messages, the scaffold and the field reference all walk them this way.
 */
import { z } from 'astro/zod';

export type Described = z.ZodType & { description?: string };

export interface Unwrapped {
  /** The schema that says what the field holds. */
  inner: Described;
  /** Whether the field may be left out (optional or with a default). */
  optional: boolean;
  /** The first description met on the way in: the field's own, else what it wraps. */
  description?: string;
}

export function unwrapSchema(schema: Described): Unwrapped {
  let current = schema;
  let optional = false;
  let description = current.description;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      optional ||= !(current instanceof z.ZodNullable);
      current = current.unwrap() as Described;
    } else if (current instanceof z.ZodPipe) current = current.in as Described;
    else break;
    description ??= current.description;
  }
  return { inner: current, optional, description };
}

/** The field's schema at a path of object keys and list positions, as written (not unwrapped), if there is one. */
export function fieldSchemaAt(schema: Described, path: readonly PropertyKey[]): Described | undefined {
  let current: Described | undefined = schema;
  for (const part of path) {
    if (!current) return undefined;
    const { inner } = unwrapSchema(current);
    if (inner instanceof z.ZodObject) current = inner.shape[String(part)] as Described | undefined;
    else if (inner instanceof z.ZodArray) current = inner.element as Described;
    else return undefined;
  }
  return current;
}

/** The unwrapped schema at a path, e.g. the object whose keys a misspelt field is checked against. */
export function schemaAt(schema: Described, path: readonly PropertyKey[]): Described | undefined {
  const field = fieldSchemaAt(schema, path);
  return field && unwrapSchema(field).inner;
}

/** What the field at a path expects, in the words of its schema. */
export function describedAt(schema: Described, path: readonly PropertyKey[]): string | undefined {
  const field = fieldSchemaAt(schema, path);
  return field && unwrapSchema(field).description;
}
