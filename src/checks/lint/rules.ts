/**
 * The content lint's text rules. Each takes text and returns findings with the line to fix and a
 * hint; none needs Astro. The readability and inclusive-language checks live beside them.
 */
import { TLP_LABELS, suggestLabel } from '../../lib/tlp.ts';
import { blankFrontmatter, withoutCode } from '../../lib/markdown.ts';
import { isPlaceholderHost } from '../../lib/text.ts';

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
const PHONE =
  /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4})|(?:\(\d{3}\)\s?\d{3}[\s.-]\d{4})|(?:\b\d{3}[.-]\d{3}[.-]\d{4}\b)/g;

/** E-mail addresses outside the reserved example domains, and phone numbers. */
export function personalData(text: string, ownDomains: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const domain = match[1]!.toLowerCase();
    if (isPlaceholderHost(domain) || ownDomains.includes(domain)) continue;
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

/** A public case as the lint knows it: its id and the project names that point to it. */
export interface CaseNames {
  id: string;
  names: readonly string[];
}

/** The names a case's project field gives, e.g. "Node.js and io.js" gives both, minus names used for other things. */
export function caseNames(id: string, project: string, notCases: readonly string[] = []): CaseNames {
  const names = project.split(/\s+and\s+/).map((name) => name.trim());
  return { id, names: names.filter((name) => !notCases.some((other) => other.startsWith(name))) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An entry that names a public case's project in its text tells part of that story, so it must
 * link the case entry (a link to its page, the PublicCase component, or a reference to its id),
 * where the facts are stated once and sourced.
 */
export function caseLinks(text: string, cases: readonly CaseNames[]): Finding[] {
  const prose = withoutCode(blankFrontmatter(text)).replace(/\]\([^)]*\)/g, (link) => link.replace(/[^\n]/g, ' '));
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { names } of cases) {
    for (const name of names) {
      if (reported.has(name)) continue;
      const match = new RegExp(`(?<![\\w.-])${escape(name)}(?![\\w-])`).exec(prose);
      if (!match) continue;
      const linked = cases.filter((other) => other.names.includes(name)).some((other) => text.includes(other.id));
      if (linked) continue;
      reported.add(name);
      findings.push({
        rule: 'case-link',
        line: lineAt(prose, match.index),
        message: `this entry names ${name}, the project of a public case, but does not link the case`,
        hint: `show the case with <PublicCase id="${cases.find((other) => other.names.includes(name))!.id}" /> and say what you draw from it, or link its page; the case states the facts once, with sources`,
      });
    }
  }
  return findings;
}

/** A role as the lint reads the text for it: the words that name it, and what the TLP model says of it. */
export interface RoleFacts {
  id: string;
  names: readonly string[];
  organization: boolean;
  community: boolean;
  /** Its clients. A group the source may allow by explicit permission is not a client, so a claim that it is one is caught. */
  clients: readonly string[];
}

