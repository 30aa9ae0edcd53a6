/**
 * Rules across entries that a schema cannot state. Each rule reads the validated entries and
 * returns the problems it finds; the build stops on any of them.
 */
import type { Root } from 'mdast';
import { COLLECTIONS, COLLECTION_NAMES, isCollectionName, type CollectionName } from '../lib/collections.ts';
import { checklistSections } from '../lib/checklists.ts';
import {
  CASE_SECTIONS,
  CITED_SECTIONS,
  citationsIn,
  factBlocks,
  sectionNames,
  uncitedSentences,
} from '../lib/cases.ts';
import { CONTENT_COMPONENT_NAMES, componentUses } from '../lib/components.ts';
import { caseQuotes, quoteCopies, textBlocks, type TextBlock } from '../lib/case-quotes.ts';
import { nextThreatCode } from './scaffold.ts';
import { SAFETY_RULES, safetyProblems, treeProblems, type DecisionTree } from '../model/decision-tree.ts';
import { parseMdx } from '../lib/markdown.ts';
import { findRefs, keyOf, type EntryKey, type FoundRef } from '../lib/references.ts';
import {
  LABEL_PLACEHOLDER,
  NO_RECIPIENTS,
  RECIPIENTS_RULE,
  WHO_DECIDES,
  grantingPlaceholders,
  labelMentions,
  restrictionTexts,
  scanPlaceholders,
  templateBlocks,
  templateLabels,
} from '../lib/templates.ts';
import { canReceive, modelProblems, roleOf, strictest } from '../model/tlp-model.ts';
import { exposureProblems } from '../model/exposure.ts';
import { yaml11Booleans } from './yaml-portable.ts';
import { AUDIENCES } from '../lib/vocabulary.ts';
import { TLP_LABELS, isTlpLabel } from '../lib/tlp.ts';
import { nearest, shorten } from '../lib/text.ts';
import type { ContentProblem } from './problems.ts';
import type { History } from './history.ts';
import type { ParsedYaml, RawEntry } from './load.ts';
import type { ValidData, ValidEntry } from './types.ts';

export type { ValidEntry } from './types.ts';
import { fieldLine } from './schema-problems.ts';
import { fieldPath } from './problems.ts';
import { reviewStatusSound } from './review-rules.ts';
import { stixIdsSound } from './stix-ids.ts';

/**
 * A rule sees the entries that passed their schema, and every entry read (so that a link to an
 * entry with a schema problem is not also reported as a link to nothing).
 */
export type Rule = (
  entries: readonly ValidEntry[],
  everyEntry: readonly RawEntry[],
  data: ValidData,
  /** Entries whose file exists but could not be read; their own problem is reported already. */
  unreadable: readonly EntryKey[],
  context: RuleContext,
) => ContentProblem[];

/** What a rule may ask beyond the content: the files' history in git. */
export interface RuleContext {
  history: History;
  /** The links written in an entry that failed its schema, as far as their form is right. */
  linksOf: (entry: RawEntry) => FoundRef[];
}

export function of<C extends CollectionName>(entries: readonly ValidEntry[], collection: C): ValidEntry<C>[] {
  return entries.filter((entry): entry is ValidEntry<C> => entry.collection === collection);
}

export function atField(
  entry: ParsedYaml,
  path: (string | number)[],
  problem: Omit<ContentProblem, 'file' | 'line' | 'field'>,
): ContentProblem {
  return {
    file: entry.file,
    line: fieldLine(entry, path),
    field: path.length ? fieldPath(path) : undefined,
    ...problem,
  };
}

function atBodyLine(entry: RawEntry, bodyLine: number, problem: Omit<ContentProblem, 'file' | 'line'>): ContentProblem {
  return { file: entry.file, line: entry.bodyStartLine + bodyLine - 1, ...problem };
}

const parsedBodies = new WeakMap<RawEntry, Root | ContentProblem>();

