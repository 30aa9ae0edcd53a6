/**
 * How to cite the guidance, from CITATION.cff (Citation File Format 1.2.0) and the version in
 * package.json: one citation, written the same way wherever the site shows it.
 */
import { t as siteT, type SiteTranslator } from '../i18n/index.ts';

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

/** The citation as one line of text, e.g. for copying, in the words of the site's locale. */
export function citationText(citation: Citation, t: SiteTranslator = siteT): string {
  const values = {
    authors: citation.authors,
    year: String(citation.year),
    title: citation.title,
    version: citation.version,
  };
  return citation.url ? t('cite.citationWithUrl', { ...values, url: citation.url }) : t('cite.citation', values);
}
