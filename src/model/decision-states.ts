/**
 * The decision tree as pages that work without JavaScript. A page is a state: a node and what the
 * answers so far established (the source's limit, who is involved, what it is about, a leak).
 * Paths that establish the same facts share a page, so a path's address is the state it reached.
 */
import { isoDate } from '../lib/dates.ts';
import {
  applyFacts,
  capOf,
  limitOf,
  enumeratePaths,
  nextOf,
  partLabel,
  partsOn,
  type DecisionTree,
  type Facts,
  type Condition,
  type Outcome,
  type Part,
  type Question,
  type TemplateLabels,
  templateLabelFor,
  INVOLVED_WORDS,
  NO_FACTS,
} from './decision-tree.ts';
import type { TlpLabel } from '../lib/tlp.ts';
import { audienceLabel, type OutcomeAudience } from '../lib/vocabulary.ts';

const LIMIT_SLUGS: Record<NonNullable<Facts['sourceLimit']>, string> = {
  'TLP:RED': 'red',
  'TLP:AMBER+STRICT': 'amber-strict',
  'TLP:AMBER': 'amber',
  'TLP:GREEN': 'green',
  'TLP:CLEAR': 'clear',
  none: 'no-limit',
};

/** A short, readable name for a set of facts, used in the page's address. Empty for no facts. */
export function stateKey(facts: Facts): string {
  return [
    facts.about,
    facts.sourceLimit
      ? `${LIMIT_SLUGS[facts.sourceLimit]}${facts.limitFrom ? `-by-${facts.limitFrom}` : ''}`
      : undefined,
    facts.agreed ? `agreed-${facts.agreed}` : undefined,
    facts.involved.length ? `involved-${[...facts.involved].sort().join('-')}` : undefined,
    facts.leaked ? 'leaked' : undefined,
  ]
    .filter(Boolean)
    .join('--');
}

/** The site-relative address of a node in a state; the start with no facts is the framework's own page. */
export function statePath(base: string, start: string, nodeId: string, facts: Facts): string {
  const key = stateKey(facts);
  if (nodeId === start && !key) return base;
  return `${base}${nodeId}/${key || 'start'}/`;
}

export interface QuestionState {
  kind: 'question';
  question: Question;
  facts: Facts;
  path: string;
  answers: { id: string; answer: string; path: string }[];
}

export interface OutcomeState {
  kind: 'outcome';
  outcome: Outcome;
  facts: Facts;
  path: string;
}

export type State = QuestionState | OutcomeState;

/** Every page of the framework: each node in each state that some path reaches, each once. */
export function enumerateStates(tree: DecisionTree, base: string): State[] {
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  const states = new Map<string, State>();
  const pathOf = (id: string, facts: Facts) => statePath(base, tree.start, id, facts);
  const visit = (id: string, facts: Facts) => {
    const path = pathOf(id, facts);
    if (states.has(path)) return;
    const outcome = outcomes.get(id);
    if (outcome) {
      states.set(path, { kind: 'outcome', outcome, facts, path });
      return;
    }
    const question = questions.get(id);
    if (!question) return;
    const answers = question.options.map((option) => {
      const after = applyFacts(facts, option.sets);
      const next = nextOf(option, after);
      return { id: option.id, answer: option.answer, path: pathOf(next, after), next, after };
    });
    states.set(path, {
      kind: 'question',
      question,
      facts,
      path,
      answers: answers.map(({ id: answerId, answer, path: to }) => ({ id: answerId, answer, path: to })),
    });
    for (const answer of answers) visit(answer.next, answer.after);
  };
  visit(tree.start, NO_FACTS);
  return [...states.values()];
}

const ABOUT_WORDS: Record<NonNullable<Facts['about']>, string> = {
  conduct: 'It is a report or complaint about someone’s behaviour.',
  absence: 'It is about a person’s health, absence or private life.',
  other: 'It is about an attack, a risk, a dispute or a change in the project.',
  'our-leak': 'Your own group’s private discussions leaked.',
  'trusted-leak': 'What someone told you in confidence leaked.',
  'public-accusation': 'A public accusation names someone.',
  'public-exposure': 'Something public exposes a person.',
  agreement: 'A sponsor, employer or company gave it to you under a confidentiality agreement.',
  'moderation-decision': 'It is a decision your project made about someone’s conduct.',
};

const AGREED_WORDS: Record<NonNullable<Facts['agreed']>, string> = {
  'one-group': 'The source and the person at risk agreed that one more group may hear it, and no one else.',
  public: 'The source and the person at risk agreed to a public statement.',
};

