/**
 * The disclosure decision tree. Answers establish facts (the label the source set, who is involved,
 * a flaw in code, a leak) that later routes and outcomes must respect. The tree is small enough to
 * walk every path, so the build proves its safety rules on each one: no outcome wider than the
 * source allowed, nothing sent to anyone involved, no template wider than the part it serves.
 */
import type { TlpModel } from '../schemas/tlp-model.ts';
import type { EntryData } from '../schemas/index.ts';
import { TLP_LABELS, type TlpLabel } from '../lib/tlp.ts';
import { canReceive, isWiderThan, reach } from './tlp-model.ts';
import { contentT } from '../i18n/index.ts';
import { AUDIENCES, INVOLVABLE, PROJECT_BODIES, type Audience, type OutcomeAudience } from '../lib/vocabulary.ts';

/** An audience's name in the problems the content check reports, in the content's language. */
const audienceLabel = (audience: OutcomeAudience): string => contentT(`audience.${audience}`);

export type DecisionTree = EntryData<'decisions'>;
export type Question = DecisionTree['questions'][number];
export type Option = Question['options'][number];
export type Outcome = DecisionTree['outcomes'][number];
export type Part = Outcome['parts'][number];
export type Condition = Option['instead'][number]['when'];
export type Involvable = NonNullable<Condition['involved']>[number];
export type SourceLimit = TlpLabel | 'none';
export type Situation = NonNullable<Condition['about']>[number];
type Sets = NonNullable<Option['sets']>;
export type LimitOrigin = NonNullable<Sets['limitFrom']>;
export type Agreement = NonNullable<Sets['agreed']>;

export type TreeNode =
  { kind: 'question'; node: Question; index: number } | { kind: 'outcome'; node: Outcome; index: number };

export interface TreeProblem {
  message: string;
  /** Field path inside the tree's file, to point at the right line. */
  path: (string | number)[];
}

export function indexTree(tree: Pick<DecisionTree, 'questions' | 'outcomes'>): Map<string, TreeNode> {
  const nodes = new Map<string, TreeNode>();
  tree.questions.forEach((node, index) => nodes.set(node.id, { kind: 'question', node, index }));
  tree.outcomes.forEach((node, index) => nodes.set(node.id, { kind: 'outcome', node, index }));
  return nodes;
}

/** What the answers so far have established. */
export interface Facts {
  about: Situation | null;
  sourceLimit: SourceLimit | null;
  /** Set when the limit is not the source's own label: this guide's default, or an agreement. */
  limitFrom: LimitOrigin | null;
  /** What the source and the person at risk explicitly agreed to beyond the limit. */
  agreed: Agreement | null;
  involved: Involvable[];
  codeFlaw: boolean;
  leaked: boolean;
}

export const NO_FACTS: Facts = {
  about: null,
  sourceLimit: null,
  limitFrom: null,
  agreed: null,
  involved: [],
  codeFlaw: false,
  leaked: false,
};

export function applyFacts(facts: Facts, sets: Option['sets']): Facts {
  if (!sets) return facts;
  const newLimit = sets.sourceLimit !== undefined;
  return {
    about: sets.about ?? facts.about,
    sourceLimit: sets.sourceLimit ?? facts.sourceLimit,
    limitFrom: newLimit ? (sets.limitFrom ?? null) : (sets.limitFrom ?? facts.limitFrom),
    agreed: sets.agreed ?? facts.agreed,
    involved: [...new Set([...facts.involved, ...(sets.involved ?? [])])],
    codeFlaw: facts.codeFlaw || sets.codeFlaw === true,
    leaked: facts.leaked || sets.leaked === true,
  };
}

export function holds(condition: Condition, facts: Facts): boolean {
  if (condition.about && (!facts.about || !condition.about.includes(facts.about))) return false;
  if (condition.sourceLimit && !condition.sourceLimit.includes(facts.sourceLimit ?? 'none')) return false;
  if (condition.involved && !condition.involved.some((role) => facts.involved.includes(role))) return false;
  if (condition.leaked !== undefined && condition.leaked !== facts.leaked) return false;
  if (condition.agreed && (!facts.agreed || !condition.agreed.includes(facts.agreed))) return false;
  return true;
}

