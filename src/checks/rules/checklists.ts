/** Rules on checklists: each is a task list, with every box left for the reader to tick. */
import { checklistSections } from '../../lib/checklists.ts';
import type { ContentProblem } from '../problems.ts';
import { atBodyLine, type Rule } from './context.ts';

export const checklistsHaveItems: Rule = ({ of, body }) =>
  of('checklists').flatMap((entry): ContentProblem[] => {
    const tree = body(entry);
    if (!tree) return [];
    const sections = checklistSections(tree);
    if (sections.length === 0) {
      return [
        atBodyLine(entry, 1, {
          message: 'the checklist has no items',
          expected: 'a task list: lines that start with "- [ ] "',
          help: 'checklists',
        }),
      ];
    }
    return sections.flatMap((section) =>
      section.items
        .filter((item) => item.checked)
        .map((item) =>
          atBodyLine(entry, item.line, {
            message: `the item "${item.text}" is already ticked`,
            expected: 'every item unticked, written "- [ ] "; readers tick them',
            help: 'checklists',
          }),
        ),
    );
  });
