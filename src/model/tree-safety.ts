/**
 * The safety rules the build proves on every path of the decision tree: no outcome wider than the
 * source allowed, nothing sent to anyone involved, the people concerned first, every audience able
 * to receive its label, and no template wider than the part it serves.
 */
import type { TlpLabel } from '../lib/tlp.ts';
import {
  AUDIENCES,
  INVOLVABLE,
  PROJECT_BODIES,
  audienceLabel,
  involvedLabel,
  type Audience,
  type OutcomeAudience,
} from '../lib/vocabulary.ts';
import type { TlpModel } from '../schemas/tlp-model.ts';
import {
  capOf,
  describePath,
  enumeratePaths,
  partLabel,
  partsOn,
  templateLabelFor,
  type DecisionTree,
  type Part,
  type TemplateLabels,
  type TreePath,
} from './decision-tree.ts';
import { audiencesWithin, canReceive, isWiderThan, reach, relativeReceives, unknownGroups } from './tlp-model.ts';

/** The people a matter is about: they hear it privately before anything public. */
const PEOPLE_CONCERNED: readonly OutcomeAudience[] = ['reporter', 'affected', 'accused'];

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
  const { outcome, facts } = path;
  const outcomeIndex = tree.outcomes.indexOf(outcome);
  const at = (...rest: (string | number)[]) => ['outcomes', outcomeIndex, ...rest];
  const problems = endProblems(tree, path, context, at);
  const active = partsOn(outcome, facts);
  const firstPublic = active.findIndex((part) => partLabel(part, facts) === 'TLP:CLEAR');
  outcome.parts.forEach((part, index) => {
    if (!active.includes(part)) return;
    const label = partLabel(part, facts);
    const scene: PartScene = {
      path,
      context,
      part,
      label,
      cap: capOf(facts),
      name: `part ${index + 1} of "${outcome.id}" (${label} to ${part.audiences.map(audienceLabel).join(', ')})`,
      at: (...rest) => at('parts', index, ...rest),
    };
    problems.push(
      ...limitProblems(scene),
      ...peopleProblems(scene, active, firstPublic),
      ...involvedProblems(scene),
      ...receiveProblems(scene),
      ...part.templates.flatMap((ref, position) => templateProblems(scene, ref.id, position)),
    );
  });
  return problems;
}

/** One active part of an outcome on one path, with what every rule on parts needs to know. */
interface PartScene {
  path: TreePath;
  context: SafetyContext;
  part: Part;
  /** The part's label on this path. */
  label: TlpLabel;
  /** The limit the source set, when one binds this path. */
  cap: TlpLabel | undefined;
  /** The part in words, to open each message. */
  name: string;
  /** A field path inside the part. */
  at: (...rest: (string | number)[]) => (string | number)[];
}

/** Where the path ends: a code flaw at its exit, a leak at the escaped-information norm, and someone told something. */
function endProblems(
  tree: DecisionTree,
  path: TreePath,
  context: SafetyContext,
  at: (...rest: (string | number)[]) => (string | number)[],
): PathProblem[] {
  const problems: PathProblem[] = [];
  const { outcome, facts } = path;
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
  if (!outcome.exit && partsOn(outcome, facts).length === 0) {
    problems.push({
      rule: 'no-parts',
      message: `the outcome "${outcome.id}" says nothing about who hears what on this path: every part is left out`,
      fix: 'add a part that applies on this path, or loosen the when/unless conditions of one that should',
      path: at('parts'),
    });
  }
  return problems;
}

