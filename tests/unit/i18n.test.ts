/**
 * The dictionary and its translator (src/i18n/): interpolation, plural forms by Intl.PluralRules,
 * dates, numbers and lists by Intl for the locale, the pseudo-locale's marks, every locale giving
 * every key with the same placeholders, and a second locale needing nothing but its dictionary.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EN_PARTS, en, type Dictionary } from '../../src/i18n/en.ts';
import { LOCALES, localeNamed } from '../../src/i18n/locales.ts';
import { clientLocale, createTranslator, translatorFrom, type Locale, type Message } from '../../src/i18n/translate.ts';
import { caseSections } from '../../src/lib/cases.ts';

const day = new Date(Date.UTC(2027, 2, 4));

test('each key of the English dictionary is written in one of its parts only, so none is silently replaced', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [part, messages] of Object.entries(EN_PARTS)) {
    for (const key of Object.keys(messages)) {
      if (seen.has(key)) twice.push(`${key}: in ${seen.get(key)} and ${part}`);
      seen.set(key, part);
    }
  }
  assert.deepEqual(twice, []);
  assert.equal(Object.keys(en).length, seen.size);
});

test('t fills placeholders, picks the plural form for the count, and formats numbers for the locale', () => {
  const t = createTranslator<typeof en>(LOCALES.en);
  assert.equal(t('layout.status', { status: 'Draft' }), 'Status: Draft');
  assert.equal(t('matrix.threats', { count: 1 }), '1 threat');
  assert.equal(t('matrix.threats', { count: 3 }), '3 threats');
  assert.equal(t('matrix.threats', { count: 1200 }), '1,200 threats');
  assert.equal(t('templateTool.blanks', { count: 1, blanks: '{{a}}' }).startsWith('It still has a blank'), true);
  // A missing value is a mistake in the code, not something to print as "{name}".
  assert.throws(() => (t as unknown as (key: string, values: object) => string)('layout.status', {}), /\{status\}/);
  assert.throws(() => (t as unknown as (key: string) => string)('no.such.key'), /no message "no.such.key"/);
});

test('dates and lists are written the way the locale writes them', () => {
  const t = createTranslator<typeof en>(LOCALES.en);
  assert.equal(t.date(day), '4 March 2027');
  assert.equal(t.list(['a', 'b', 'c'], 'unit'), 'a, b, c');
  assert.equal(t.list(['a', 'b', 'c'], 'or'), 'a, b or c');
  assert.equal(t.list(['a', 'b'], 'and'), 'a and b');
  assert.deepEqual(t.listParts(2, 'or'), [{ item: 0 }, ' or ', { item: 1 }]);
});

test('parts leaves a slot for each placeholder given no value, for markup to fill', () => {
  const t = createTranslator<typeof en>(LOCALES.en);
  assert.deepEqual(t.parts('layout.updated'), ['Updated ', { slot: 'date' }]);
  assert.deepEqual(
    t.parts('report.text').filter((part) => typeof part !== 'string'),
    [{ slot: 'report' }, { slot: 'private' }],
  );
});

test('the pseudo-locale marks every message, and what Intl writes, so unmarked text stands out', () => {
  const t = createTranslator<typeof en>(localeNamed('pseudo'));
  assert.equal(t('layout.skipLink'), '⟦Skip to content⟧');
  assert.equal(t('matrix.threats', { count: 2 }), '⟦2 threats⟧');
  assert.deepEqual(t.parts('layout.updated'), ['⟦Updated ', { slot: 'date' }, '⟧']);
  assert.equal(t.date(day), '⟦4 March 2027⟧');
  assert.equal(t.list(['TLP:RED', 'TLP:AMBER'], 'or'), 'TLP:RED⟦ or ⟧TLP:AMBER');
});

test('an unknown SITE_LOCALE stops the build and names the locales there are', () => {
  assert.throws(() => localeNamed('xx'), /"xx".*use one of en, pseudo/);
});

const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
        [...(text ?? '').matchAll(/\{([\w-]+)\}/g)].map((match) => match[1]),
      ),
    ),
  ].sort();

test('every locale gives every key of the English dictionary, with the same placeholders', () => {
  for (const [name, locale] of Object.entries(LOCALES)) {
    const messages = locale.messages as Dictionary;
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(en).sort(), name);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.deepEqual(placeholders(messages[key]), placeholders(en[key]), `${name}: ${key}`);
      if (typeof en[key] !== 'string') assert.ok(typeof messages[key] !== 'string' && 'other' in messages[key], key);
    }
  }
});

test('no TLP label is ever a message of its own: labels stay as FIRST writes them, in every language', () => {
  for (const message of Object.values(en).flatMap((value) =>
    typeof value === 'string' ? [value] : Object.values(value),
  ))
    assert.doesNotMatch(message, /^TLP:[A-Z+]+$/);
});

/**
 * A second language needs a dictionary and nothing else. This tiny one (not published) takes the
 * English messages and changes a few, as a translator would; its Intl tag is German, whose dates
 * and numbers differ from English, and it is picked the way SITE_LOCALE picks a locale.
 */