/** Where an answer leads, given what is known once it is given. */
export function nextOf(option: Option, facts: Facts): string {
  return option.instead.find((route) => holds(route.when, facts))?.next ?? option.next;
}

/** The parts of an outcome that apply on a path with these facts. */
export function partsOn(outcome: Outcome, facts: Facts): Part[] {
  return outcome.parts.filter(
    (part) => (!part.when || holds(part.when, facts)) && (!part.unless || !holds(part.unless, facts)),
  );
}

/** The label the source set (or that stands in for it), whatever they later agreed to; undefined for none. */
export function limitOf(facts: Facts): TlpLabel | undefined {
  return facts.sourceLimit && facts.sourceLimit !== 'none' && facts.sourceLimit !== 'TLP:CLEAR'
    ? facts.sourceLimit
    : undefined;
}

/**
 * The limit every part must keep, or undefined when nothing limits sharing. Agreement to a public
 * statement lifts it for the words agreed; agreement to one group adds that group only (see
 * audiencesWithin), so the limit stays.
 */
export function capOf(facts: Facts): TlpLabel | undefined {
  return facts.agreed === 'public' ? undefined : limitOf(facts);
}

/** A part's label on a path: "source" is the label the source set (TLP:RED if none was set). */
export function partLabel(part: Part, facts: Facts): TlpLabel {
  return part.label === 'source' ? (limitOf(facts) ?? 'TLP:RED') : part.label;
}

export interface Step {
  question: Question;
  option: Option;
}

/** One complete walk from the first question to an outcome, with what it established. */
export interface TreePath {
  steps: Step[];
  outcome: Outcome;
  facts: Facts;
}

/**
 * Every path from the start to an outcome. Stops at unknown ids and loops (treeProblems reports
 * those), so it always ends.
 */
export function enumeratePaths(tree: Pick<DecisionTree, 'start' | 'questions' | 'outcomes'>): TreePath[] {
  const nodes = indexTree(tree);
  const paths: TreePath[] = [];
  const walk = (id: string, steps: Step[], facts: Facts, onPath: Set<string>) => {
    const entry = nodes.get(id);
    if (!entry || onPath.has(id)) return;
    if (entry.kind === 'outcome') {
      paths.push({ steps, outcome: entry.node, facts });
      return;
    }
    const inner = new Set(onPath).add(id);
    for (const option of entry.node.options) {
      const after = applyFacts(facts, option.sets);
      walk(nextOf(option, after), [...steps, { question: entry.node, option }], after, inner);
    }
  };
  walk(tree.start, [], NO_FACTS, new Set());
  return paths;
}

function nodePath(entry: TreeNode): (string | number)[] {
  return [entry.kind === 'question' ? 'questions' : 'outcomes', entry.index, 'id'];
}

const targetsOf = (option: Option) => [option.next, ...option.instead.map((route) => route.next)];