/** Parses an entry's body once, or returns the problem that stops it from being read. */
function parseBody(entry: RawEntry): Root | ContentProblem {
  const known = parsedBodies.get(entry);
  if (known) return known;
  let result: Root | ContentProblem;
  try {
    result = parseMdx(entry.body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    result = atBodyLine(entry, place.line ?? 1, {
      message: `the text could not be read as MDX: ${place.reason ?? place.message ?? String(error)}`,
      expected: 'Markdown; write { and < as \\{ and \\< when they are meant as text',
      help: 'writing-mdx',
    });
  }
  parsedBodies.set(entry, result);
  return result;
}

const isProblem = (value: Root | ContentProblem): value is ContentProblem => 'message' in value;

export const referencesResolve: Rule = (entries, everyEntry, _data, unreadable, { linksOf }) => {
  const known = new Set([...everyEntry, ...unreadable].map(keyOf));
  const idsOf = (collection: CollectionName) =>
    everyEntry.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  const valid = new Set(entries.map(keyOf));
  // An entry that failed its schema still has its broken links reported, so one slip hides none.
  const linked = [
    ...entries.map((entry) => ({ entry: entry as RawEntry, refs: findRefs(entry.parsed) })),
    ...everyEntry.filter((entry) => !valid.has(keyOf(entry))).map((entry) => ({ entry, refs: linksOf(entry) })),
  ];
  return linked.flatMap(({ entry, refs }) =>
    refs
      .filter((ref) => !known.has(keyOf(ref)))
      .map((ref) => {
        const candidates = idsOf(ref.collection);
        const near = nearest(ref.id, candidates);
        return atField(entry, ref.path, {
          message: `"${ref.id}" is not an entry of ${ref.collection}: the link points at nothing`,
          found: JSON.stringify(ref.id),
          expected: near.length
            ? `the file name (without .${COLLECTIONS[ref.collection].format}) of an entry in content/${ref.collection}/, such as ${near
                .slice(0, 3)
                .map((id) => `"${id}"`)
                .join(' or ')}`
            : `the file name (without .${COLLECTIONS[ref.collection].format}) of an entry in content/${ref.collection}/`,
          help: 'linking-entries',
        });
      }),
  );
};

/**
 * Two threats with one id: ids never change once published, so the one that is not yet published
 * (or, when both are, the one added later) takes the next free id. Which one that is comes from
 * git, never from file names: a copy made to start a new threat can sort before its original.
 */
export const threatCodesUnique: Rule = (entries, _everyEntry, _data, _unreadable, { history }) => {
  const threats = of(entries, 'threats');
  const byCode = new Map<string, ValidEntry<'threats'>[]>();
  for (const entry of threats) byCode.set(entry.parsed.code, [...(byCode.get(entry.parsed.code) ?? []), entry]);
  let next = nextThreatCode(threats.map((entry) => entry.parsed.code));
  const take = () => {
    const code = next;
    next = nextThreatCode([code]);
    return code;
  };
  return [...byCode.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) => {
      const known = group.map((entry) => ({ entry, ...history(entry.file) }));
      const published = known
        .filter((item) => item.published)
        .sort((a, b) => (a.addedAt ?? Infinity) - (b.addedAt ?? Infinity));
      const byDate = [...known].sort((a, b) => a.entry.parsed.updated.getTime() - b.entry.parsed.updated.getTime());
      const keeper =
        published[0] ??
        (byDate[0]!.entry.parsed.updated.getTime() < byDate[1]!.entry.parsed.updated.getTime() ? byDate[0] : undefined);
      if (!keeper) {
        // Nothing tells which file is new: say so once, on one of them, and let the writer decide.
        const [first, ...others] = [...group].sort((a, b) => a.file.localeCompare(b.file));
        const other = others.at(-1)!;
        return [
          atField(other, ['code'], {
            message: `the threat id ${other.parsed.code} is also used by ${[first!, ...others.slice(0, -1)].map((entry) => entry.file).join(' and ')}, and neither git nor the "updated" dates tell which one is already published`,
            expected: `keep the id of the published threat and give the one you added the next free id, ${take()}`,
            help: 'threats',
          }),
        ];
      }
      const why = keeper.published ? 'which is published' : 'which was updated earlier; neither is published yet';
      return known
        .filter((item) => item !== keeper)
        .map(({ entry }) =>
          atField(entry, ['code'], {
            message: `the threat id ${entry.parsed.code} is already used by ${keeper.entry.file}, ${why}`,
            found: entry.parsed.code,
            expected: `the next free id, ${take()}: ids never change once published, so this newer threat takes a new one and ${keeper.entry.file} keeps its own`,
            help: 'threats',
          }),
        );
    });
};

