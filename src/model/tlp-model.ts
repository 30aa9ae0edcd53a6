/**
 * How this guidance applies TLP to open-source roles, as rules over the model in
 * content/tlp-model.yaml: which role may receive which label, who TLP:AMBER reaches, how labels
 * compare. Templates, pages and every path of the decision tree are checked with these.
 */
import type { ModelRole, TlpModel } from '../schemas/tlp-model.ts';
import { TLP_LABELS, type TlpLabel } from '../lib/tlp.ts';
import { contentT } from '../i18n/index.ts';
import { AUDIENCES, type Audience, type OutcomeAudience } from '../lib/vocabulary.ts';

/** A role's name in the problems the content check reports, in the content's language. */
const roleName = (id: Audience): string => contentT(`audience.${id}`);

/**
 * The circles TLP's labels allow, as this guide reads FIRST's definitions: each label, and the
 * labels whose circle holds all of its own. The labels are not one scale. TLP:AMBER reaches an
 * organization and its clients; TLP:GREEN reaches a named community, which need not hold those
 * clients. So TLP:AMBER is not inside TLP:GREEN, nor TLP:GREEN inside TLP:AMBER. The recipient's
 * own organization (TLP:AMBER+STRICT) is inside both, and named people (TLP:RED) inside every one.
 */
const INSIDE: Record<TlpLabel, readonly TlpLabel[]> = {
  'TLP:RED': TLP_LABELS,
  'TLP:AMBER+STRICT': ['TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR'],
  'TLP:AMBER': ['TLP:AMBER', 'TLP:CLEAR'],
  'TLP:GREEN': ['TLP:GREEN', 'TLP:CLEAR'],
  'TLP:CLEAR': ['TLP:CLEAR'],
};

/** Whether everyone `label` lets information reach is also inside what `limit` allows. */
export function isWithin(label: TlpLabel, limit: TlpLabel): boolean {
  return INSIDE[label].includes(limit);
}

/** Whether `label` lets information reach anyone `limit` does not allow: the two need not be on one scale. */
export function isWiderThan(label: TlpLabel, limit: TlpLabel): boolean {
  return !isWithin(label, limit);
}

/**
 * The widest label that stays within every one of these: what a note made from them may carry. For
 * TLP:AMBER and TLP:GREEN together that is TLP:AMBER+STRICT, the one circle both allow.
 */
export function strictest(labels: readonly TlpLabel[]): TlpLabel {
  const widestFirst = [...TLP_LABELS].reverse();
  return widestFirst.find((candidate) => labels.every((label) => isWithin(candidate, label))) ?? 'TLP:RED';
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
  const name = roleName(id);
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
    else if (AUDIENCES.has(audience)) roleOf(model, audience).clients.forEach((role) => reached.add(role));
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
        message: `the role "${id}" (${roleName(id)}) is not described; every audience the guidance uses needs its mapping`,
        path: ['roles'],
      });
    }
  }
  const labels = model.labels.map((item) => item.label);
  for (const label of TLP_LABELS) {
    if (!labels.includes(label))
      problems.push({ message: `the label ${label} has no plain-words instruction`, path: ['labels'] });
  }
  const ruleIds = new Set<string>();
  model.rules.forEach((rule, index) => {
    if (ruleIds.has(rule.id))
      problems.push({ message: `two rules share the id "${rule.id}"`, path: ['rules', index, 'id'] });
    ruleIds.add(rule.id);
  });
  return problems;
}

/** The plain-words instruction that goes with a label for people who have not agreed to TLP. */
export function instructionFor(model: TlpModel, label: TlpLabel): string {
  return model.labels.find((item) => item.label === label)?.instruction ?? '';
}