/** The tree's shape: unique ids, every answer leads somewhere, every node reachable, no loops. */
export function treeProblems(tree: DecisionTree): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  for (const [kind, list] of [
    ['questions', tree.questions],
    ['outcomes', tree.outcomes],
  ] as const) {
    list.forEach((node, index) => {
      if (seen.has(node.id)) {
        problems.push({
          message: `two nodes share the id "${node.id}"; every question and outcome needs its own`,
          path: [kind, index, 'id'],
        });
      }
      seen.add(node.id);
    });
  }
  const nodes = indexTree(tree);

  if (nodes.get(tree.start)?.kind !== 'question') {
    problems.push({
      message: `the tree starts at "${tree.start}", which is not the id of a question`,
      path: ['start'],
    });
    return problems;
  }

  tree.questions.forEach((question, q) => {
    const optionIds = new Set<string>();
    question.options.forEach((option, o) => {
      if (optionIds.has(option.id)) {
        problems.push({
          message: `two answers to "${question.question}" share the id "${option.id}"`,
          path: ['questions', q, 'options', o, 'id'],
        });
      }
      optionIds.add(option.id);
      const where = (index: number) =>
        index === 0
          ? ['questions', q, 'options', o, 'next']
          : ['questions', q, 'options', o, 'instead', index - 1, 'next'];
      targetsOf(option).forEach((target, index) => {
        if (!nodes.has(target)) {
          problems.push({
            message: `the answer "${option.answer}" to "${question.question}" leads nowhere: no question or outcome has the id "${target}"`,
            path: where(index),
          });
        }
      });
    });
  });

  for (const [field, ids] of [
    ['exits', tree.exits],
    ['codeFlawExit', [tree.codeFlawExit]],
  ] as const) {
    ids.forEach((id, index) => {
      const node = nodes.get(id);
      if (node?.kind !== 'outcome' || !node.node.exit) {
        problems.push({
          message: `"${id}" is not an outcome marked exit: true`,
          path: field === 'exits' ? ['exits', index] : ['codeFlawExit'],
        });
      }
    });
  }

  // Depth-first from the start over every route: grey nodes are on the current path, so meeting one again is a loop.
  const state = new Map<string, 'grey' | 'black'>();
  const reportedLoops = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    const entry = nodes.get(id);
    if (!entry) return;
    if (state.get(id) === 'grey') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      if (!reportedLoops.has(id)) {
        reportedLoops.add(id);
        problems.push({ message: `the answers loop back on themselves: ${loop.join(' → ')}`, path: nodePath(entry) });
      }
      return;
    }
    if (state.get(id) === 'black') return;
    state.set(id, 'grey');
    if (entry.kind === 'question') {
      for (const option of entry.node.options) for (const target of targetsOf(option)) visit(target, [...trail, id]);
    }
    state.set(id, 'black');
  };
  visit(tree.start, []);
  for (const id of tree.exits) state.set(id, 'black');

  // A link to an id that does not exist usually means a typo for a node that now looks unreachable:
  // report the link only, once, rather than both.
  const dangling = problems.some((problem) => problem.message.includes('leads nowhere'));
  for (const entry of nodes.values()) {
    if (!dangling && !state.has(entry.node.id)) {
      const what = entry.kind === 'question' ? 'question' : 'outcome';
      problems.push({
        message: `the ${what} "${entry.node.id}" cannot be reached: no answer leads to it`,
        path: nodePath(entry),
      });
    }
  }
  return problems;
}

/**
 * Audiences a reader may still address under the source's limit, besides asking the source. Each
 * label keeps its own circle: under TLP:GREEN the named community, which need not hold the groups
 * your group serves; under TLP:AMBER your group and those it serves. When the source and the
 * person at risk agreed to one group, that group is added, and so are the people who gave the
 * agreement, who already know.
 */
export function audiencesWithin(cap: TlpLabel, agreed: Agreement | null = null): readonly OutcomeAudience[] {
  const base: Record<TlpLabel, readonly OutcomeAudience[]> = {
    'TLP:RED': ['source', 'already-told'],
    'TLP:AMBER+STRICT': ['source', 'already-told', 'own-team'],
    'TLP:AMBER': ['source', 'already-told', 'own-team', 'own-clients'],
    'TLP:GREEN': ['source', 'already-told', 'own-team', 'source-community'],
    'TLP:CLEAR': ['source', 'already-told', 'own-team', 'own-clients', 'source-community'],
  };
  return agreed === 'one-group' ? [...base[cap], 'agreed-group', 'reporter', 'affected'] : base[cap];
}

/** The people a matter is about: they hear it privately before anything public. */
const PEOPLE_CONCERNED: readonly OutcomeAudience[] = ['reporter', 'affected', 'accused'];