/** A part keeps within the label the source set: back to the source under that label, to others only within its circle. */
function limitProblems({ path, context, part, label, cap, name, at }: PartScene): PathProblem[] {
  if (!cap) return [];
  const onlyToSource = part.audiences.every((audience) => audience === 'source');
  // TLP:RED is never wider than the source's label, and it is the label a person outside any group can use.
  if (onlyToSource) {
    return part.label !== 'source' && label !== cap && label !== 'TLP:RED'
      ? [
          {
            rule: 'source-label',
            message: `${name} goes back to the source, so it must carry the source's label ${cap}`,
            fix: 'write label: source on this part, so it always carries whatever label the source set',
            path: at('label'),
          },
        ]
      : [];
  }
  const within = audiencesWithin(context.model, cap, path.facts.agreed);
  const outside = part.audiences.filter((audience) => !within.includes(audience));
  const wider = isWiderThan(context.model, label, cap);
  if (!wider && outside.length === 0) return [];
  const reasons = [
    wider ? `its label ${label} lets it reach people that ${cap} does not allow` : '',
    outside.length > 0
      ? `it reaches ${outside.map(audienceLabel).join(', ')}, while ${cap} reaches only ${within.map(audienceLabel).join(', ')}`
      : '',
  ].filter(Boolean);
  return [
    {
      rule: 'source-limit',
      message: `${name} goes beyond the limit the source set, ${cap}: ${reasons.join('; ')}`,
      fix: `give this part ${cap} (or label: source) and only audiences ${cap} reaches; or leave it out on such paths with unless: { sourceLimit: [${cap}] }; or send the reader to ask the source first`,
      path: at(wider ? 'label' : 'audiences'),
    },
  ];
}

/** The people a matter is about: the agreed group only after an agreement, the accused only a decision, all of them first. */
function peopleProblems(scene: PartScene, active: readonly Part[], firstPublic: number): PathProblem[] {
  const { path, part, label, name, at } = scene;
  const { facts, outcome } = path;
  const problems: PathProblem[] = [];
  if (part.audiences.includes('agreed-group') && facts.agreed !== 'one-group') {
    problems.push({
      rule: 'agreed-group',
      message: `${name} goes to the group the person at risk agreed to, but no answer on this path says they agreed to one`,
      fix: 'add when: { agreed: [one-group] } to this part, or take agreed-group out of its audiences',
      path: at('audiences', part.audiences.indexOf('agreed-group')),
    });
  }
  if (part.audiences.includes('accused') && (facts.about !== 'moderation-decision' || label !== 'TLP:RED')) {
    const decided = facts.about === 'moderation-decision';
    problems.push({
      rule: 'accused',
      message: decided
        ? `${name} tells the person the decision is about under ${label}; tell them privately, under TLP:RED`
        : `${name} goes to the person the report is about, on a path where no decision has been made`,
      fix: decided
        ? 'give this part label: TLP:RED, with the person accused as its only audience'
        : 'take accused out of this part’s audiences; the person hears only a decision, from an outcome for announcing it',
      path: at(decided ? 'label' : 'audiences'),
    });
  }
  const aboutThem = part.audiences.filter((audience) => PEOPLE_CONCERNED.includes(audience));
  if (label !== 'TLP:CLEAR' && aboutThem.length > 0 && firstPublic >= 0 && active.indexOf(part) > firstPublic) {
    const publicPart = outcome.parts.indexOf(active[firstPublic]!) + 1;
    problems.push({
      rule: 'people-first',
      message: `${name} tells ${aboutThem.map(audienceLabel).join(', ')} after the public part ${publicPart}`,
      fix: `move this part above part ${publicPart} in the outcome's list of parts`,
      path: at(),
    });
  }
  return problems;
}

