/**
 * The closed word lists that entries choose from, with the words readers see.
 * Schemas take their allowed values from here; pages and search filters take their labels.
 */

export function labelled<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { values, labels, label: (value: keyof T & string): string => labels[value] as string };
}

/**
 * The open-source roles the guidance speaks to and about. They are the audiences of templates,
 * checklists and norms, and the roles of the TLP model (content/tlp-model.yaml), which says for
 * each one how TLP applies to it.
 */
export const AUDIENCES = labelled({
  leadership: 'Leadership body',
  moderators: 'Moderation team',
  'security-team': 'Security team',
  maintainers: 'Maintainers',
  foundation: 'Foundation staff',
  'member-projects': 'Other projects at the same foundation',
  company: 'The company that runs the project',
  downstream: 'Downstream distributions and packagers',
  sponsors: 'Sponsors and employers',
  partners: 'Partner projects',
  'partner-maintainers': 'A partner project’s maintainers',
  'warning-network': 'A closed warning network',
  contributors: 'Contributors',
  users: 'Users',
  reporter: 'The person who reported',
  affected: 'People affected or targeted',
  accused: 'The person a report is about',
  'outside-contact': 'An independent contact outside the project',
  press: 'Journalists',
  public: 'The public',
});
export type Audience = (typeof AUDIENCES.values)[number];

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
export const RELATIVE_AUDIENCES = labelled({
  'own-team': 'Your own group (the one in which you received it)',
  'own-clients': 'The groups your own group serves (its clients in the TLP model)',
  source: 'The source: whoever gave it to you',
  'already-told': 'Only the people who already heard it from the source',
  'source-community': 'The community the source named for TLP:GREEN',
  'agreed-group': 'The group the person at risk agreed to',
});
export type RelativeAudience = (typeof RELATIVE_AUDIENCES.values)[number];
export type OutcomeAudience = Audience | RelativeAudience;

/** The label of an audience, concrete or relative. */
export function audienceLabel(value: OutcomeAudience): string {
  return value in AUDIENCES.labels
    ? AUDIENCES.label(value as Audience)
    : RELATIVE_AUDIENCES.label(value as RelativeAudience);
}

export const CHANNELS = labelled({
  email: 'Private email',
  'private-list': 'Private mailing list',
  'public-list': 'Public mailing list',
  'issue-tracker': 'Public issue tracker',
  forum: 'Forum or discussion board',
  chat: 'Chat room',
  'encrypted-chat': 'End-to-end encrypted chat',
  blog: 'Blog or website',
  social: 'Social media',
  document: 'Shared document',
  meeting: 'Meeting or call',
});
export type Channel = (typeof CHANNELS.values)[number];

export const TEMPLATE_STAGES = labelled({
  holding: 'Holding statement',
  update: 'Update',
  resolution: 'Resolution',
  internal: 'Internal',
});
export type TemplateStage = (typeof TEMPLATE_STAGES.values)[number];

export const CHECKLIST_STAGES = labelled({
  prepare: 'Prepare in calm times',
  'in-the-moment': 'Use in the moment',
  afterwards: 'Afterwards',
});
export type ChecklistStage = (typeof CHECKLIST_STAGES.values)[number];

/** The situations templates and checklists are grouped by. */
export const SITUATIONS = labelled({
  'any-incident': 'Any incident',
  reports: 'Reports and the people in them',
  moderation: 'Moderation and conduct',
  'leadership-change': 'Leadership and maintainer changes',
  'takeover-attempts': 'Takeover and social-engineering attempts',
  'governance-change': 'Governance, licence and asset changes',
  'information-handling': 'Handling labelled information',
  'outside-pressure': 'Press, open letters and public pressure',
  preparation: 'Preparation and practice',
});
export type Situation = (typeof SITUATIONS.values)[number];

/** The working group's three questions; each norm says which it answers. */
export const QUESTIONS = labelled({
  what: 'What to disclose',
  whom: 'To whom',
  balance: 'With what balance',
});
export type NormQuestion = (typeof QUESTIONS.values)[number];

/**
 * How far the working group has got with an entry, in the steps it decides by: a draft; in review
 * by the group; agreed, with the day and the record of where the group confirmed it.
 */
export const STATUSES = labelled({
  draft: 'Draft',
  'in-review': 'In review',
  agreed: 'Agreed',
});
export type Status = (typeof STATUSES.values)[number];

/** Statuses used before the group's own steps were modelled, and what each became. */
export const FORMER_STATUSES: Readonly<Record<string, Status>> = { proposed: 'in-review', adopted: 'agreed' };