/** Relative audiences whose members the tree cannot know: they may include anyone involved. */
const UNKNOWN_GROUPS: readonly OutcomeAudience[] = ['agreed-group', 'source-community', 'own-clients'];

/** Labels a relative audience can receive. */
export const RELATIVE_RECEIVES: Partial<Record<OutcomeAudience, readonly TlpLabel[]>> = {
  'own-team': TLP_LABELS,
  'own-clients': ['TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR'],
  source: TLP_LABELS,
  'already-told': TLP_LABELS,
  'source-community': ['TLP:GREEN', 'TLP:CLEAR'],
  'agreed-group': ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:CLEAR'],
};

/** A template's label where an outcome part recommends it: its fixed label, or the part's if it may carry that. */
export interface TemplateLabels {
  fixed?: TlpLabel;
  allowed?: readonly TlpLabel[];
}

export function templateLabelFor(template: TemplateLabels, partLabel: TlpLabel): TlpLabel | undefined {
  if (template.fixed) return template.fixed;
  return template.allowed?.includes(partLabel) ? partLabel : undefined;
}

/** The safety rules every path must keep, in the words the build uses when one is broken. */
export const SAFETY_RULES = {
  'source-limit':
    'no outcome may advise sharing outside the circle the source’s label allows, and labels are not one scale (TLP:AMBER is not inside TLP:GREEN); the way past it is to ask the source',
  'source-label':
    'a message back to the source carries the label the source set, or TLP:RED, which is the label for one person',
  involved: 'nothing may be sent to anyone the answers marked as involved, or to a group they may sit on',
  'involvement-choices':
    'every role the tree can mark as involved can be marked on its own, so that no reader has to pick an answer that describes another situation',
  'agreed-group':
    'a part for the group the person at risk agreed to needs an answer on the path that says they agreed to one group',
  accused:
    'the person a report is about hears only a decision about them, privately, on a path where the decision has been made',
  'people-first': 'the people a matter is about hear it privately before anything is said in public',
  receive: 'every audience must be able to receive its part’s label under the TLP model',
  'template-label': 'a template must carry the same label as the part of the outcome it serves',
  'template-audience': 'a template must be meant for someone the answers did not mark as involved',
  'template-agreement':
    'a template that speaks about a person with their agreement is recommended only where an answer says they agreed to a public statement',
  'code-flaw': 'a flaw in code always ends at the vulnerability disclosure exit',
  leak: 'information that escaped by a leak ends at an outcome that follows the norm on escaped information',
  'no-parts': 'every outcome that is not an exit says who hears what',
} as const;

export interface PathProblem {
  rule: keyof typeof SAFETY_RULES;
  message: string;
  /** What to change in the tree's file, in plain words with the YAML to write. */
  fix: string;
  /** Field path inside the tree's file of what breaks the rule. */
  path: (string | number)[];
}

/** The answers of a path in words, to name it in a message. */
export function describePath(path: TreePath): string {
  return path.steps.map((step) => `"${step.option.answer}"`).join(' → ') || '(the first question)';
}

export interface SafetyContext {
  model: TlpModel;
  /** Each template's label, by template id. */
  templates: ReadonlyMap<string, TemplateLabels>;
  /** Whom each template is written for (its `audiences`), by template id. */
  templateAudiences: ReadonlyMap<string, readonly Audience[]>;
  /** Templates that speak about a person and may go out only with their agreement (`needsAgreement`). */
  needAgreement: ReadonlySet<string>;
  /** The norm that handles information that escaped; paths through a leak must end at an outcome that links it. */
  escapedNorm: string;
}

