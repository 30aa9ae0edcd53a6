/** Headings a page component writes itself, so the table of contents lists them beside the body's. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export const h2 = (slug: string, text: string): Heading => ({ depth: 2, slug, text });

/** Keeps only the sections that will be shown: pass `false` for a section left out. */
export function outline(...parts: (Heading | readonly Heading[] | false | undefined)[]): Heading[] {
  return parts.flatMap((part) => (part ? (Array.isArray(part) ? part : [part as Heading]) : []));
}