/** Nothing reaches anyone the answers marked as involved, nor a group they may sit on. */
function involvedProblems({ path, context, part, label, name, at }: PartScene): PathProblem[] {
  const { facts } = path;
  // A public part reaches everyone, the involved included; what it may say is the outcome's text.
  const reached = label === 'TLP:CLEAR' ? new Set<OutcomeAudience>() : reach(context.model, part.audiences, label);
  const unknown = unknownGroups(context.model);
  const unknownGroupsHere = part.audiences.filter((audience) => unknown.includes(audience));
  const involved = facts.involved.filter(
    (role) => reached.has(role) || (role !== 'accused' && unknownGroupsHere.length > 0 && label !== 'TLP:CLEAR'),
  );
  // The reader's own group could be any body of the project; when it is involved, none can be assumed free of it.
  if (facts.involved.includes('own-team') && label !== 'TLP:CLEAR') {
    const bodies = part.audiences.filter((audience) => (PROJECT_BODIES as readonly string[]).includes(audience));
    if (bodies.length > 0 && !involved.includes('own-team')) involved.push('own-team');
  }
  if (involved.length === 0) return [];
  return [
    {
      rule: 'involved',
      message: `${name} reaches ${involved.map(audienceLabel).join(', ')}, but on this path the answers marked ${involved.length === 1 ? 'them' : 'each of them'} as involved`,
      fix: `add unless: { involved: [${involved.join(', ')}] } to this part, or remove ${involved.length === 1 ? 'that audience' : 'those audiences'}`,
      path: at('audiences'),
    },
  ];
}

/** Every audience of the part may receive its label under the TLP model. */
function receiveProblems({ context, part, label, name, at }: PartScene): PathProblem[] {
  return part.audiences.flatMap((audience, position) => {
    const verdict = AUDIENCES.has(audience)
      ? canReceive(context.model, audience as Audience, label)
      : relativeReceives(context.model, audience, label)
        ? { ok: true }
        : { ok: false, reason: `${audienceLabel(audience)} cannot receive ${label} under this guide's TLP model` };
    return verdict.ok
      ? []
      : [
          {
            rule: 'receive' as const,
            message: `${name}: ${verdict.reason?.replace(/\.$/, '')}`,
            fix: `remove ${audience} from this part, or give the part a label that ${audienceLabel(audience)} may receive under content/tlp-model.yaml`,
            path: at('audiences', position),
          },
        ];
  });
}

/** A template the part recommends is meant for someone not involved, agreed to where it must be, and under the part's label. */
function templateProblems({ path, context, label, name, at }: PartScene, id: string, position: number): PathProblem[] {
  const { facts } = path;
  const problems: PathProblem[] = [];
  const where = at('templates', position);
  // A briefing written for the leadership body is the wrong tool when the leadership is involved.
  const meantFor = context.templateAudiences.get(id) ?? [];
  const involvedRoles: readonly string[] = [
    ...facts.involved,
    ...(facts.involved.includes('own-team') ? PROJECT_BODIES : []),
  ];
  if (meantFor.length > 0 && meantFor.every((audience) => involvedRoles.includes(audience))) {
    problems.push({
      rule: 'template-audience',
      message: `${name} recommends the template "${id}", which is written for ${meantFor.map(audienceLabel).join(', ')}, whom the answers marked as involved`,
      fix: `add unless: { involved: [${meantFor.join(', ')}] } to this part, or recommend a template written for someone else`,
      path: where,
    });
  }
  if (context.needAgreement.has(id) && facts.agreed !== 'public') {
    problems.push({
      rule: 'template-agreement',
      message: `${name} recommends the template "${id}", which may go out only with the agreement of the person it speaks about, but no answer on this path says they agreed to a public statement`,
      fix: `recommend a template that names no one, or none; or add when: { agreed: [public] } to this part`,
      path: where,
    });
  }
  const template = context.templates.get(id);
  if (!template) return problems;
  const used = templateLabelFor(template, label);
  const why = !used
    ? `which cannot carry ${label} (it allows ${template.allowed?.join(', ')})`
    : isWiderThan(context.model, used, label)
      ? `whose label ${used} is wider than the part's ${label}`
      : used !== label
        ? `whose label ${used} differs from the part's ${label}, so the reader is told two labels for one message`
        : undefined;
  if (why) {
    problems.push({
      rule: 'template-label',
      message: `${name} recommends the template "${id}", ${why}`,
      fix: `recommend a template whose message carries ${label}, or none`,
      path: where,
    });
  }
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
    message: `no answer marks only ${involvedLabel(role)} as involved, so a reader in that situation must pick a wider answer`,
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
