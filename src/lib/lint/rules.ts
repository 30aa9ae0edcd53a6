/**
 * The content lint's text rules. Each takes text and returns findings with the line to fix and a
 * hint; none needs Astro. The readability and inclusive-language checks live beside them.
 */
import { TLP_LABELS, suggestLabel } from '../tlp.ts';

export interface Finding {
  rule: string;
  /** Line in the file. */
  line: number;
  message: string;
  hint: string;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Lines of text that belong to code: fenced blocks and inline code, which show text as typed. */
function withoutCode(text: string, { keepTemplates = false } = {}): string {
  return text
    .replace(/^(```|~~~)([^\n]*)[\s\S]*?^\1/gm, (block, _fence, info: string) =>
      keepTemplates && info.trim() === 'template' ? block : block.replace(/[^\n]/g, ' '),
    )
    .replace(/`[^`\n]*`/g, (span) => span.replace(/./g, ' '));
}

/** Anything that looks like a TLP label; the valid forms are then accepted one by one. */
const LABEL_LIKE = /\b(tlp)([ \t]*[:-][ \t]*|[ \t]+)([a-z]+)((?:[ \t]*[+-][ \t]*[a-z]+)?)/gi;
/** A paragraph may name TLP:WHITE where it explains that TLP 2.0 renamed it. */
const EXPLAINS_RENAME =
  /renam|old name|former|was called|used to be|TLP 1\.0|version 1|before 2022|until 2022|TLP:CLEAR/i;

export function tlpForm(text: string): Finding[] {
  const prose = withoutCode(text);
  const findings: Finding[] = [];
  for (const match of prose.matchAll(LABEL_LIKE)) {
    const written = match[0];
    if ((TLP_LABELS as readonly string[]).includes(written)) continue;
    const colour = match[3]!.toUpperCase();
    if (!/^(RED|AMBER|GREEN|CLEAR|WHITE)$/.test(colour)) continue;
    const line = lineAt(prose, match.index);
    if (written === 'TLP:WHITE') {
      const paragraph = prose.slice(
        prose.lastIndexOf('\n\n', match.index) + 1,
        (prose.indexOf('\n\n', match.index) + 1 || prose.length + 1) - 1,
      );
      if (EXPLAINS_RENAME.test(paragraph.replace('TLP:WHITE', ''))) continue;
      findings.push({
        rule: 'tlp-form',
        line,
        message: 'TLP:WHITE is the old name of TLP:CLEAR',
        hint: 'write TLP:CLEAR; name TLP:WHITE only in a sentence that explains the rename',
      });
      continue;
    }
    const suggestion = suggestLabel(written.replace(/\s*([+-])\s*/, '$1').replace(/-STRICT$/i, '+STRICT'));
    findings.push({
      rule: 'tlp-form',
      line,
      message: `"${written}" is not written the way TLP 2.0 writes labels`,
      hint: suggestion
        ? `write ${suggestion}: "TLP:", then the colour in capitals, no spaces`
        : `write one of ${TLP_LABELS.join(', ')}`,
    });
  }
  return findings;
}

const EMAIL = /[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const RESERVED_DOMAINS = /(^|\.)(example\.(org|com|net)|[a-z0-9-]+\.example|localhost|test|invalid)$/i;
const PHONE =
  /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4})|(?:\(\d{3}\)\s?\d{3}[\s.-]\d{4})|(?:\b\d{3}[.-]\d{3}[.-]\d{4}\b)/g;

/** E-mail addresses outside the reserved example domains, and phone numbers. */
export function personalData(text: string, ownDomains: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const domain = match[1]!.toLowerCase();
    if (RESERVED_DOMAINS.test(domain) || ownDomains.includes(domain)) continue;
    findings.push({
      rule: 'personal-data',
      line: lineAt(text, match.index),
      message: `the e-mail address ${match[0]} is personal data`,
      hint: 'use an address at example.org, or name the role instead ("the moderation team")',
    });
  }
  for (const match of text.matchAll(PHONE)) {
    findings.push({
      rule: 'personal-data',
      line: lineAt(text, match.index),
      message: `"${match[0]}" looks like a phone number`,
      hint: 'remove it; the site publishes no contact details of people',
    });
  }
  return findings;
}

const LINK_TARGETS =
  /\]\(\s*<?([^)\s>]+)|\burl:\s*['"]?(\S+?)['"]?\s*$|<(https?:\/\/[^>\s]+)>|\bhref=["']([^"']+)["']/gim;

export function externalLinks(text: string): { url: string; line: number }[] {
  return [...text.matchAll(LINK_TARGETS)]
    .map((match) => ({
      url: (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim(),
      line: lineAt(text, match.index),
    }))
    .filter((link) => /^[a-z]+:\/\//i.test(link.url));
}

export function insecureLinks(text: string): Finding[] {
  return externalLinks(text)
    .filter((link) => link.url.toLowerCase().startsWith('http://'))
    .map((link) => ({
      rule: 'https',
      line: link.line,
      message: `the link ${link.url} does not use https`,
      hint: 'change it to https:// (check the page still loads)',
    }));
}

// "TODO" alone, not the TODO Group (the open-source programme office community).
const LEFTOVER = /\b(REPLACE(?: ME)?|TODO(?! Group)|TBD|FIXME|lorem ipsum)\b/g;

/** Text a contributor was asked to replace, e.g. by `npm run new`. */
export function leftovers(text: string): Finding[] {
  // A template's message is published text, so what is left to write there counts too.
  return [...withoutCode(text, { keepTemplates: true }).matchAll(LEFTOVER)].map((match) => ({
    rule: 'unfinished',
    line: lineAt(text, match.index),
    message: `"${match[0]}" marks text that still has to be written`,
    hint: 'replace it with the real text',
  }));
}

/**
 * An entry that names the project of a public case states a fact about a public incident, so it
 * must link a published source (an https link of its own).
 */
export function incidentSources(text: string, projects: readonly string[]): Finding[] {
  if (externalLinks(text).length > 0) return [];
  const prose = withoutCode(text.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => frontmatter.replace(/[^\n]/g, ' ')));
  for (const project of projects) {
    const match = new RegExp(`(?<![\\w.-])${project.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).exec(prose);
    if (match) {
      return [
        {
          rule: 'incident-source',
          line: lineAt(prose, match.index),
          message: `this entry mentions ${project}, a public incident, but links no source`,
          hint: 'add a link to where the facts were published, e.g. the source listed on the case page',
        },
      ];
    }
  }
  return [];
}