const fake: Locale<Dictionary> = {
  lang: 'de',
  intl: 'de-DE',
  messages: {
    ...en,
    'layout.skipLink': 'Zum Inhalt springen',
    'matrix.threats': { one: '{count} Bedrohung', other: '{count} Bedrohungen' },
    'content.case.facts': 'Was geschah',
    'content.case.communication': 'Wie es mitgeteilt wurde',
    'content.case.analysis': 'Was wir daraus lernen',
  },
};

test('a second locale needs only its dictionary: strings, plurals, dates, numbers and the content rules follow it', () => {
  const t = createTranslator<typeof en>(localeNamed('fake', { ...LOCALES, fake }));
  assert.equal(t.locale.lang, 'de');
  assert.equal(t('layout.skipLink'), 'Zum Inhalt springen');
  assert.equal(t('matrix.threats', { count: 1200 }), '1.200 Bedrohungen');
  assert.equal(t.date(day), '4. März 2027');
  assert.equal(t.list(['a', 'b'], 'or'), 'a oder b');
  // The checker's required case headings come from the content's own language.
  assert.deepEqual(Object.values(caseSections(t)), ['Was geschah', 'Wie es mitgeteilt wurde', 'Was wir daraus lernen']);
});

test('a language with more plural forms than English gets the one Intl.PluralRules picks', () => {
  const polish: Locale = {
    lang: 'pl',
    intl: 'pl',
    messages: {
      n: {
        one: '{count} zagrożenie',
        few: '{count} zagrożenia',
        many: '{count} zagrożeń',
        other: '{count} zagrożenia',
      },
    },
  };
  const t = createTranslator<{ n: { one: string; few: string; many: string; other: string } }>(polish);
  assert.deepEqual(
    [1, 2, 5, 22].map((count) => t('n', { count })),
    ['1 zagrożenie', '2 zagrożenia', '5 zagrożeń', '22 zagrożenia'],
  );
});

test('a browser script gets only the messages its page hands it, and translates with them', () => {
  const handed = clientLocale(LOCALES.pseudo, ['copyText.']);
  assert.deepEqual(Object.keys(handed.messages).sort(), ['copyText.copied', 'copyText.failed']);
  const t = translatorFrom<typeof en>(JSON.stringify(handed));
  assert.equal(
    t('copyText.copied'),
    '⟦Copied. The text and its address show what you answered: share it only with people this result says may hear it.⟧',
  );
});

/** Every source file a reader's page is built from: components, layouts, pages and scripts. */
function interfaceSources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => path.join(folder, file));
}

test('components, layouts, pages and scripts name no locale: the dictionary they use is the site’s', () => {
  for (const file of ['src/components', 'src/layouts', 'src/pages', 'src/scripts'].flatMap(interfaceSources)) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\b(?:en-GB|en-US|lang="en"|'en'|toLocale\w*String\()/, file);
    assert.doesNotMatch(
      text,
      /^import (?!type )[^;]*from '[./]*i18n\/en\.ts'/m,
      `${file} imports the English dictionary itself`,
    );
  }
});
