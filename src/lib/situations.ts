/**
 * The words of the situations collection: the families a stressed reader recognises, and the
 * helpers a step names when the rest is outside this guide's scope (crisis response, legal advice,
 * vulnerability handling).
 */
import { contentT } from '../i18n/index.ts';
import { vocabulary } from './vocabulary.ts';

/** The families, in the order the home page and /situations/ show them: the most urgent first. */
export const SITUATION_FAMILIES = vocabulary([
  'people-at-risk',
  'conduct',
  'leaks',
  'impersonation-and-takeover',
  'security-events',
  'legal-and-authorities',
  'people-leaving',
  'single-holder',
  'money-and-companies',
  'forks-and-elections',
  'press-and-attention',
  'partner-warnings',
]);
export type SituationFamily = (typeof SITUATION_FAMILIES.values)[number];

/** The one kind of helper an out-of-scope step sends the reader to. */
export const HELPERS = vocabulary([
  'emergency-services',
  'platform-safety',
  'lawyer',
  'security-policy',
  'hosting-support',
  'host-foundation',
]);
export type Helper = (typeof HELPERS.values)[number];

/** Where a helper publishes its own guidance, for the helpers that have one page for every project. */
export const HELPER_LINKS: Partial<Record<Helper, string>> = {
  'security-policy': 'https://github.com/ossf/oss-vulnerability-guide',
};

/** Situations grouped by family, in the families' order; empty families are left out. */
export function byFamily<T extends { data: { family: SituationFamily; title: string } }>(
  situations: readonly T[],
): { family: SituationFamily; situations: T[] }[] {
  return SITUATION_FAMILIES.values
    .map((family) => ({
      family,
      situations: situations
        .filter((situation) => situation.data.family === family)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, contentT.locale.intl)),
    }))
    .filter((group) => group.situations.length > 0);
}
