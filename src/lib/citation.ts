/**
 * How to cite the guidance, from CITATION.cff (Citation File Format 1.2.0) and the version in
 * package.json: one citation, written the same way wherever the site shows it.
 */

/** The parts of CITATION.cff the site shows. */
export interface CitationFile {
  title: string;
  authors: ({ name: string } | { 'family-names': string; 'given-names'?: string })[];
  'repository-code'?: string;
  license?: string;
}

export interface Citation {
  authors: string;
  year: number;
  title: string;
  version: string;
  url?: string;
}

export function citationOf(file: CitationFile, version: string, released: Date): Citation {
  const authors = file.authors
    .map((author) =>
      'name' in author ? author.name : [author['given-names'], author['family-names']].filter(Boolean).join(' '),
    )
    .join(', ');
  return { authors, year: released.getUTCFullYear(), title: file.title, version, url: file['repository-code'] };
}

/** The citation as one line of text, e.g. for copying. */
export function citationText(citation: Citation): string {
  return `${citation.authors} (${citation.year}). ${citation.title} (version ${citation.version}).${citation.url ? ` ${citation.url}` : ''}`;
}
