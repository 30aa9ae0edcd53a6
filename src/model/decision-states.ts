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
  NO_FACTS,
  type Involvable,
} from './decision-tree.ts';
import { t as siteT, type SiteTranslator } from '../i18n/index.ts';
import type { ListType } from '../i18n/translate.ts';
import type { TlpLabel } from '../lib/tlp.ts';
import type { OutcomeAudience } from '../lib/vocabulary.ts';

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

/** The roles an answer can mark as involved, as the reader's words name them. */
const involvedWords = (t: SiteTranslator, roles: readonly Involvable[], type: ListType) =>
  t.list(
    roles.map((role) => t(`involved.${role}`)),
    type,
  );

const limitWords = (t: SiteTranslator, limit: NonNullable<Facts['sourceLimit']>) =>
  limit === 'none' ? t('decide.noLimit') : limit;

/** A condition on the reader's path, in words: "it is about: …, and the source set TLP:AMBER". */
export function conditionWords(condition: Condition, t: SiteTranslator = siteT): string {
  const clauses: string[] = [];
  if (condition.about)
    clauses.push(
      t('decide.condition.about', {
        kinds: t.list(
          condition.about.map((kind) => t(`decide.condition.about.${kind}`)),
          'or',
        ),
      }),
    );
  if (condition.sourceLimit)
    clauses.push(
      t('decide.condition.sourceLimit', {
        limits: t.list(
          condition.sourceLimit.map((limit) => limitWords(t, limit)),
          'or',
        ),
      }),
    );
  if (condition.involved)
    clauses.push(t('decide.condition.involved', { roles: involvedWords(t, condition.involved, 'or') }));
  if (condition.leaked !== undefined)
    clauses.push(condition.leaked ? t('decide.condition.leaked') : t('decide.condition.notLeaked'));
  if (condition.agreed)
    clauses.push(
      t('decide.condition.agreed', {
        agreed: t.list(
          condition.agreed.map((agreed) => t(`decide.condition.agreed.${agreed}`)),
          'or',
        ),
      }),
    );
  return clauses.reduce((before, after) => t('decide.condition.and', { before, after }));
}

/** When an outcome's part applies, in words, for the outcome's general page. */
export function partCondition(part: Pick<Part, 'when' | 'unless'>, t: SiteTranslator = siteT): string | undefined {
  const sentences = [
    part.when ? t('decide.partWhen', { condition: conditionWords(part.when, t) }) : '',
    part.unless ? t('decide.partUnless', { condition: conditionWords(part.unless, t) }) : '',
  ].filter(Boolean);
  return sentences.length ? sentences.join(' ') : undefined;
}

/** What the reader has told the framework so far, in plain sentences. */
export function factSentences(facts: Facts, t: SiteTranslator = siteT): string[] {
  const sentences: string[] = [];
  if (facts.about) sentences.push(t(`decide.fact.about.${facts.about}`));
  if (facts.leaked) sentences.push(t('decide.fact.leaked'));
  const limit = limitOf(facts);
  if (limit && facts.limitFrom === 'default') sentences.push(t('decide.fact.defaultLimit', { limit }));
  else if (limit && facts.limitFrom === 'agreement') sentences.push(t('decide.fact.agreementLimit', { limit }));
  else if (limit) sentences.push(t('decide.fact.sourceLimit', { limit }));
  else if (facts.sourceLimit) sentences.push(t('decide.fact.noLimit'));
  if (facts.agreed) sentences.push(t(`decide.fact.agreed.${facts.agreed}`));
  if (facts.involved.length)
    sentences.push(t('decide.fact.involved', { roles: involvedWords(t, facts.involved, 'unit') }));
  return sentences;
}

/** Why some people are left out of an outcome on this path. */
export function leftOutSentences(facts: Facts, t: SiteTranslator = siteT): string[] {
  const sentences: string[] = [];
  const cap = capOf(facts);
  const whose = facts.limitFrom === 'agreement' ? t('decide.leftOut.agreementLimit') : t('decide.leftOut.sourceLimit');
  if (cap && facts.agreed === 'one-group') sentences.push(t('decide.leftOut.capOneGroup', { cap, whose }));
  else if (cap) sentences.push(t('decide.leftOut.cap', { cap, whose }));
  else if (facts.agreed === 'public') sentences.push(t('decide.leftOut.public'));
  for (const role of facts.involved) {
    sentences.push(
      role === 'accused' ? t('decide.leftOut.accused') : t('decide.leftOut.involved', { role: t(`involved.${role}`) }),
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
  t: SiteTranslator = siteT,
): ResolvedPart[] {
  return partsOn(outcome, facts).map((part: Part) => {
    const label = partLabel(part, facts);
    return {
      label,
      audiences: part.audiences.map((id) => ({ id, label: t(`audience.${id}`) })),
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
  t: SiteTranslator = siteT,
): string {
  const lines = [outcome.title, ''];
  parts.forEach((part, index) => {
    const audiences = t.list(
      part.audiences.map((audience) => audience.label),
      'unit',
    );
    lines.push(t('decide.text.part', { number: index + 1, label: part.label, audiences }), `   ${part.what}`);
    if (part.templates.length) {
      const templates = part.templates.map((item) => t('decide.text.template', { id: item.id, label: item.label }));
      lines.push(`   ${t('decide.text.templates', { templates: t.list(templates, 'unit') })}`);
    }
  });
  lines.push('', t('decide.text.timing', { timing: outcome.timing }));
  if (outcome.tradeoff) lines.push(t('decide.text.tradeoff', { tradeoff: outcome.tradeoff }));
  if (notes.length) lines.push('', ...notes);
  if (pageUrl) lines.push('', t('decide.text.from', { url: pageUrl }));
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
