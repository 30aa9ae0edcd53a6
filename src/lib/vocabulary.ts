/**
 * The closed word lists that entries choose from. Schemas take their allowed values from here; the
 * words readers see for each value are in the dictionary (src/i18n/en.ts), under the list's key,
 * e.g. `audience.leadership` or `channel.email`.
 */
import { contentT } from '../i18n/index.ts';

export function vocabulary<const T extends readonly [string, ...string[]]>(values: T) {
  return {
    values,
    has: (value: unknown): value is T[number] => (values as readonly unknown[]).includes(value),
  };
}

/**
 * The open-source roles the guidance speaks to and about. They are the audiences of templates,
 * checklists and norms, and the roles of the TLP model (content/tlp-model.yaml), which says for
 * each one how TLP applies to it.
 */
const AUDIENCE_VALUES = vocabulary([
  'leadership',
  'moderators',
  'security-team',
  'maintainers',
  'foundation',
  'member-projects',
  'company',
  'downstream',
  'sponsors',
  'partners',
  'partner-maintainers',
  'warning-network',
  'contributors',
  'users',
  'reporter',
  'affected',
  'accused',
  'outside-contact',
  'press',
  'public',
]);
export type Audience = (typeof AUDIENCE_VALUES.values)[number];

export const AUDIENCES = AUDIENCE_VALUES;

/** The project's own bodies: the groups a reader can act for, and that an answer can mark as involved. */
export const PROJECT_BODIES = [
  'leadership',
  'moderators',
  'maintainers',
  'security-team',
  'foundation',
  'company',
] as const;

/**
 * Who an answer can mark as involved in the matter: the reader's own group, a body of the project
 * (one member of it is enough), a sponsor or employer, or the person accused.
 */
export const INVOLVABLE = ['own-team', ...PROJECT_BODIES, 'sponsors', 'accused'] as const;

/**
 * Audiences of a decision outcome that are relative to the reader: they name whoever fills the
 * role on the reader's path (the group the reader acts for, the source who gave it to them).
 */
export const RELATIVE_AUDIENCES = vocabulary([
  'own-team',
  'own-clients',
  'source',
  'already-told',
  'source-community',
  'agreed-group',
]);
export type RelativeAudience = (typeof RELATIVE_AUDIENCES.values)[number];
export type OutcomeAudience = Audience | RelativeAudience;

export const CHANNELS = vocabulary([
  'email',
  'private-list',
  'public-list',
  'issue-tracker',
  'forum',
  'chat',
  'encrypted-chat',
  'blog',
  'social',
  'document',
  'meeting',
]);
export type Channel = (typeof CHANNELS.values)[number];

export const TEMPLATE_STAGES = vocabulary(['holding', 'update', 'resolution', 'internal']);
export type TemplateStage = (typeof TEMPLATE_STAGES.values)[number];

export const CHECKLIST_STAGES = vocabulary(['prepare', 'in-the-moment', 'afterwards']);
export type ChecklistStage = (typeof CHECKLIST_STAGES.values)[number];

/** The situations templates and checklists are grouped by. */
export const SITUATIONS = vocabulary([
  'any-incident',
  'reports',
  'moderation',
  'leadership-change',
  'takeover-attempts',
  'governance-change',
  'information-handling',
  'outside-pressure',
  'preparation',
]);
export type Situation = (typeof SITUATIONS.values)[number];

/** The working group's three questions; each norm says which it answers. */
export const QUESTIONS = vocabulary(['what', 'whom', 'balance']);
export type NormQuestion = (typeof QUESTIONS.values)[number];

/**
 * How far the working group has got with an entry, in the steps it decides by: a draft; in review
 * by the group; agreed, with the day and the record of where the group confirmed it.
 */
export const STATUSES = vocabulary(['draft', 'in-review', 'agreed']);
export type Status = (typeof STATUSES.values)[number];

/** Statuses used before the group's own steps were modelled, and what each became. */
export const FORMER_STATUSES: Readonly<Record<string, Status>> = { proposed: 'in-review', adopted: 'agreed' };

/** An audience's name, named or relative, in the problems the content check reports, in the content's language. */
export const audienceLabel = (audience: OutcomeAudience): string => contentT(`audience.${audience}`);

/** Who an answer marks as involved, in the words of the content's language. */
export const involvedLabel = (role: (typeof INVOLVABLE)[number]): string => contentT(`involved.${role}`);