/** The safety rules on one path. */
export function pathProblems(tree: DecisionTree, path: TreePath, context: SafetyContext): PathProblem[] {
  const problems: PathProblem[] = [];
  const { outcome, facts } = path;
  const outcomeIndex = tree.outcomes.indexOf(outcome);
  const at = (...rest: (string | number)[]) => ['outcomes', outcomeIndex, ...rest];
  const cap = capOf(facts);

  if (facts.codeFlaw && outcome.id !== tree.codeFlawExit) {
    // The mistake is where the answer that said "a flaw in code" leads, not in each outcome after it.
    const step = path.steps.find((each) => each.option.sets?.codeFlaw);
    const question = step ? tree.questions.indexOf(step.question) : -1;
    const option = step ? step.question.options.indexOf(step.option) : -1;
    problems.push({
      rule: 'code-flaw',
      message: `the answer "${step?.option.answer}" says it is a flaw in code, but leads on instead of to the code-flaw exit "${tree.codeFlawExit}"`,
      fix: `make that answer lead straight to the exit: next: ${tree.codeFlawExit}`,
      path: question >= 0 ? ['questions', question, 'options', option, 'next'] : at('id'),
    });
  }
  if (facts.leaked && !outcome.exit && !outcome.norms.some((norm) => norm.id === context.escapedNorm)) {
    problems.push({
      rule: 'leak',
      message: `a path that said the information escaped by a leak ends at "${outcome.id}", which does not link the norm "${context.escapedNorm}"`,
      fix: `add ${context.escapedNorm} to the norms of "${outcome.id}", or route leaks to an outcome that has it`,
      path: at('norms'),
    });
  }
  const active = partsOn(outcome, facts);
  const firstPublic = active.findIndex((part) => partLabel(part, facts) === 'TLP:CLEAR');
  if (!outcome.exit && active.length === 0) {
    problems.push({
      rule: 'no-parts',
      message: `the outcome "${outcome.id}" says nothing about who hears what on this path: every part is left out`,
      fix: 'add a part that applies on this path, or loosen the when/unless conditions of one that should',
      path: at('parts'),
    });
  }

  outcome.parts.forEach((part, index) => {
    if (!active.includes(part)) return;
    const label = partLabel(part, facts);
    const name = `part ${index + 1} of "${outcome.id}" (${label} to ${part.audiences.map(audienceLabel).join(', ')})`;
    const onlyToSource = part.audiences.every((audience) => audience === 'source');

    // TLP:RED is never wider than the source's label, and it is the label a person outside any group can use.
    if (cap && onlyToSource && part.label !== 'source' && label !== cap && label !== 'TLP:RED') {
      problems.push({
        rule: 'source-label',
        message: `${name} goes back to the source, so it must carry the source's label ${cap}`,
        fix: 'write label: source on this part, so it always carries whatever label the source set',
        path: at('parts', index, 'label'),
      });
    }
    if (cap && !onlyToSource) {
      const within = audiencesWithin(cap, facts.agreed);
      const outside = part.audiences.filter((audience) => !within.includes(audience));
      if (isWiderThan(label, cap) || outside.length > 0) {
        const reasons = [
          isWiderThan(label, cap) ? `its label ${label} lets it reach people that ${cap} does not allow` : '',
          outside.length > 0
            ? `it reaches ${outside.map(audienceLabel).join(', ')}, while ${cap} reaches only ${within.map(audienceLabel).join(', ')}`
            : '',
        ].filter(Boolean);
        problems.push({
          rule: 'source-limit',
          message: `${name} goes beyond the limit the source set, ${cap}: ${reasons.join('; ')}`,
          fix: `give this part ${cap} (or label: source) and only audiences ${cap} reaches; or leave it out on such paths with unless: { sourceLimit: [${cap}] }; or send the reader to ask the source first`,
          path: at('parts', index, isWiderThan(label, cap) ? 'label' : 'audiences'),
        });
      }
    }

    if (part.audiences.includes('agreed-group') && facts.agreed !== 'one-group') {
      problems.push({
        rule: 'agreed-group',
        message: `${name} goes to the group the person at risk agreed to, but no answer on this path says they agreed to one`,
        fix: 'add when: { agreed: [one-group] } to this part, or take agreed-group out of its audiences',
        path: at('parts', index, 'audiences', part.audiences.indexOf('agreed-group')),
      });
    }
    if (part.audiences.includes('accused') && (facts.about !== 'moderation-decision' || label !== 'TLP:RED')) {
      problems.push({
        rule: 'accused',
        message:
          facts.about === 'moderation-decision'
            ? `${name} tells the person the decision is about under ${label}; tell them privately, under TLP:RED`
            : `${name} goes to the person the report is about, on a path where no decision has been made`,
        fix:
          facts.about === 'moderation-decision'
            ? 'give this part label: TLP:RED, with the person accused as its only audience'
            : 'take accused out of this part’s audiences; the person hears only a decision, from an outcome for announcing it',
        path: at('parts', index, facts.about === 'moderation-decision' ? 'label' : 'audiences'),
      });
    }
    const private_ = label !== 'TLP:CLEAR';
    const aboutThem = part.audiences.filter((audience) => PEOPLE_CONCERNED.includes(audience));
    if (private_ && aboutThem.length > 0 && firstPublic >= 0 && active.indexOf(part) > firstPublic) {
      problems.push({
        rule: 'people-first',
        message: `${name} tells ${aboutThem.map(audienceLabel).join(', ')} after the public part ${outcome.parts.indexOf(active[firstPublic]!) + 1}`,
        fix: `move this part above part ${outcome.parts.indexOf(active[firstPublic]!) + 1} in the outcome's list of parts`,
        path: at('parts', index),
      });
    }

    // A public part reaches everyone, the involved included; what it may say is the outcome's text.
    const reached = label === 'TLP:CLEAR' ? new Set<OutcomeAudience>() : reach(context.model, part.audiences, label);
    const unknownGroups = part.audiences.filter((audience) => UNKNOWN_GROUPS.includes(audience));
    const involved = facts.involved.filter(
      (role) => reached.has(role) || (role !== 'accused' && unknownGroups.length > 0 && label !== 'TLP:CLEAR'),
    );
    // The reader's own group could be any body of the project; when it is involved, none can be assumed free of it.
    if (facts.involved.includes('own-team') && label !== 'TLP:CLEAR') {
      const bodies = part.audiences.filter((audience) => (PROJECT_BODIES as readonly string[]).includes(audience));
      if (bodies.length > 0 && !involved.includes('own-team')) involved.push('own-team');
    }
    if (involved.length > 0) {
      problems.push({
        rule: 'involved',
        message: `${name} reaches ${involved.map(audienceLabel).join(', ')}, but on this path the answers marked ${involved.length === 1 ? 'them' : 'each of them'} as involved`,
        fix: `add unless: { involved: [${involved.join(', ')}] } to this part, or remove ${involved.length === 1 ? 'that audience' : 'those audiences'}`,
        path: at('parts', index, 'audiences'),
      });
    }

    part.audiences.forEach((audience, position) => {
      const verdict = AUDIENCES.has(audience)
        ? canReceive(context.model, audience as Audience, label)
        : RELATIVE_RECEIVES[audience]?.includes(label)
          ? { ok: true }
          : { ok: false, reason: `${audienceLabel(audience)} cannot receive ${label} under this guide's TLP model` };
      if (!verdict.ok) {
        problems.push({
          rule: 'receive',
          message: `${name}: ${verdict.reason?.replace(/\.$/, '')}`,
          fix: `remove ${audience} from this part, or give the part a label that ${audienceLabel(audience)} may receive under content/tlp-model.yaml`,
          path: at('parts', index, 'audiences', position),
        });
      }
    });

    part.templates.forEach((ref, position) => {
      // A briefing written for the leadership body is the wrong tool when the leadership is involved.
      const meantFor = context.templateAudiences.get(ref.id) ?? [];
      const involvedRoles: readonly string[] = [
        ...facts.involved,
        ...(facts.involved.includes('own-team') ? PROJECT_BODIES : []),
      ];
      if (meantFor.length > 0 && meantFor.every((audience) => involvedRoles.includes(audience))) {
        problems.push({
          rule: 'template-audience',
          message: `${name} recommends the template "${ref.id}", which is written for ${meantFor.map(audienceLabel).join(', ')}, whom the answers marked as involved`,
          fix: `add unless: { involved: [${meantFor.join(', ')}] } to this part, or recommend a template written for someone else`,
          path: at('parts', index, 'templates', position),
        });
      }
      if (context.needAgreement.has(ref.id) && facts.agreed !== 'public') {
        problems.push({
          rule: 'template-agreement',
          message: `${name} recommends the template "${ref.id}", which may go out only with the agreement of the person it speaks about, but no answer on this path says they agreed to a public statement`,
          fix: `recommend a template that names no one, or none; or add when: { agreed: [public] } to this part`,
          path: at('parts', index, 'templates', position),
        });
      }
      const template = context.templates.get(ref.id);
      if (!template) return;
      const used = templateLabelFor(template, label);
      if (!used) {
        problems.push({
          rule: 'template-label',
          message: `${name} recommends the template "${ref.id}", which cannot carry ${label} (it allows ${template.allowed?.join(', ')})`,
          fix: `recommend a template whose message carries ${label}, or none`,
          path: at('parts', index, 'templates', position),
        });
      } else if (isWiderThan(used, label)) {
        problems.push({
          rule: 'template-label',
          message: `${name} recommends the template "${ref.id}", whose label ${used} is wider than the part's ${label}`,
          fix: `recommend a template whose message carries ${label}, or none`,
          path: at('parts', index, 'templates', position),
        });
      } else if (used !== label) {
        problems.push({
          rule: 'template-label',
          message: `${name} recommends the template "${ref.id}", whose label ${used} differs from the part's ${label}, so the reader is told two labels for one message`,
          fix: `recommend a template whose message carries ${label}, or none`,
          path: at('parts', index, 'templates', position),
        });
      }
    });
  });
  return problems;
}

