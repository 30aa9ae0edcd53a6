/**
 * Rules on links and addresses: every link between entries points at an entry, the components an
 * MDX text uses are the site's own and name cases that exist, and no page takes an address the
 * site already uses.
 */
import { COLLECTIONS, COLLECTION_NAMES, isCollectionName, type CollectionName } from '../../lib/collections.ts';
import { CONTENT_COMPONENT_NAMES, componentUses } from '../../lib/components.ts';
import { findRefs, keyOf } from '../../lib/references.ts';
import { nearest } from '../../lib/text.ts';
import type { RawEntry } from '../load.ts';
import type { ContentProblem } from '../problems.ts';
import { atBodyLine, atField, type Rule } from './context.ts';

export const referencesResolve: Rule = ({ entries, everyEntry, unreadable, linksOf }) => {
  const known = new Set([...everyEntry, ...unreadable].map(keyOf));
  const idsOf = (collection: CollectionName) =>
    everyEntry.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  const valid = new Set(entries.map(keyOf));
  // An entry that failed its schema still has its broken links reported, so one slip hides none.
  const linked = [
    ...entries.map((entry) => ({ entry: entry as RawEntry, refs: findRefs(entry.parsed) })),
    ...everyEntry.filter((entry) => !valid.has(keyOf(entry))).map((entry) => ({ entry, refs: linksOf(entry) })),
  ];
  return linked.flatMap(({ entry, refs }) =>
    refs
      .filter((ref) => !known.has(keyOf(ref)))
      .map((ref) => {
        const near = nearest(ref.id, idsOf(ref.collection));
        const fileName = `the file name (without .${COLLECTIONS[ref.collection].format}) of an entry in content/${ref.collection}/`;
        return atField(entry, ref.path, {
          message: `"${ref.id}" is not an entry of ${ref.collection}: the link points at nothing`,
          found: JSON.stringify(ref.id),
          expected: near.length
            ? `${fileName}, such as ${near
                .slice(0, 3)
                .map((id) => `"${id}"`)
                .join(' or ')}`
            : fileName,
          help: 'linking-entries',
        });
      }),
  );
};

/** Routes the site builds besides those of entries; a page must not take them. */
export const RESERVED_PAGE_IDS = ['search', '404', 'schemas', 'pagefind', 'handbook', 'changelog'] as const;

export const pageRoutesFree: Rule = ({ entries, of }) => {
  const taken = new Set<string>([
    ...RESERVED_PAGE_IDS,
    ...COLLECTION_NAMES.map((name) => COLLECTIONS[name].route).filter(Boolean),
  ]);
  return of('pages').flatMap((entry): ContentProblem[] => {
    const { section } = entry.parsed;
    if (isCollectionName(entry.id)) {
      return section
        ? [
            atField(entry, ['section'], {
              message: `a page named after the ${entry.id} collection introduces its index and cannot also sit under a section`,
              help: 'pages',
            }),
          ]
        : [];
    }
    if (section) {
      const clash = entries.find((other) => other.collection === section && other.id === entry.id);
      return clash
        ? [
            atField(entry, ['section'], {
              message: `this page would take the address of ${clash.file}`,
              expected: 'another file name for the page',
              help: 'pages',
            }),
          ]
        : [];
    }
    return taken.has(entry.id)
      ? [
          {
            file: entry.file,
            message: `the page address /${entry.id}/ is already used by the site`,
            expected: 'another file name for the page',
            help: 'pages',
          },
        ]
      : [];
  });
};

/** An MDX text may use only the components the site passes to it; any other fails the build obscurely. */
export const componentsKnown: Rule = ({ entries, body }) =>
  entries.flatMap((entry): ContentProblem[] => {
    const tree = /<[A-Z]/.test(entry.body) ? body(entry) : undefined;
    if (!tree) return [];
    return componentUses(tree)
      .filter((use) => !(CONTENT_COMPONENT_NAMES as readonly string[]).includes(use.name) && /^[A-Z]/.test(use.name))
      .map((use) => {
        const [near] = nearest(use.name, CONTENT_COMPONENT_NAMES, 1);
        return atBodyLine(entry, use.line, {
          message: `<${use.name}> is not a component the site knows`,
          found: `<${use.name}>`,
          expected: `one of ${CONTENT_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')}${near ? `; did you mean <${near}>?` : ''}`,
          help: 'writing-mdx',
        });
      });
  });

/** `<PublicCase id="…" />` in any entry's text must name a case that exists. */
export const publicCasesExist: Rule = ({ entries, everyEntry, body }) => {
  const cases = new Set(everyEntry.filter((entry) => entry.collection === 'cases').map((entry) => entry.id));
  return entries.flatMap((entry): ContentProblem[] => {
    const tree = entry.body.includes('<PublicCase') ? body(entry) : undefined;
    if (!tree) return [];
    return componentUses(tree, 'PublicCase').flatMap((use) => {
      const id = use.attributes.id;
      if (typeof id === 'string' && cases.has(id)) return [];
      return [
        atBodyLine(entry, use.line, {
          message:
            typeof id === 'string'
              ? `<PublicCase id="${id}" /> names no case: there is no content/cases/${id}.mdx`
              : '<PublicCase /> needs the id of a case, written id="the-case-file-name"',
          expected: 'the file name of a case in content/cases/, without .mdx',
          help: 'citing-a-case',
        }),
      ];
    });
  });
};
