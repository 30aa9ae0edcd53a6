/**
 * How this guidance applies TLP to open-source roles, as rules over the model in
 * content/tlp-model.yaml: which role may receive which label, who TLP:AMBER reaches, how labels
 * compare. Templates, pages and every path of the decision tree are checked with these.
 */
import type { AGREEMENTS } from '../schemas/decisions.ts';
import type { ModelRole, TlpModel } from '../schemas/tlp-model.ts';
import { TLP_LABELS, type TlpLabel } from '../lib/tlp.ts';
import {
  AUDIENCES,
  RELATIVE_AUDIENCES,
  audienceLabel,
  type Audience,
  type OutcomeAudience,
} from '../lib/vocabulary.ts';

type Agreement = (typeof AGREEMENTS)[number];

type Circles = Pick<TlpModel, 'labels'>;

/** A label as the model states it: its plain words, the circles it lies within, whom its limit allows. */
function labelIn(model: Circles, label: TlpLabel): TlpModel['labels'][number] {
  const entry = model.labels.find((item) => item.label === label);
  if (!entry) throw new Error(`the TLP model does not describe ${label}`);
  return entry;
}

/**
 * Whether everyone `label` lets information reach is also inside what `limit` allows, as the model's
 * `within` lists say. The labels are not one scale: TLP:AMBER is not inside TLP:GREEN, nor the other
 * way round.
 */
export function isWithin(model: Circles, label: TlpLabel, limit: TlpLabel): boolean {
  return labelIn(model, label).within.includes(limit);
}

/** Whether `label` lets information reach anyone `limit` does not allow: the two need not be on one scale. */
export function isWiderThan(model: Circles, label: TlpLabel, limit: TlpLabel): boolean {
  return !isWithin(model, label, limit);
}

/**
 * The widest label that stays within every one of these: what a note made from them may carry. For
 * TLP:AMBER and TLP:GREEN together that is TLP:AMBER+STRICT, the one circle both allow.
 */
export function strictest(model: Circles, labels: readonly TlpLabel[]): TlpLabel {
  const widestFirst = [...TLP_LABELS].reverse();
  return widestFirst.find((candidate) => labels.every((label) => isWithin(model, candidate, label))) ?? 'TLP:RED';
}

/**
 * Audiences a reader may still address under the source's limit, besides asking the source (the
 * label's `limitAllows`). When the source and the person at risk agreed to one group, the model's
 * `agreedToOneGroup` adds that group and the people who gave the agreement.
 */
export function audiencesWithin(
  model: Pick<TlpModel, 'labels' | 'agreedToOneGroup'>,
  cap: TlpLabel,
  agreed: Agreement | null = null,
): readonly OutcomeAudience[] {
  const allowed = labelIn(model, cap).limitAllows;
  return agreed === 'one-group' ? [...allowed, ...model.agreedToOneGroup] : allowed;
}

/** Whether a relative audience may receive a label, as the model's `relativeAudiences` say. */
export function relativeReceives(
  model: Pick<TlpModel, 'relativeAudiences'>,
  audience: OutcomeAudience,
  label: TlpLabel,
) {
  return model.relativeAudiences.some((item) => item.id === audience && item.receives.includes(label));
}

/** Relative audiences whose members the tree cannot know: they may include anyone involved. */
export function unknownGroups(model: Pick<TlpModel, 'relativeAudiences'>): OutcomeAudience[] {
  return model.relativeAudiences.filter((item) => item.membersUnknown).map((item) => item.id);
}

export function roleOf(model: TlpModel, id: Audience): ModelRole {
  const role = model.roles.find((item) => item.id === id);
  if (!role) throw new Error(`the TLP model has no role "${id}"`);
  return role;
}

export interface Verdict {
  ok: boolean;
  /** Why not, in a sentence a contributor can act on. */
  reason?: string;
}

/** Whether a role may be sent information under a label directly, as this guidance applies TLP. */
export function canReceive(model: TlpModel, id: Audience, label: TlpLabel): Verdict {
  const role = roleOf(model, id);
  const name = audienceLabel(id);
  if (label === 'TLP:CLEAR') return { ok: true };
  if (role.onlyPublic) return { ok: false, reason: `${name} may only receive TLP:CLEAR: ${role.why}` };
  switch (label) {
    case 'TLP:GREEN':
      return role.community
        ? { ok: true }
        : { ok: false, reason: `${name} cannot be a TLP:GREEN community: ${role.communityWhy}` };
    case 'TLP:AMBER':
    case 'TLP:AMBER+STRICT':
      if (role.kind !== 'organization')
        return { ok: false, reason: `${name} is not a TLP organization, so ${label} cannot reach it: ${role.why}` };
      // The model's rule amber-needs-clients: to a group with no clients, TLP:AMBER could only be misread as wider.
      return label === 'TLP:AMBER' && role.clients.length === 0
        ? {
            ok: false,
            reason: `${name} has no clients under this guide's TLP model, so it gets TLP:AMBER+STRICT: TLP:AMBER would reach no one more and could be read as reaching those it serves (${role.clientsWhy})`,
          }
        : { ok: true };
    case 'TLP:RED':
      return role.kind === 'open'
        ? { ok: false, reason: `TLP:RED is for named people, and ${name} is open to anyone: ${role.why}` }
        : { ok: true };
  }
}

/**
 * Roles that are some organization's clients. Groups a source may allow only by explicit permission
 * (`withPermission`) are not clients: TLP:AMBER does not reach them.
 */
