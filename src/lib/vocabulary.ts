/**
 * The closed word lists that entries choose from, with the words readers see.
 * Schemas take their allowed values from here; pages and search filters take their labels.
 */

function labelled<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { values, labels, label: (value: keyof T & string): string => labels[value] as string };
}

export const AUDIENCES = labelled({
  leadership: 'Leadership bodies',
  moderators: 'Moderators',
  'security-team': 'Security team',
  maintainers: 'Maintainers',
  contributors: 'Contributors',
  users: 'Users and downstream projects',
  affected: 'People affected',
  reporter: 'The person who reported',
  partners: 'Partner projects and foundations',
  press: 'Press',
  public: 'The public',
});
export type Audience = (typeof AUDIENCES.values)[number];

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

export const STATUSES = labelled({
  draft: 'Draft',
  proposed: 'Proposed',
  adopted: 'Adopted',
});
export type Status = (typeof STATUSES.values)[number];

export const CASE_OUTCOMES = labelled({
  worked: 'Communication that worked',
  failed: 'Communication that failed',
  mixed: 'Mixed',
});
export type CaseOutcome = (typeof CASE_OUTCOMES.values)[number];
