/**
 * Turns a locale into the functions pages and scripts call: `t(key, values)` with `{name}`
 * interpolation, plural forms chosen by `Intl.PluralRules`, and dates, numbers and lists formatted
 * by `Intl` for the locale. Pure and small, with no dictionary of its own: the browser's scripts use
 * it too, with only the messages their page hands them (see `clientLocale`).
 */

/** A message that depends on a number: one form per plural category the locale uses, `other` always. */
export type PluralForms = { readonly other: string } & {
  readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;
export type Value = string | number;

export interface LocaleFormat {
  /** The BCP 47 tag pages declare: `<html lang>` and `og:locale`. */
  lang: string;
  /** The tag `Intl` formats with: dates, numbers, plural rules and lists. */
  intl: string;
  /** Marks put around every string the locale produces: the pseudo-locale's ⟦ ⟧. */
  mark?: readonly [open: string, close: string];
}

export interface Locale<M extends Messages = Messages> extends LocaleFormat {
  messages: M;
}

/** A placeholder of a message whose value is markup, filled in by the caller (see Phrase.astro). */
export interface Slot {
  slot: string;
}

/** The `{name}` placeholders of a message, as a type. */
type NamesIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | NamesIn<Rest> : never;
type FormsOf<M> = M extends string ? M : M extends PluralForms ? M[keyof M] : never;
/** What a message needs filled in: its placeholders, and `count` for plural forms. */
export type VariablesOf<M> = NamesIn<FormsOf<M>> | (M extends string ? never : 'count');
type ValuesArg<M> = [VariablesOf<M>] extends [never] ? [] : [values: Record<VariablesOf<M>, Value>];

export type ListType = 'and' | 'or' | 'unit';

export interface Translator<M extends Messages> {
  <K extends keyof M & string>(key: K, ...values: ValuesArg<M[K]>): string;
  /** The message split at the placeholders not given a value: each becomes a slot for markup. */
  parts<K extends keyof M & string>(key: K, values?: Partial<Record<VariablesOf<M[K]>, Value>>): (string | Slot)[];
  /** "4 March 2027": a day, in UTC, as the locale writes it in a sentence. */
  date(date: Date): string;
  number(value: number): string;
  /** "a, b and c" ("and"), "a or b" ("or"), or "a, b, c" ("unit", a plain list). */
  list(items: readonly string[], type?: ListType): string;
  /** A list split into its items (by index) and the locale's words between them, for items that are markup. */
  listParts(count: number, type?: ListType): (string | { item: number })[];
  locale: Locale;
}

const PLACEHOLDER = /\{([A-Za-z][\w-]*)\}/g;
const LIST_TYPES: Record<ListType, Intl.ListFormatOptions> = {
  and: { type: 'conjunction', style: 'long' },
  or: { type: 'disjunction', style: 'long' },
  unit: { type: 'unit', style: 'short' },
};

/** Joins neighbouring strings, so a message comes back as few pieces as it can. */
function joined<T>(pieces: readonly (string | T)[]): (string | T)[] {
  const out: (string | T)[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
    else if (piece !== '') out.push(piece);
  }
  return out;
}

export function createTranslator<M extends Messages>(locale: Locale): Translator<M> {
  const plurals = new Intl.PluralRules(locale.intl);
  const numbers = new Intl.NumberFormat(locale.intl);
  const dates = new Intl.DateTimeFormat(locale.intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const [open, close] = locale.mark ?? ['', ''];
  const marked = (text: string) => (open || close ? `${open}${text}${close}` : text);
  const shown = (value: Value) => (typeof value === 'number' ? numbers.format(value) : value);

  const text = (key: string, values: Readonly<Record<string, Value | undefined>>): string => {
    const message = locale.messages[key];
    if (message === undefined) throw new Error(`The locale "${locale.lang}" has no message "${key}".`);
    if (typeof message === 'string') return message;
    const count = values.count;
    if (typeof count !== 'number')
      throw new Error(`The message "${key}" has plural forms and needs a number as count.`);
    return message[plurals.select(count)] ?? message.other;
  };

  const parts = (key: string, values: Readonly<Record<string, Value | undefined>> = {}): (string | Slot)[] => {
    const message = text(key, values);
    const pieces: (string | Slot)[] = [open];
    let last = 0;
    for (const match of message.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      const value = values[name];
      pieces.push(message.slice(last, match.index), value === undefined ? { slot: name } : shown(value));
      last = match.index + match[0].length;
    }
    pieces.push(message.slice(last), close);
    return joined(pieces);
  };

  const listParts = (count: number, type: ListType = 'and'): (string | { item: number })[] => {
    const placeholders = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
    const format = new Intl.ListFormat(locale.intl, LIST_TYPES[type]);
    return joined(
      format
        .formatToParts(placeholders)
        .map((part) => (part.type === 'element' ? { item: placeholders.indexOf(part.value) } : marked(part.value))),
    );
  };

  const t = ((key: string, values: Readonly<Record<string, Value>> = {}) =>
    parts(key, values)
      .map((piece) => {
        if (typeof piece === 'string') return piece;
        throw new Error(`The message "${key}" needs a value for {${piece.slot}}.`);
      })
      .join('')) as unknown as Translator<M>;
  t.parts = parts as Translator<M>['parts'];
  t.date = (date) => marked(dates.format(date));
  t.number = (value) => numbers.format(value);
  t.list = (items, type) =>
    listParts(items.length, type)
      .map((piece) => (typeof piece === 'string' ? piece : items[piece.item]))
      .join('');
  t.listParts = listParts;
  t.locale = locale;
  return t;
}

/**
 * The part of a locale a browser script needs: its format and only the messages whose keys start
 * with one of the prefixes given. A page puts it in a data attribute for its script.
 */
export function clientLocale(locale: Locale, prefixes: readonly string[]): Locale {
  const messages = Object.fromEntries(
    Object.entries(locale.messages).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  );
  return { lang: locale.lang, intl: locale.intl, ...(locale.mark ? { mark: locale.mark } : {}), messages };
}

/** The translator a browser script builds from the locale its page handed it as JSON. */
export function translatorFrom<M extends Messages>(json: string | undefined): Translator<M> {
  const locale = JSON.parse(json ?? '{}') as Partial<Locale>;
  return createTranslator<M>({
    lang: locale.lang ?? 'en',
    intl: locale.intl ?? 'en',
    ...locale,
    messages: locale.messages ?? {},
  });
}