export function possibleClients(model: TlpModel): Audience[] {
  return [...new Set(model.roles.flatMap((role) => role.clients))];
}

/**
 * Every concrete role that a message to these audiences under this label can reach: the audiences
 * themselves and, under TLP:AMBER, their clients. The reader's own group is not known in general, so
 * its clients (and "own-clients") count as every role that could be anyone's client.
 */
export function reach(model: TlpModel, audiences: readonly OutcomeAudience[], label: TlpLabel): Set<OutcomeAudience> {
  const reached = new Set<OutcomeAudience>(audiences);
  const anyClient = possibleClients(model);
  for (const audience of audiences) {
    if (audience === 'own-clients') anyClient.forEach((role) => reached.add(role));
    if (label !== 'TLP:AMBER') continue;
    if (audience === 'own-team') anyClient.forEach((role) => reached.add(role));
    else if (AUDIENCES.has(audience)) roleOf(model, audience as Audience).clients.forEach((role) => reached.add(role));
  }
  return reached;
}

export interface ModelProblem {
  message: string;
  path: (string | number)[];
}

/** What the schema cannot say: each role and label exactly once, clients that can be clients. */
export function modelProblems(model: TlpModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const seen = new Map<string, number>();
  model.roles.forEach((role, index) => {
    if (seen.has(role.id)) {
      problems.push({ message: `the role "${role.id}" is described twice`, path: ['roles', index, 'id'] });
    }
    seen.set(role.id, index);
    for (const field of ['clients', 'withPermission'] as const) {
      role[field].forEach((client, at) => {
        if (client === role.id) {
          problems.push({ message: `"${role.id}" cannot be its own client`, path: ['roles', index, field, at] });
        }
        const clientRole = model.roles.find((item) => item.id === client);
        if (field === 'clients' && clientRole && clientRole.kind !== 'organization') {
          problems.push({
            message: `"${client}" is listed as a client, but the model does not make it an organization`,
            path: ['roles', index, field, at],
          });
        }
      });
    }
    if (role.kind !== 'organization' && role.clients.length + role.withPermission.length > 0) {
      problems.push({
        message: `only an organization has clients, and "${role.id}" is not one`,
        path: ['roles', index, 'clients'],
      });
    }
  });
  for (const id of AUDIENCES.values) {
    if (!seen.has(id)) {
      problems.push({
        message: `the role "${id}" (${audienceLabel(id)}) is not described; every audience the guidance uses needs its mapping`,
        path: ['roles'],
      });
    }
  }
  const labels = model.labels.map((item) => item.label);
  for (const label of TLP_LABELS) {
    if (!labels.includes(label))
      problems.push({ message: `the label ${label} has no plain-words instruction`, path: ['labels'] });
  }
  problems.push(...circleProblems(model));
  const ruleIds = new Set<string>();
  model.rules.forEach((rule, index) => {
    if (ruleIds.has(rule.id))
      problems.push({ message: `two rules share the id "${rule.id}"`, path: ['rules', index, 'id'] });
    ruleIds.add(rule.id);
  });
  return problems;
}

/**
 * The circles the model draws are circles: each label lies within itself and TLP:CLEAR, a label
 * within another lies within everything that one does, two labels are never each within the other,
 * and a narrower limit lets a reader tell no one a wider one does not. Every relative audience is
 * described once.
 */
export function circleProblems(model: Pick<TlpModel, 'labels' | 'relativeAudiences'>): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const within = (label: TlpLabel) => model.labels.find((item) => item.label === label)?.within ?? [];
  const allows = (label: TlpLabel) => model.labels.find((item) => item.label === label)?.limitAllows ?? [];
  model.labels.forEach(({ label }, index) => {
    const at = ['labels', index, 'within'];
    for (const needed of [label, 'TLP:CLEAR'] as const)
      if (!within(label).includes(needed))
        problems.push({ message: `${label} must lie within ${needed === label ? 'itself' : 'TLP:CLEAR'}`, path: at });
    for (const wider of within(label).filter((other) => other !== label)) {
      const missing = within(wider).filter((beyond) => !within(label).includes(beyond));
      if (missing.length)
        problems.push({
          message: `${label} lies within ${wider}, which lies within ${missing.join(', ')}, so ${label} must lie within ${missing.length === 1 ? 'it' : 'them'} too`,
          path: at,
        });
      if (within(wider).includes(label))
        problems.push({
          message: `${label} and ${wider} each lie within the other; one circle must be the wider`,
          path: at,
        });
      const beyond = allows(label).filter((audience) => !allows(wider).includes(audience));
      if (beyond.length)
        problems.push({
          message: `a source's ${label} would let a reader tell ${beyond.join(', ')}, whom the wider ${wider} does not allow`,
          path: ['labels', index, 'limitAllows'],
        });
    }
  });
  for (const id of RELATIVE_AUDIENCES.values) {
    const count = model.relativeAudiences.filter((item) => item.id === id).length;
    if (count !== 1)
      problems.push({
        message: `the relative audience "${id}" is described ${count === 0 ? 'nowhere' : `${count} times`}; the decision tree needs the labels it may receive, once`,
        path: ['relativeAudiences'],
      });
  }
  return problems;
}

/** The plain-words instruction that goes with a label for people who have not agreed to TLP. */
export function instructionFor(model: TlpModel, label: TlpLabel): string {
  return model.labels.find((item) => item.label === label)?.instruction ?? '';
}
