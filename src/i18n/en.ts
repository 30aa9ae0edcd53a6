/**
 * Every string the site's interface shows, in English: the source dictionary. Other locales give
 * the same keys (the `Dictionary` type checks it) with the same {placeholders}. A message that
 * depends on a number gives its plural forms ({ one, other }, and whatever else the language's
 * Intl.PluralRules uses); `t` picks the form. TLP labels are never in here: they stay as FIRST
 * writes them, in every language.
 *
 * Keys are grouped by where they show, one file per group under en/ (a key in two files is a test
 * failure, since the later would silently win). `content.*` keys are not interface text: they are the
 * headings and conventions content written in this language must follow, and the content check
 * reads them from the content's own locale (CONTENT_LOCALE).
 */
import type { Messages, PluralForms } from './translate.ts';
import { decide } from './en/decide.ts';
import { entries } from './en/entries.ts';
import { search } from './en/search.ts';
import { site } from './en/site.ts';
import { tools } from './en/tools.ts';

/** The source dictionary's parts, by where the strings show (src/i18n/en/). */
export const EN_PARTS = { site, search, decide, entries, tools };

/** The source dictionary. */
export const en = { ...site, ...search, ...decide, ...entries, ...tools } as const satisfies Messages;

/** What a locale gives: every key of the English dictionary, as text or as plural forms. */
export type Dictionary = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralForms;
};
