/**
 * The words of the situations collection: the families a stressed reader recognises, and the
 * helpers a step names when the rest is outside this guide's scope (crisis response, legal advice,
 * vulnerability handling).
 */
import { labelled } from './vocabulary.ts';

/** The families, in the order the home page and /situations/ show them: the most urgent first. */
export const SITUATION_FAMILIES = labelled({
  'people-at-risk': 'People at risk',
  conduct: 'Conduct reports and complaints, including about moderators and leaders',
  leaks: 'Leaks and private material',
  'impersonation-and-takeover': 'Impersonation, takeover and hacked accounts',
  'security-events': 'Security events',
  'legal-and-authorities': 'Legal and authority requests',
  'people-leaving': 'People leaving, absent, ill or burnt out',
  'single-holder': 'Access and assets held by one person',
  'money-and-companies': 'Money, sponsors and companies',
  'forks-and-elections': 'Forks, splits and elections',
  'press-and-attention': 'Press and public attention',
  'partner-warnings': 'Warnings from partners',
});
export type SituationFamily = (typeof SITUATION_FAMILIES.values)[number];

/** The one kind of helper an out-of-scope step sends the reader to. */
export const HELPERS = labelled({
  'emergency-services': 'Emergency services or a crisis line',
  'platform-safety': 'The safety team of the platform where it was posted',
  lawyer: 'A lawyer, or your host foundation’s legal contact',
  'security-policy': 'Your project’s security policy (the OpenSSF guide if you have none)',
  'hosting-support': 'The support team of your code host, package registry or domain registrar',
  'host-foundation': 'Your host foundation or fiscal host',
});
export type Helper = (typeof HELPERS.values)[number];

/** Where a helper publishes its own guidance, for the helpers that have one page for every project. */
export const HELPER_LINKS: Partial<Record<Helper, string>> = {
  'security-policy': 'https://github.com/ossf/oss-vulnerability-guide',
};

/** Situations grouped by family, in the families' order; empty families are left out. */
export function byFamily<T extends { data: { family: SituationFamily; title: string } }>(
  situations: readonly T[],
): { family: SituationFamily; label: string; situations: T[] }[] {
  return SITUATION_FAMILIES.values
    .map((family) => ({
      family,
      label: SITUATION_FAMILIES.label(family),
      situations: situations
        .filter((situation) => situation.data.family === family)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    }))
    .filter((group) => group.situations.length > 0);
}