export const templatesMatchPlaceholders: Rule = (entries) =>
  of(entries, 'templates').flatMap((entry): ContentProblem[] => {
    const tree = parseBody(entry);
    // An unreadable body is reported once, by bodiesReadable.
    if (isProblem(tree)) return [];
    const blocks = templateBlocks(tree);
    if (blocks.length !== 1) {
      return [
        atBodyLine(entry, blocks[1]?.line ?? 1, {
          message:
            blocks.length === 0
              ? 'the template has no message block'
              : `the template has ${blocks.length} message blocks; it needs exactly one`,
          expected: 'one fenced block that starts with ```template and holds the message',
          help: 'templates',
        }),
      ];
    }
    const [block] = blocks as [(typeof blocks)[number]];
    // The restriction travels with the message, right after its label, so its placeholders count too.
    const { names, malformed } = scanPlaceholders(
      `${restrictionTexts(entry.parsed.restriction).join('\n')}\n${block.text}`,
    );
    const declared = entry.parsed.placeholders.map((placeholder) => placeholder.name);
    // A document names its own label as {{label}}, which the site fills in from the label chosen.
    const filledBySite = entry.parsed.document ? [LABEL_PLACEHOLDER] : [];
    return [
      ...entry.parsed.placeholders
        .map((placeholder, index) => ({ placeholder, index }))
        .filter(({ placeholder }) => placeholder.kind === 'label' && !isTlpLabel(placeholder.example))
        .map(({ placeholder, index }) =>
          atField(entry, ['placeholders', index, 'example'], {
            message: `the placeholder "${placeholder.name}" takes a TLP label, so its example must be one`,
            found: JSON.stringify(placeholder.example),
            expected: `one of ${TLP_LABELS.join(', ')}, written exactly`,
            help: 'templates',
          }),
        ),
      ...recipientsProblems(entry),
      ...malformed.map((written) =>
        atBodyLine(entry, block.line, {
          message: `${written} in the message is not a placeholder name`,
          expected: 'a name in lower-case letters, digits and underscores, e.g. {{next_update}}',
          help: 'templates',
        }),
      ),
      ...names
        .filter((name) => !declared.includes(name) && !filledBySite.includes(name))
        .map((name) =>
          atField(entry, ['placeholders'], {
            message: `the message uses {{${name}}}, but "placeholders" does not declare it`,
            expected: `an item "- name: ${name}" with a description and an example`,
            help: 'templates',
          }),
        ),
      ...declared
        .map((name, index) => ({ name, index }))
        .filter(({ name }) => !names.includes(name) || filledBySite.includes(name))
        .map(({ name, index }) =>
          atField(entry, ['placeholders', index, 'name'], {
            message: `the placeholder "${name}" is declared but the message never uses {{${name}}}`,
            expected: `{{${name}}} somewhere in the message, or no declaration`,
            help: 'templates',
          }),
        ),
    ];
  });

/**
 * A placeholder through which the restriction lets the recipients tell more people widens the
 * label, which only the source may do. It is declared `kind: recipients`, so the site says that
 * next to it; its description leaves who decides to that rule, and its example is "none".
 */
function recipientsProblems(entry: ValidEntry<'templates'>): ContentProblem[] {
  const granting = grantingPlaceholders(entry.parsed.restriction);
  return entry.parsed.placeholders.flatMap((placeholder, index): ContentProblem[] => {
    const at = (field: string) => ['placeholders', index, field];
    if (placeholder.kind !== 'recipients') {
      return granting.includes(placeholder.name)
        ? [
            atField(entry, at('kind'), {
              message: `the restriction lets the recipients tell the people filled in as {{${placeholder.name}}}, which widens the label; only the source may name them`,
              expected: 'kind: recipients, so the site says next to it that only the source may name anyone',
              help: 'templates',
            }),
          ]
        : [];
    }
    const decides = WHO_DECIDES.exec(placeholder.description);
    return [
      ...(decides
        ? [
            atField(entry, at('description'), {
              message: `the description of "${placeholder.name}" speaks of who decides ("${decides[0]}"); only the source may widen, and the site says so next to every recipients placeholder`,
              found: JSON.stringify(placeholder.description),
              expected: `what goes here, by role, without who decides; the site adds: "${RECIPIENTS_RULE}"`,
              help: 'templates',
            }),
          ]
        : []),
      ...(placeholder.example === NO_RECIPIENTS
        ? []
        : [
            atField(entry, at('example'), {
              message: `the example of "${placeholder.name}" names people beyond the recipients; until the source agrees, that is no one`,
              found: JSON.stringify(placeholder.example),
              expected: `"${NO_RECIPIENTS}"`,
              help: 'templates',
            }),
          ]),
    ];
  });
}

