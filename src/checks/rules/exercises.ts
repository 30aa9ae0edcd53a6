/** Rules on tabletop exercises: injects come in time order, within the exercise's length. */
import { atField, type Rule } from './context.ts';

export const injectsInOrder: Rule = ({ of }) =>
  of('exercises').flatMap((entry) =>
    entry.parsed.injects.flatMap((inject, index, injects) => {
      const previous = injects[index - 1];
      if (inject.at > entry.parsed.duration) {
        return [
          atField(entry, ['injects', index, 'at'], {
            message: `this inject comes at minute ${inject.at}, after the exercise ends at minute ${entry.parsed.duration}`,
            help: 'exercises',
          }),
        ];
      }
      if (previous && inject.at < previous.at) {
        return [
          atField(entry, ['injects', index, 'at'], {
            message: `injects must be in time order; minute ${inject.at} comes after minute ${previous.at}`,
            help: 'exercises',
          }),
        ];
      }
      return [];
    }),
  );