const LIMIT_WORDS: Record<NonNullable<Facts['sourceLimit']>, string> = {
  'TLP:RED': 'TLP:RED',
  'TLP:AMBER+STRICT': 'TLP:AMBER+STRICT',
  'TLP:AMBER': 'TLP:AMBER',
  'TLP:GREEN': 'TLP:GREEN',
  'TLP:CLEAR': 'TLP:CLEAR',
  none: 'no limit',
};

/** A condition on the reader's path, in words: "it is about: …, and the source set TLP:AMBER". */
export function conditionWords(condition: Condition): string {
  const clauses: string[] = [];
  if (condition.about)
    clauses.push(
      `it is about: ${condition.about.map((kind) => ABOUT_WORDS[kind].replace(/\.$/, '').toLowerCase()).join(' or ')}`,
    );
  if (condition.sourceLimit)
    clauses.push(`the source set ${condition.sourceLimit.map((limit) => LIMIT_WORDS[limit]).join(' or ')}`);
  if (condition.involved)
    clauses.push(`${condition.involved.map((role) => INVOLVED_WORDS[role]).join(' or ')} is involved`);
  if (condition.leaked !== undefined) clauses.push(condition.leaked ? 'it leaked' : 'it did not leak');
  if (condition.agreed)
    clauses.push(
      `they agreed to ${condition.agreed.map((agreed) => (agreed === 'public' ? 'a public statement' : 'one group')).join(' or ')}`,
    );
  return clauses.join(', and ');
}

/** When an outcome's part applies, in words, for the outcome's general page. */
export function partCondition(part: Pick<Part, 'when' | 'unless'>): string | undefined {
  const sentences = [
    part.when ? `Only when ${conditionWords(part.when)}.` : '',
    part.unless ? `Left out when ${conditionWords(part.unless)}.` : '',
  ].filter(Boolean);
  return sentences.length ? sentences.join(' ') : undefined;
}

/** What the reader has told the framework so far, in plain sentences. */
export function factSentences(facts: Facts): string[] {
  const sentences: string[] = [];
  if (facts.about) sentences.push(ABOUT_WORDS[facts.about]);
  if (facts.leaked) sentences.push('It became public through a leak.');
  const limit = limitOf(facts);
  if (limit && facts.limitFrom === 'default')
    sentences.push(`The source set no label. This guide treats it as ${limit} until the source says otherwise.`);
  else if (limit && facts.limitFrom === 'agreement') sentences.push(`The agreement sets the limit: ${limit}.`);
  else if (limit) sentences.push(`The source set a limit: ${limit}.`);
  else if (facts.sourceLimit) sentences.push('Nothing the source said limits who may hear it.');
  if (facts.agreed) sentences.push(AGREED_WORDS[facts.agreed]);
  const involved = facts.involved.map((role) => INVOLVED_WORDS[role]);
  if (involved.length) sentences.push(`Involved: ${involved.join(', ')}.`);
  return sentences;
}

/** Why some people are left out of an outcome on this path. */
export function leftOutSentences(facts: Facts): string[] {
  const sentences: string[] = [];
  const cap = capOf(facts);
  const whose = facts.limitFrom === 'agreement' ? 'the limit the agreement sets' : 'the limit the source set';
  if (cap && facts.agreed === 'one-group') {
    sentences.push(
      `Nothing here goes outside what ${cap} allows, ${whose}, except to the one group they agreed to. The only other way past it is to ask the source.`,
    );
  } else if (cap) {
    sentences.push(
      `Nothing here goes outside what ${cap} allows, ${whose}. The only way past it is to ask the source.`,
    );
  } else if (facts.agreed === 'public') {
    sentences.push('Only the words the person at risk and the source agreed to go public.');
  }
  for (const role of facts.involved) {
    sentences.push(
      role === 'accused'
        ? 'The person the report is about hears nothing outside your process, and is never asked for consent: asking would warn them.'
        : `Left out: ${INVOLVED_WORDS[role]}, and any group they sit on, because you said they are involved.`,
    );
  }
  return sentences;
}

export interface ResolvedPart {
  label: TlpLabel;
  audiences: { id: OutcomeAudience; label: string }[];
  what: string;
  templates: { id: string; label: TlpLabel }[];
}

/** An outcome's parts as they apply on a path: conditions applied, labels and templates' labels resolved. */
export function resolveParts(
  outcome: Outcome,
  facts: Facts,
  templates: ReadonlyMap<string, TemplateLabels>,
): ResolvedPart[] {
  return partsOn(outcome, facts).map((part: Part) => {
    const label = partLabel(part, facts);
    return {
      label,
      audiences: part.audiences.map((id) => ({ id, label: audienceLabel(id) })),
      what: part.what,
      templates: part.templates.map((ref) => ({
        id: ref.id,
        label: templateLabelFor(templates.get(ref.id) ?? {}, label) ?? label,
      })),
    };
  });
}

