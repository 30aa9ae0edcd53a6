/**
 * The translator of the site's locale (SITE_LOCALE in src/site.config.ts), for pages, layouts and
 * the build; and the translator of the content's own language (CONTENT_LOCALE), for the headings
 * and conventions the content check requires of entries. Browser scripts do not import this
 * module: their page hands them the few messages they need (see `clientLocale`).
 */
import { CONTENT_LOCALE, SITE_LOCALE } from '../site.config.ts';
import type { en } from './en.ts';
import { localeNamed } from './locales.ts';
import { clientLocale, createTranslator, type Translator, type VariablesOf } from './translate.ts';

export type Key = keyof typeof en;
/** A key whose message needs no values: what a table of words can point at. */
export type PlainKey = { [K in Key]: [VariablesOf<(typeof en)[K]>] extends [never] ? K : never }[Key];
export type SiteTranslator = Translator<typeof en>;

export const locale = localeNamed(SITE_LOCALE);

export const t: SiteTranslator = createTranslator<typeof en>(locale);

export const contentT: SiteTranslator = createTranslator<typeof en>(localeNamed(CONTENT_LOCALE));

/** The site locale with only the messages under these prefixes, as JSON for a script's data attribute. */
export function scriptMessages(...prefixes: string[]): string {
  return JSON.stringify(clientLocale(locale, prefixes));
}
