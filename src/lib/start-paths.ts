/** The three ways into the guidance, by what the reader needs now: the home page shows them, and search offers them when nothing matches. */
import type { PlainKey as Key } from '../i18n/index.ts';
import type { CollectionName } from './collections.ts';

export interface StartPath {
  id: string;
  /** Where the path starts: its place on the home page, or a page of its own. */
  href: string;
  /** The dictionary's words for the path: its title and one sentence. */
  title: Key;
  intro: Key;
  /** When the path starts on a page of its own (href), how the home page lists that page, first. */
  first?: { label: Key; text: Key };
  /** Lists every situation under its family, first, so the reader's own is one tap away. */
  situations?: boolean;
  sections: { collection: CollectionName; text: Key }[];
}

export const START_PATHS: StartPath[] = [
  {
    id: 'now',
    href: '/#now',
    title: 'start.now.title',
    intro: 'start.now.intro',
    situations: true,
    sections: [
      { collection: 'decisions', text: 'start.now.decisions' },
      { collection: 'templates', text: 'start.now.templates' },
    ],
  },
  {
    id: 'prepare',
    href: '/prepare/',
    title: 'start.prepare.title',
    intro: 'start.prepare.intro',
    first: { label: 'start.prepare.firstLabel', text: 'start.prepare.firstText' },
    sections: [
      { collection: 'norms', text: 'start.prepare.norms' },
      { collection: 'tlp', text: 'start.prepare.tlp' },
      { collection: 'checklists', text: 'start.prepare.checklists' },
    ],
  },
  {
    id: 'stress-test',
    href: '/check/',
    title: 'start.stressTest.title',
    intro: 'start.stressTest.intro',
    first: { label: 'start.stressTest.firstLabel', text: 'start.stressTest.firstText' },
    sections: [
      { collection: 'threats', text: 'start.stressTest.threats' },
      { collection: 'structures', text: 'start.stressTest.structures' },
      { collection: 'exercises', text: 'start.stressTest.exercises' },
    ],
  },
];