const NEGATION = /\b(not|never|no|cannot|can't|isn't|aren't|nor|neither|without|unless|only when|only if)\b/i;

/** Where each role is named in a sentence, longest names first so "moderation team" wins over "team". */
function mentions(sentence: string, roles: readonly RoleFacts[]): { role: RoleFacts; index: number; end: number }[] {
  const found: { role: RoleFacts; index: number; end: number }[] = [];
  const names = roles
    .flatMap((role) => role.names.map((name) => ({ role, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken: [number, number][] = [];
  for (const { role, name } of names) {
    for (const match of sentence.matchAll(new RegExp(`\\b${escape(name)}\\b`, 'gi'))) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ role, index: start, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Plain claims about TLP roles that contradict the TLP model: "the foundation is a client of the
 * project", "registered contributors form a TLP:GREEN community", "journalists are an organization".
 * It reads simple statements only ("X is/are a client of Y", "Y's clients are X", "the clients of Y
 * are X", "X is an organization", "X is/forms a community"), and skips sentences with a negation,
 * which often state the rule the other way round. Claims in other words pass unread.
 */
export function roleClaims(text: string, roles: readonly RoleFacts[]): Finding[] {
  const prose = withoutCode(blankFrontmatter(text));
  // A sentence can run over several lines, inside a quote too; a blank line still ends it. Same length, same lines.
  const flat = prose.replace(/\n[ \t]*>?[ \t]*(?=\S)/g, (join) => ' '.repeat(join.length));
  const findings: Finding[] = [];
  for (const match of flat.matchAll(/[^.!?\n]+(?:[.!?]|\n|$)/g)) {
    const sentence = match[0];
    if (NEGATION.test(sentence)) continue;
    const named = mentions(sentence, roles);
    const between = (a: { end: number }, b: { index: number }) => sentence.slice(a.end, b.index);
    const start = match.index + sentence.length - sentence.trimStart().length;
    const report = (message: string, hint: string) =>
      findings.push({ rule: 'tlp-roles', line: lineAt(prose, start), message, hint });
    for (let i = 0; i < named.length; i += 1) {
      const x = named[i]!;
      for (let j = 0; j < named.length; j += 1) {
        if (i === j) continue;
        const y = named[j]!;
        // "X is/are (a/the) client(s) of Y" and "Y's clients are X", "the clients of Y are X".
        const xClientOfY =
          (j > i &&
            /^\s+(?:is|are)\s+(?:also\s+)?(?:a|the|its|their)?\s*clients?\s+of\s+(?:the\s+)?$/i.test(between(x, y))) ||
          (i > j && /^(?:'s|’s)\s+clients\s+(?:are|include)\s+(?:the\s+)?$/i.test(between(y, x))) ||
          (i > j &&
            /clients\s+of\s+(?:the\s+)?$/i.test(sentence.slice(0, y.index)) &&
            /^\s*(?:are|include|,|:)\s+(?:the\s+)?$/i.test(between(y, x)));
        if (xClientOfY && !y.role.clients.includes(x.role.id)) {
          report(
            `this says ${sentence.slice(x.index, x.end)} are clients of ${sentence.slice(y.index, y.end)}, which the TLP model does not`,
            'state clients as content/tlp-model.yaml does, or link /tlp/applying-tlp/ instead of restating it',
          );
        }
      }
      const after = sentence.slice(x.end);
      if (
        /^\s+(?:is|are|counts? as)\s+(?:an?|one|its own|their own)?\s*(?:TLP\s+)?organi[sz]ation\b/i.test(after) &&
        !x.role.organization
      ) {
        report(
          `this calls ${sentence.slice(x.index, x.end)} a TLP organization, which the TLP model does not`,
          'say what content/tlp-model.yaml says of this role, or link /tlp/applying-tlp/',
        );
      }
      if (
        /^\s+(?:is|are|forms?|counts? as|as)\s+(?:an?|one|the)?\s*(?:TLP:GREEN\s+)?community\b/i.test(after) &&
        !x.role.community
      ) {
        report(
          `this makes ${sentence.slice(x.index, x.end)} a TLP:GREEN community, which the TLP model does not`,
          'a space anyone can join is public in practice; say what content/tlp-model.yaml says, or link /tlp/applying-tlp/',
        );
      }
    }
  }
  return findings;
}

/** Words that rank TLP's labels on one scale, and words that name a label in the same sentence. */
const ONE_SCALE =
  /\b(?:most|least)\s+(?:restricted|restrictive|shareable)\b|\bfrom most to least\b|\bone step\b|\bstep (?:up|down)\b/i;
const NAMES_A_LABEL = /\bTLP:|\blabels?\b/;

/**
 * Sentences that read TLP's labels as one scale, such as "the most restricted label" or "lower it
 * one step". The labels limit different circles: TLP:AMBER with TLP:GREEN gives TLP:AMBER+STRICT,
 * not TLP:AMBER, so "strictest" has the meaning the TLP model's rule gives it, and the text links it.
 */
export function labelScale(text: string): Finding[] {
  const prose = withoutCode(blankFrontmatter(text));
  const flat = prose.replace(/\n[ \t]*>?[ \t]*(?=\S)/g, (join) => ' '.repeat(join.length));
  const findings: Finding[] = [];
  for (const match of flat.matchAll(/[^.!?\n]+(?:[.!?]|\n|$)/g)) {
    const sentence = match[0];
    const words = ONE_SCALE.exec(sentence);
    if (!words || !NAMES_A_LABEL.test(sentence)) continue;
    findings.push({
      rule: 'label-scale',
      line: lineAt(prose, match.index + sentence.length - sentence.trimStart().length),
      message: `"${words[0]}" ranks the TLP labels on one scale; they limit different circles, so TLP:AMBER with TLP:GREEN gives TLP:AMBER+STRICT`,
      hint: 'name the labels, or say "the strictest label" and link /tlp/applying-tlp/#rule-notes-keep-the-label, which says what that is',
    });
  }
  return findings;
}

/** A heading's address (its id) comes from its words; one that starts with a digit is not a valid id. */
export function headingIds(text: string): Finding[] {
  return [...withoutCode(text).matchAll(/^#{2,6}[ \t]+(\d[^\n]*)$/gm)].map((match) => ({
    rule: 'heading-id',
    line: lineAt(text, match.index),
    message: `the heading "${match[1]!.trim()}" starts with a digit, so its address on the page is not valid`,
    hint: 'start it with a word, e.g. "Step 1: …" instead of "1. …"',
  }));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** Space between the words of a date, which may break onto a quoted line ("Friday\n> 8 January"). */
const GAP = String.raw`(?:[ \t]*\n[ \t]*>?[ \t]*|[ \t]+)`;
const WEEKDAY_DATE = new RegExp(
  String.raw`\b(${WEEKDAYS.join('|')}),?${GAP}(\d{1,2})${GAP}(${MONTHS.join('|')}),?${GAP}(\d{4})\b`,
  'g',
);

/**
 * A date written with its weekday and year names a day that can be checked, and readers copy
 * examples: "Friday 9 January 2027" is a Saturday. Dates without a year are left alone.
 */
export function weekdayDates(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(WEEKDAY_DATE)) {
    const [, weekday, day, month, year] = match;
    const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month as (typeof MONTHS)[number]), Number(day)));
    if (date.getUTCDate() !== Number(day)) {
      findings.push({
        rule: 'date-weekday',
        line: lineAt(text, match.index),
        message: `${day} ${month} ${year} is not a date`,
        hint: 'write a day that exists in that month',
      });
      continue;
    }
    const actual = WEEKDAYS[date.getUTCDay()]!;
    if (actual === weekday) continue;
    const wanted = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
    // The nearest day that is the weekday written, earlier on a tie.
    const ahead = (wanted - date.getUTCDay() + 7) % 7;
    const shift = ahead <= 3 ? ahead : ahead - 7;
    const nearest = new Date(date.getTime() + shift * 86_400_000);
    findings.push({
      rule: 'date-weekday',
      line: lineAt(text, match.index),
      message: `${day} ${month} ${year} is a ${actual}, not a ${weekday}`,
      hint: `write "${actual} ${day} ${month} ${year}", or "${weekday} ${nearest.getUTCDate()} ${MONTHS[nearest.getUTCMonth()]} ${nearest.getUTCFullYear()}"`,
    });
  }
  return findings;
}
