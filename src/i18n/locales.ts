/**
 * The locales the site can be built in, by the name SITE_LOCALE takes. A new language is one
 * dictionary file that satisfies `Dictionary` (the type of en.ts) and one line here: components
 * take every string from the dictionary and never name a language.
 */
import { en, type Dictionary } from './en.ts';
import type { Locale } from './translate.ts';

export const LOCALES = {
  en: { lang: 'en', intl: 'en-GB', messages: en },
  // English with every string the dictionary gives marked, to find text that does not come from it.
  pseudo: { lang: 'en-XA', intl: 'en-GB', mark: ['⟦', '⟧'], messages: en },
} as const satisfies Record<string, Locale<Dictionary>>;

export type LocaleName = keyof typeof LOCALES;

/** The locale a name stands for; an unknown name stops the build and lists the known ones. */
export function localeNamed(
  name: string,
  locales: Readonly<Record<string, Locale<Dictionary>>> = LOCALES,
): Locale<Dictionary> {
  const locale = locales[name];
  if (!locale) {
    throw new Error(
      `SITE_LOCALE is "${name}", which is not a locale of src/i18n/locales.ts: use one of ${Object.keys(locales).join(', ')}.`,
    );
  }
  return locale;
}