export const checklistsHaveItems: Rule = (entries) =>
  of(entries, 'checklists').flatMap((entry): ContentProblem[] => {
    const tree = parseBody(entry);
    // An unreadable body is reported once, by bodiesReadable.
    if (isProblem(tree)) return [];
    const sections = checklistSections(tree);
    if (sections.length === 0) {
      return [
        atBodyLine(entry, 1, {
          message: 'the checklist has no items',
          expected: 'a task list: lines that start with "- [ ] "',
          help: 'checklists',
        }),
      ];
    }
    return sections.flatMap((section) =>
      section.items
        .filter((item) => item.checked)
        .map((item) =>
          atBodyLine(entry, item.line, {
            message: `the item "${item.text}" is already ticked`,
            expected: 'every item unticked, written "- [ ] "; readers tick them',
            help: 'checklists',
          }),
        ),
    );
  });

/** The norm that covers information that escaped; a path through a leak must end at an outcome that links it. */
export const ESCAPED_NORM = 'when-information-escapes';

export const decisionTreeSound: Rule = (entries, _everyEntry, data) => {
  const trees = of(entries, 'decisions');
  const extra = trees.slice(1).map((entry) =>
    atField(entry, [], {
      message: `the site publishes one decision tree and ${trees[0]!.file} is it; merge this one into it`,
      help: 'the-decision-tree',
    }),
  );
  return [
    ...extra,
    ...trees.flatMap((entry) => {
      const tree = entry.parsed as DecisionTree;
      const shape = treeProblems(tree);
      // The safety rules walk every path, which needs a sound shape and the TLP model.
      if (shape.length > 0 || !data.tlpModel) {
        return shape.map((problem) =>
          atField(entry, problem.path, { message: problem.message, help: 'the-decision-tree' }),
        );
      }
      const templateEntries = of(entries, 'templates');
      const templates = templateLabels(templateEntries.map((entry) => ({ id: entry.id, labels: entry.parsed })));
      const templateAudiences = new Map(templateEntries.map((entry) => [entry.id, entry.parsed.audiences]));
      const needAgreement = new Set(
        templateEntries.filter((entry) => entry.parsed.needsAgreement).map((entry) => entry.id),
      );
      const context = { model: data.tlpModel, templates, templateAudiences, needAgreement, escapedNorm: ESCAPED_NORM };
      return safetyProblems(tree, context).map((problem) =>
        atField(entry, problem.path, {
          message: `${problem.message}. The rule: ${SAFETY_RULES[problem.rule]}`,
          found: problem.example && `on the path ${problem.example}`,
          fix: problem.fix,
          help: 'the-decision-tree',
        }),
      );
    }),
  ];
};

/** Routes the site builds besides those of entries; a page must not take them. */
export const RESERVED_PAGE_IDS = ['search', '404', 'schemas', 'pagefind', 'handbook', 'changelog'] as const;

export const pageRoutesFree: Rule = (entries) => {
  const taken = new Set<string>([
    ...RESERVED_PAGE_IDS,
    ...COLLECTION_NAMES.map((name) => COLLECTIONS[name].route).filter(Boolean),
  ]);
  return of(entries, 'pages').flatMap((entry): ContentProblem[] => {
    const { section } = entry.parsed;
    if (isCollectionName(entry.id)) {
      return section
        ? [
            atField(entry, ['section'], {
              message: `a page named after the ${entry.id} collection introduces its index and cannot also sit under a section`,
              help: 'pages',
            }),
          ]
        : [];
    }
    if (section) {
      const clash = entries.find((other) => other.collection === section && other.id === entry.id);
      return clash
        ? [
            atField(entry, ['section'], {
              message: `this page would take the address of ${clash.file}`,
              expected: 'another file name for the page',
              help: 'pages',
            }),
          ]
        : [];
    }
    return taken.has(entry.id)
      ? [
          {
            file: entry.file,
            message: `the page address /${entry.id}/ is already used by the site`,
            expected: 'another file name for the page',
            help: 'pages',
          },
        ]
      : [];
  });
};

