/** Checklists: ticks kept in this browser only, a count, a reset, copy as Markdown, downloads, print and no-JavaScript reading. */
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

const checklist = entries('checklists').find((entry) => (entry.body.match(/^- \[ \] /gm) ?? []).length >= 3)!;
const total = (checklist.body.match(/^- \[ \] /gm) ?? []).length;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('ticks survive a reload, are counted, copy as Markdown, and reset', async ({ page }) => {
  await page.goto(`checklists/${checklist.id}/`);
  const boxes = page.locator('.task-list-item input[type="checkbox"]');
  await expect(boxes).toHaveCount(total);
  const count = page.locator('[data-checklist-count]');
  await expect(count).toHaveText(`0 of ${total} done.`);

  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(count).toHaveText(`2 of ${total} done.`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(count).toHaveText(`2 of ${total} done.`);

  await page.getByRole('button', { name: 'Copy as Markdown task list' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.startsWith(`# ${checklist.data.title as string}\n`)).toBe(true);
  expect(markdown.match(/^- \[x\] /gm)).toHaveLength(2);
  expect(markdown.match(/^- \[ \] /gm)).toHaveLength(total - 2);
  expect(markdown.split('\n').filter((line) => line.startsWith('- ['))[0]).toMatch(/^- \[x\] /);

  await page.getByRole('button', { name: 'Untick all' }).click();
  await expect(boxes.nth(0)).not.toBeChecked();
  await page.reload();
  await expect(count).toHaveText(`0 of ${total} done.`);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('each checkbox is labelled by its item text', async ({ page }) => {
  await page.goto(`checklists/${checklist.id}/`);
  const first = /^- \[ \] (.+)$/m.exec(checklist.body)![1]!.replace(/[*_`]/g, '');
  await expect(page.getByRole('checkbox', { name: first.slice(0, 40) })).toHaveCount(1);
});

test('the download is the task list with every box empty', async ({ request }) => {
  const text = await (await request.get(`checklists/${checklist.id}.md`)).text();
  expect(text.match(/^- \[ \] /gm)).toHaveLength(total);
  expect(text).not.toContain('- [x]');
});

test('printing shows empty boxes and hides the buttons', async ({ page }) => {
  await page.goto(`checklists/${checklist.id}/`);
  await page.locator('.task-list-item input[type="checkbox"]').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist__bar')).toBeHidden();
  const appearance = await page
    .locator('.task-list-item input[type="checkbox"]')
    .first()
    .evaluate((box) => getComputedStyle(box).appearance);
  expect(appearance).toBe('none');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list reads and the boxes still tick', async ({ page }) => {
    await page.goto(`checklists/${checklist.id}/`);
    const boxes = page.locator('.task-list-item input[type="checkbox"]');
    await expect(boxes).toHaveCount(total);
    await boxes.first().check();
    await expect(boxes.first()).toBeChecked();
    await expect(page.getByRole('button', { name: 'Untick all' })).toBeHidden();
    await expect(page.locator('[data-checklist-count]')).toHaveText(`${total} items.`);
  });
});
