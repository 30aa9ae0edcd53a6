/** The three ways into the guidance, by what the reader needs now: the home page shows them, and search offers them when nothing matches. */
import type { CollectionName } from './collections.ts';

export interface StartPath {
  id: string;
  /** Where the path starts: its place on the home page, or a page of its own. */
  href: string;
  title: string;
  intro: string;
  /** When the path starts on a page of its own (href), how the home page lists that page, first. */
  first?: { label: string; text: string };
  /** Lists every situation under its family, first, so the reader's own is one tap away. */
  situations?: boolean;
  sections: { collection: CollectionName; text: string }[];
}

export const START_PATHS: StartPath[] = [
  {
    id: 'now',
    href: '/#now',
    title: 'Something is happening now',
    intro: 'Pick what is happening: first steps, who hears what, and a message to send.',
    situations: true,
    sections: [
      {
        collection: 'decisions',
        text: 'Not listed? Answer a few questions and get a label, an audience, timing and a template.',
      },
      {
        collection: 'templates',
        text: 'Holding statements, updates, closing notes and private messages to copy and fill in.',
      },
    ],
  },
  {
    id: 'prepare',
    href: '/prepare/',
    title: 'Prepare your project',
    intro: 'Agree how your project speaks before anything goes wrong, so nobody has to invent it under pressure.',
    first: { label: 'The two-evening plan', text: 'Eight steps in order, for two or three people.' },
    sections: [
      { collection: 'norms', text: 'What to disclose, to whom, and with what balance.' },
      { collection: 'tlp', text: 'Five labels that say how far a message may travel.' },
      { collection: 'checklists', text: 'Set up private channels, adopt TLP, prepare holding statements.' },
    ],
  },
  {
    id: 'stress-test',
    href: '/check/',
    title: 'Stress-test your governance',
    intro:
      'Find the weak spots in how your project is run before someone abuses them. This part is about noticing, not responding.',
    first: {
      label: 'The exposure check',
      text: 'About twenty questions on how you are run; get the threats that matter to you, and a plan.',
    },
    sections: [
      { collection: 'threats', text: 'Ways governance gets abused, and the early signals of each.' },
      { collection: 'structures', text: 'Threat models of single maintainers, councils, foundations and more.' },
      { collection: 'exercises', text: 'Tabletop exercises to run with your team in an hour or two.' },
    ],
  },
];