export const injectsInOrder: Rule = (entries) =>
  of(entries, 'exercises').flatMap((entry) =>
    entry.parsed.injects.flatMap((inject, index, injects) => {
      const previous = injects[index - 1];
      if (inject.at > entry.parsed.duration) {
        return [
          atField(entry, ['injects', index, 'at'], {
            message: `this inject comes at minute ${inject.at}, after the exercise ends at minute ${entry.parsed.duration}`,
            help: 'exercises',
          }),
        ];
      }
      if (previous && inject.at < previous.at) {
        return [
          atField(entry, ['injects', index, 'at'], {
            message: `injects must be in time order; minute ${inject.at} comes after minute ${previous.at}`,
            help: 'exercises',
          }),
        ];
      }
      return [];
    }),
  );

/** The TLP model is there, describes every role once and gives every label its plain words. */
export const tlpModelSound: Rule = (_entries, _everyEntry, data) => {
  if (!data.tlpModel) return [];
  const model = data.tlpModel;
  return modelProblems(model).map((problem) =>
    atField(model.source, problem.path, { message: problem.message, help: 'the-tlp-model' }),
  );
};

/** Every threat's exposure names questions and answers of the exposure check, every question is used, every fix sound. */
export const exposureSound: Rule = (entries, everyEntry, data, unreadable) => {
  if (!data.projectFacts) return [];
  const facts = data.projectFacts;
  const threats = of(entries, 'threats');
  // A threat that failed its schema may be the one that uses a question: say nothing of unused ones then.
  const allThreatsRead = threats.length === everyEntry.filter((entry) => entry.collection === 'threats').length;
  // Every structure file counts, read or not, so a structure with a schema problem is not reported twice.
  const structureIds = everyEntry.filter((entry) => entry.collection === 'structures').map((entry) => entry.id);
  const threatById = new Map(threats.map((entry) => [entry.id, entry]));
  // Fixes name the pages they are drawn from; every file counts, read or not.
  const entryKeys = new Set([...everyEntry, ...unreadable].map(keyOf));
  return exposureProblems(
    facts.facts,
    threats.map((entry) => ({
      id: entry.id,
      exposure: entry.parsed.exposure,
      structures: entry.parsed.structures.map((ref) => ref.id),
    })),
    structureIds,
    allThreatsRead,
    (ref) => entryKeys.has(ref),
  ).map((problem) =>
    atField(problem.threat ? threatById.get(problem.threat)! : facts.source, problem.path, {
      message: problem.message,
      expected: problem.expected,
      help: 'the-exposure-check',
    }),
  );
};

