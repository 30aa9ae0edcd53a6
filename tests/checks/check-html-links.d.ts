/** The part of check-html-links (which ships no type declarations) that tests/checks/links.ts uses. */
declare module 'check-html-links' {
  export interface Usage {
    /** The attribute's value as written, e.g. "/other.html#nowhere". */
    value: string;
    /** The page that links, and where. */
    file: string;
    line: number;
    character: number;
    anchor: string;
  }
  export interface LinkError {
    /** The file the link leads to. */
    filePath: string;
    /** Set when the file is there and only the #anchor is not. */
    onlyAnchorMissing?: boolean;
    usage: Usage[];
  }
  export function validateFolder(folder: string, options?: { validateExternals?: boolean }): Promise<LinkError[]>;
}