/** The outcome as plain text to paste into a chat or an email: every part with its label. */
export function outcomeText(
  outcome: Pick<Outcome, 'title' | 'timing' | 'rationale' | 'tradeoff'>,
  parts: readonly ResolvedPart[],
  notes: readonly string[],
  /** The page's full address; none in a build that does not know the site's address. */
  pageUrl: string | undefined,
): string {
  const lines = [outcome.title, ''];
  parts.forEach((part, index) => {
    lines.push(
      `${index + 1}. ${part.label} to ${part.audiences.map((audience) => audience.label).join(', ')}`,
      `   ${part.what}`,
    );
    if (part.templates.length)
      lines.push(`   Templates: ${part.templates.map((item) => `${item.id} (${item.label})`).join(', ')}`);
  });
  lines.push('', `Timing: ${outcome.timing}`);
  if (outcome.tradeoff) lines.push(`Trade-off: ${outcome.tradeoff}`);
  if (notes.length) lines.push('', ...notes);
  if (pageUrl) lines.push('', `From: ${pageUrl}`);
  return `${lines.join('\n')}\n`;
}

/** The tree as open data: questions, outcomes and every path, for /decide/tree.json. */
export function treeExport(
  tree: DecisionTree,
  templates: ReadonlyMap<string, TemplateLabels>,
  site: string,
): TreeExport {
  return {
    formatVersion: '1.1.0',
    title: tree.title,
    updated: isoDate(tree.updated),
    licence: 'CC0-1.0',
    source: site,
    start: tree.start,
    exits: tree.exits,
    questions: tree.questions.map((question) => ({
      id: question.id,
      question: question.question,
      ...(question.help ? { help: question.help } : {}),
      options: question.options.map((option) => ({
        id: option.id,
        answer: option.answer,
        next: option.next,
        ...(option.instead.length ? { instead: option.instead } : {}),
        ...(option.sets ? { sets: option.sets } : {}),
      })),
    })),
    outcomes: tree.outcomes.map((outcome) => ({
      id: outcome.id,
      title: outcome.title,
      exit: outcome.exit,
      ...(outcome.link ? { link: outcome.link } : {}),
      timing: outcome.timing,
      rationale: outcome.rationale,
      ...(outcome.tradeoff ? { tradeoff: outcome.tradeoff } : {}),
      parts: outcome.parts.map((part) => ({
        label: part.label === 'source' ? null : part.label,
        ...(part.label === 'source' ? { labelFrom: 'source' as const } : {}),
        audiences: part.audiences,
        ...(part.when ? { when: part.when } : {}),
        ...(part.unless ? { unless: part.unless } : {}),
        what: part.what,
        templates: part.templates.map((ref) => {
          const labels = templates.get(ref.id) ?? {};
          return { id: ref.id, label: labels.fixed ?? null, ...(labels.allowed ? { allowed: labels.allowed } : {}) };
        }),
      })),
      norms: outcome.norms.map((ref) => ref.id),
      checklists: outcome.checklists.map((ref) => ref.id),
    })),
    paths: enumeratePaths(tree).map((path) => ({
      answers: path.steps.map((step) => ({ question: step.question.id, option: step.option.id })),
      outcome: path.outcome.id,
      sourceLimit: path.facts.sourceLimit && path.facts.sourceLimit !== 'none' ? path.facts.sourceLimit : null,
      limitFrom: path.facts.limitFrom,
      agreed: path.facts.agreed,
      involved: path.facts.involved,
      codeFlaw: path.facts.codeFlaw,
      leaked: path.facts.leaked,
      about: path.facts.about,
      parts: resolveParts(path.outcome, path.facts, templates).map((part) => ({
        label: part.label,
        audiences: part.audiences.map((audience) => audience.id),
        templates: part.templates,
      })),
    })),
  };
}

export interface TreeExport {
  formatVersion: string;
  title: string;
  updated: string;
  licence: string;
  source: string;
  start: string;
  exits: string[];
  questions: unknown[];
  outcomes: unknown[];
  paths: {
    answers: { question: string; option: string }[];
    outcome: string;
    sourceLimit: TlpLabel | null;
    limitFrom: string | null;
    agreed: string | null;
    involved: string[];
    codeFlaw: boolean;
    leaked: boolean;
    about: string | null;
    parts: { label: TlpLabel; audiences: string[]; templates: { id: string; label: TlpLabel }[] }[];
  }[];
}