/**
 * Whether the reader can mark each role as involved on its own. Without that, a reader whose
 * maintainer is involved must pick a wider answer that describes another situation. Checked
 * only for a tree that asks who is involved at all.
 */
export function involvementProblems(tree: DecisionTree): PathProblem[] {
  const markers = tree.questions.flatMap((question, q) =>
    question.options.map((option, o) => ({ q, o, involved: option.sets?.involved ?? [] })),
  );
  const asking = markers.filter((marker) => marker.involved.some((role) => role !== 'accused'));
  if (asking.length === 0) return [];
  // Point at the question that marks most roles: that is where a missing answer belongs.
  const byQuestion = new Map<number, number>();
  for (const marker of asking) byQuestion.set(marker.q, (byQuestion.get(marker.q) ?? 0) + 1);
  const [question] = [...byQuestion.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return INVOLVABLE.filter(
    (role) => !markers.some((marker) => marker.involved.length === 1 && marker.involved[0] === role),
  ).map((role) => ({
    rule: 'involvement-choices' as const,
    message: `no answer marks only ${contentT(`involved.${role}`)} as involved, so a reader in that situation must pick a wider answer`,
    fix: `add an answer to "${tree.questions[question]!.question}" with sets: { involved: [${role}] }`,
    path: ['questions', question, 'options'],
  }));
}

/** Every safety problem on every path, each reported once per outcome field and rule, with the first path that shows it. */
export function safetyProblems(tree: DecisionTree, context: SafetyContext): (PathProblem & { example?: string })[] {
  const found = new Map<string, PathProblem & { example?: string }>();
  for (const problem of involvementProblems(tree)) {
    found.set(`${problem.rule}|${problem.message}`, { ...problem });
  }
  for (const path of enumeratePaths(tree)) {
    for (const problem of pathProblems(tree, path, context)) {
      const key = `${problem.rule}|${problem.path.join('.')}|${problem.rule === 'code-flaw' ? '' : problem.message}`;
      if (!found.has(key)) found.set(key, { ...problem, example: describePath(path) });
    }
  }
  return [...found.values()];
}