/** Sentences that set a sharing limit; in a labelled message they belong right after the label. */
const RESTRICTION_WORDS =
  /\b(who may see this|(?:please )?(?:do not|don't) (?:share|forward|pass)|keep (?:this|it) (?:to|within|between)|you may (?:share|talk about|pass)|may be shared with|only for (?:you|the))\b/i;

/** Templates follow the TLP model: each audience may receive the label, the label sits with its restriction. */
export const templatesFollowModel: Rule = (entries, _everyEntry, data) =>
  of(entries, 'templates').flatMap((entry): ContentProblem[] => {
    const problems: ContentProblem[] = [];
    const { messageLabel, messageLabels, audiences, toTheSource, sentSeparately } = entry.parsed;
    const labels = messageLabel ? [messageLabel] : (messageLabels?.allowed ?? []);
    const labelField = messageLabel ? 'messageLabel' : 'messageLabels';
    if (data.tlpModel && !toTheSource) {
      // A fixed label must suit every audience; where the writer picks the label, each audience needs one it can receive.
      audiences.forEach((audience, index) => {
        const verdicts = labels.map((label) => ({ label, ...canReceive(data.tlpModel!, audience, label) }));
        const refused = messageLabel || verdicts.every((verdict) => !verdict.ok) ? verdicts.filter((v) => !v.ok) : [];
        for (const verdict of refused) {
          problems.push(
            atField(entry, ['audiences', index], {
              message: `this template's ${verdict.label} message cannot go to ${AUDIENCES.label(audience)}: ${verdict.reason}`,
              expected: `audiences that may receive ${verdict.label} under content/tlp-model.yaml, or another label`,
              help: 'templates',
            }),
          );
        }
      });
      const organizations = audiences.filter((audience) => roleOf(data.tlpModel!, audience).kind === 'organization');
      if (labels.includes('TLP:AMBER+STRICT') && organizations.length > 1 && !sentSeparately) {
        problems.push(
          atField(entry, ['audiences'], {
            message: `a TLP:AMBER+STRICT message goes to one organization; this template lists ${organizations.map((role) => AUDIENCES.label(role)).join(', ')}`,
            expected:
              'one organization, or "sentSeparately: true" with text that has the source send it to each group on its own',
            help: 'templates',
          }),
        );
      }
    }
    const tree = parseBody(entry);
    if (isProblem(tree)) return problems;
    const block = templateBlocks(tree)[0];
    if (block && labels.some((label) => label !== 'TLP:CLEAR')) {
      block.text.split('\n').forEach((line, index) => {
        if (RESTRICTION_WORDS.test(line)) {
          problems.push(
            atBodyLine(entry, block.line + 1 + index, {
              message: 'the message sets its sharing limit inside the text; TLP 2.0 puts it directly after the label',
              found: JSON.stringify(line.trim().slice(0, 80)),
              expected: 'the limit in the "restriction" field, which the site places right after the label',
              help: 'templates',
            }),
          );
        }
      });
    }
    if (messageLabel) {
      const reported = new Set<string>();
      for (const mention of labelMentions(tree, block)) {
        const key = `${mention.line}|${mention.label}`;
        if (mention.label !== messageLabel && !reported.has(key)) {
          reported.add(key);
          problems.push(
            atBodyLine(entry, mention.line, {
              message: `the ${mention.where} names ${mention.label}, but every message from this template carries ${messageLabel}`,
              expected: `${messageLabel} there, or "messageLabels" if the label depends on what the message carries`,
              help: 'templates',
            }),
          );
        }
      }
    } else if (labelField === 'messageLabels' && messageLabels) {
      const strictestAllowed = strictest(messageLabels.allowed);
      if (messageLabels.allowed[0] !== strictestAllowed) {
        problems.push(
          atField(entry, ['messageLabels', 'allowed'], {
            message: `list the strictest label first: the filler starts from it`,
            found: messageLabels.allowed.join(', '),
            expected: `${strictestAllowed} first`,
            help: 'templates',
          }),
        );
      }
    }
    return problems;
  });

const SECTION_ORDER: readonly string[] = Object.values(CASE_SECTIONS);

/** The body line where a sentence starts: the first line, from its paragraph on, holding its opening words. */
function lineOfSentence(body: string, fromLine: number, sentence: string): number {
  const opening = sentence.split(/\s+/).slice(0, 4).join(' ');
  const lines = body.split('\n');
  for (let index = fromLine - 1; index < lines.length; index += 1) {
    if (lines[index]!.replace(/[*_`]/g, '').includes(opening)) return index + 1;
  }
  return fromLine;
}

/** A case states facts only with a citation to one of its own sources, in three fixed sections. */
export const casesCiteSources: Rule = (entries) =>
  of(entries, 'cases').flatMap((entry): ContentProblem[] => {
    const tree = parseBody(entry);
    // An unreadable body is reported once, by bodiesReadable.
    if (isProblem(tree)) return [];
    const ids = entry.parsed.sources.map((item) => item.id);
    const problems: ContentProblem[] = [];
    const sections = sectionNames(tree);
    if (sections.join('\n') !== SECTION_ORDER.join('\n')) {
      problems.push(
        atBodyLine(entry, 1, {
          message: `the text must have exactly the sections ${SECTION_ORDER.map((name) => `"## ${name}"`).join(', ')}, in that order`,
          found: sections.length ? sections.map((name) => `"## ${name}"`).join(', ') : 'no sections',
          expected: 'facts under the first two headings and the analysis under the third; use ### for smaller parts',
          help: 'case-studies',
        }),
      );
    }
    entry.parsed.sources.forEach((item, index) => {
      const clash = ids.indexOf(item.id);
      if (clash !== index) {
        problems.push(
          atField(entry, ['sources', index, 'id'], {
            message: `two sources share the id "${item.id}"`,
            expected: 'a different short name for each source',
            help: 'case-studies',
          }),
        );
      }
    });
    const blocks = factBlocks(tree);
    const unknownMarks = (cites: string[]) => cites.filter((id) => !ids.includes(id));
    for (const block of blocks) {
      for (const id of unknownMarks(block.cites)) {
        problems.push(
          atBodyLine(entry, block.line, {
            message: `the citation [^${id}] does not match the id of any source`,
            expected: `one of ${ids.map((known) => `[^${known}]`).join(', ')}`,
            help: 'case-studies',
          }),
        );
      }
      if (!CITED_SECTIONS.includes(block.section)) continue;
      const fix = `after each fact, the mark of the source that supports it (${ids.map((known) => `[^${known}]`).join(', ') || 'a source listed under "sources"'}), or the sentence moved to "${CASE_SECTIONS.analysis}" if it is your own reading`;
      if (block.cites.length === 0) {
        problems.push(
          atBodyLine(entry, block.line, {
            message: `this paragraph under "${block.section}" states facts without a citation`,
            found: JSON.stringify(shorten(block.text, 70)),
            expected: fix,
            help: 'case-studies',
          }),
        );
        continue;
      }
      for (const sentence of uncitedSentences(block.prose)) {
        problems.push(
          atBodyLine(entry, lineOfSentence(entry.body, block.line, sentence), {
            message: `this sentence under "${block.section}" states a fact without a citation; a mark elsewhere in the paragraph does not cover it`,
            found: JSON.stringify(shorten(sentence.replace(/\s+/g, ' '), 70)),
            expected: fix,
            help: 'case-studies',
          }),
        );
      }
    }
    const synopsisMarks = citationsIn(entry.parsed.synopsis);
    for (const id of unknownMarks(synopsisMarks)) {
      problems.push(
        atField(entry, ['synopsis'], {
          message: `the citation [^${id}] does not match the id of any source`,
          expected: `one of ${ids.map((known) => `[^${known}]`).join(', ')}`,
          help: 'case-studies',
        }),
      );
    }
    const cited = new Set([...blocks.flatMap((block) => block.cites), ...synopsisMarks]);
    entry.parsed.sources.forEach((item, index) => {
      if (!cited.has(item.id)) {
        problems.push(
          atField(entry, ['sources', index, 'id'], {
            message: `the source "${item.id}" is never cited`,
            expected: `[^${item.id}] after a fact it supports, or the source removed`,
            help: 'case-studies',
          }),
        );
      }
    });
    return problems;
  });

/** An MDX text may use only the components the site passes to it; any other fails the build obscurely. */
export const componentsKnown: Rule = (entries) =>
  entries.flatMap((entry): ContentProblem[] => {
    if (!/<[A-Z]/.test(entry.body)) return [];
    const tree = parseBody(entry);
    if (isProblem(tree)) return [];
    return componentUses(tree)
      .filter((use) => !(CONTENT_COMPONENT_NAMES as readonly string[]).includes(use.name) && /^[A-Z]/.test(use.name))
      .map((use) =>
        atBodyLine(entry, use.line, {
          message: `<${use.name}> is not a component the site knows`,
          found: `<${use.name}>`,
          expected: `one of ${CONTENT_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')}${nearest(use.name, CONTENT_COMPONENT_NAMES, 1).length ? `; did you mean <${nearest(use.name, CONTENT_COMPONENT_NAMES, 1)[0]}>?` : ''}`,
          help: 'writing-mdx',
        }),
      );
  });

/** `<PublicCase id="…" />` in any entry's text must name a case that exists. */
export const publicCasesExist: Rule = (entries, everyEntry) => {
  const cases = new Set(everyEntry.filter((entry) => entry.collection === 'cases').map((entry) => entry.id));
  return entries.flatMap((entry): ContentProblem[] => {
    if (!entry.body.includes('<PublicCase')) return [];
    const tree = parseBody(entry);
    // An unreadable body is reported once, by bodiesReadable.
    if (isProblem(tree)) return [];
    return componentUses(tree, 'PublicCase').flatMap((use) => {
      const id = use.attributes.id;
      if (typeof id === 'string' && cases.has(id)) return [];
      return [
        atBodyLine(entry, use.line, {
          message:
            typeof id === 'string'
              ? `<PublicCase id="${id}" /> names no case: there is no content/cases/${id}.mdx`
              : '<PublicCase /> needs the id of a case, written id="the-case-file-name"',
          expected: 'the file name of a case in content/cases/, without .mdx',
          help: 'citing-a-case',
        }),
      ];
    });
  });
};

/** The text fields of an entry's YAML, each with its path, for rules that read prose. */
function textFields(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  }
  return [];
}

/**
 * A case's quotations stay in the case: another entry that repeats them re-tells the case without
 * its sources. Other cases are not checked; each quotes its own sources, with citations.
 */
export const caseQuotesStayInCases: Rule = (entries) => {
  const quotes = of(entries, 'cases').flatMap((entry) => {
    const tree = parseBody(entry);
    return isProblem(tree) ? [] : caseQuotes(tree).map((quote) => ({ quote, entry }));
  });
  const caseOf = new Map(quotes.map(({ quote, entry }) => [quote, entry]));
  const allQuotes = [...caseOf.keys()];
  return entries
    .filter((entry) => entry.collection !== 'cases')
    .flatMap((entry): ContentProblem[] => {
      const tree = entry.body.trim() ? parseBody(entry) : undefined;
      // An unreadable body is reported once, by bodiesReadable.
      if (tree && isProblem(tree)) return [];
      // Lines in the file: the fields' lines, then the body's.
      const blocks: TextBlock[] = [
        ...textFields(entry.data)
          // A reference's title is the source's own name, not a quotation of it.
          .filter((field) => field.path[0] !== 'references')
          .map((field) => ({ line: fieldLine(entry, field.path), text: field.text })),
        ...(tree ? textBlocks(tree) : []).map((block) => ({
          line: entry.bodyStartLine + block.line - 1,
          text: block.text,
        })),
      ];
      return quoteCopies(blocks, allQuotes).map((copy) => {
        const source = caseOf.get(copy.quote)!;
        return {
          file: entry.file,
          line: copy.line,
          message: `this repeats a quotation from the case ${source.file} (line ${source.bodyStartLine + copy.quote.line - 1}): "${copy.quote.text}"; a case's quotations and facts stay in the case`,
          found: JSON.stringify(copy.copied),
          expected: `the case shown with <PublicCase id="${source.id}" /> (a threat lists it under "cases"), then one sentence in your own words on what you draw from it`,
          help: 'citing-a-case',
        };
      });
    });
};

/** Every MDX body must be readable, or the build fails on it with a message meant for developers. */
export const bodiesReadable: Rule = (entries) =>
  entries
    .filter((entry) => COLLECTIONS[entry.collection].format === 'mdx')
    .flatMap((entry) => {
      const tree = parseBody(entry);
      return isProblem(tree) ? [tree] : [];
    });

/**
 * Every bare yes, no, on or off is quoted: the site reads YAML 1.2, where they are text, but YAML
 * 1.1 tools such as PyYAML read them as true or false, so the content would change for anyone who
 * reuses it.
 */
export const yamlPortable: Rule = (_entries, everyEntry, data) =>
  [...everyEntry, ...[data.tlpModel?.source, data.projectFacts?.source].filter((file) => file !== undefined)].flatMap(
    (file): ContentProblem[] =>
      yaml11Booleans(file.document).map((scalar) => ({
        file: file.file,
        line: file.yamlStartLine + file.yamlText.slice(0, scalar.offset).split('\n').length - 1,
        field: scalar.path.length ? fieldPath(scalar.path) : undefined,
        message: `the value ${scalar.text}, without quotation marks, is read as ${/^(?:y|yes|on)$/i.test(scalar.text) ? 'true' : 'false'} by tools that read YAML 1.1, such as PyYAML; this site reads it as text`,
        found: scalar.text,
        expected: `"${scalar.text}" in quotation marks`,
        help: 'the-fields-every-entry-has',
      })),
  );

export const RULES: readonly Rule[] = [
  bodiesReadable,
  referencesResolve,
  threatCodesUnique,
  templatesMatchPlaceholders,
  checklistsHaveItems,
  decisionTreeSound,
  pageRoutesFree,
  injectsInOrder,
  tlpModelSound,
  exposureSound,
  templatesFollowModel,
  casesCiteSources,
  publicCasesExist,
  componentsKnown,
  caseQuotesStayInCases,
  yamlPortable,
  (entries, _raw, data) => reviewStatusSound(entries, data),
  stixIdsSound,
];
