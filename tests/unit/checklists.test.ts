import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checklistMarkdown, checklistSections, countItems } from '../../src/lib/checklists.ts';
import { parseMdx } from '../../src/lib/markdown.ts';

const BODY = `Some intro.

- [ ] Before any heading

## Facts

- [ ] Every sentence is *checked*.

  A wrong detail is repeated long after.

- [x] Already done
- A plain bullet, not an item

## Empty

Just text.

## People

- [ ] Nobody is named
`;

test('items are grouped under their headings, with notes, and plain bullets are not items', () => {
  const sections = checklistSections(parseMdx(BODY));
  assert.deepEqual(
    sections.map((section) => [
      section.heading,
      section.items.map((item) => [item.text, item.note ?? null, item.checked]),
    ]),
    [
      [undefined, [['Before any heading', null, false]]],
      [
        'Facts',
        [
          ['Every sentence is checked.', 'A wrong detail is repeated long after.', false],
          ['Already done', null, true],
        ],
      ],
      ['People', [['Nobody is named', null, false]]],
    ],
  );
  assert.equal(countItems(sections), 4);
  assert.equal(sections[1]!.items[0]!.line, 7);
});

test('exports a Markdown task list with every box empty, notes only when asked', () => {
  const sections = checklistSections(parseMdx(BODY));
  assert.equal(
    checklistMarkdown('Before posting', sections),
    '# Before posting\n\n- [ ] Before any heading\n\n## Facts\n\n- [ ] Every sentence is checked.\n- [ ] Already done\n\n## People\n\n- [ ] Nobody is named\n',
  );
  assert.match(
    checklistMarkdown('T', sections, { notes: true }),
    /- \[ \] Every sentence is checked\.\n {2}A wrong detail is repeated long after\./,
  );
});
