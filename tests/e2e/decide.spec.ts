/**
 * The decision framework walked end to end: three full paths with JavaScript (the wizard, its URL,
 * trail, back button and copy), and one without (plain pages linked answer by answer).
 */
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

interface Tree {
  start: string;
  questions: { id: string; question: string; options: { answer: string; next: string }[] }[];
  outcomes: { id: string; title: string; label: string }[];
}

const tree = entries('decisions')[0]!.data as unknown as Tree;

/** The answers that lead from the start to an outcome, found breadth-first. */
function answersTo(outcomeId: string): { answer: string; next: string }[] {
  const queue: { at: string; steps: { answer: string; next: string }[] }[] = [{ at: tree.start, steps: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { at, steps } = queue.shift()!;
    if (at === outcomeId) return steps;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const option of tree.questions.find((question) => question.id === at)?.options ?? [])
      queue.push({ at: option.next, steps: [...steps, option] });
  }
  throw new Error(`no path to ${outcomeId}`);
}

// Three outcomes with different labels, so the walks cover different branches.
const targets = [...new Map(tree.outcomes.map((outcome) => [outcome.label, outcome])).values()].slice(0, 3);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const outcome of targets) {
  test(`with JavaScript: walking to "${outcome.title}"`, async ({ page }) => {
    const steps = answersTo(outcome.id);
    await page.goto('decide/');
    for (const step of steps)
      await page.locator('[data-wizard-step]').getByRole('button', { name: step.answer, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`\\?path=${steps.map((step) => step.next).join('%2C')}$`));
    const result = page.locator('[data-wizard-step]');
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(outcome.title);
    await expect(result.locator('.tlp').first()).toHaveText(new RegExp(`${outcome.label.replace('+', '\\+')}$`));
    await expect(page.locator('[data-wizard-trail] li')).toHaveCount(steps.length);

    await result.getByRole('button', { name: 'Copy the result as text' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${outcome.title}\n\nLabel: ${outcome.label}\nTiming: `)).toBe(true);
    expect(copied).toContain('Who hears it, in this order:\n1. ');

    await page.reload();
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(outcome.title);
  });
}

test('with JavaScript: the back button, changing an answer and starting over', async ({ page }) => {
  const steps = answersTo(targets[0]!.id);
  await page.goto('decide/');
  for (const step of steps)
    await page.locator('[data-wizard-step]').getByRole('button', { name: step.answer, exact: true }).click();
  await page.goBack();
  const lastQuestion = tree.questions.find((question) =>
    question.options.some((option) => option.next === steps.at(-1)!.next),
  )!;
  await expect(page.locator('[data-wizard-step] h2')).toHaveText(lastQuestion.question);
  await page.locator('[data-wizard-trail]').getByRole('button').first().click();
  await expect(page.locator('[data-wizard-step] h2')).toHaveText(
    tree.questions.find((question) => question.id === tree.start)!.question,
  );
  await expect(page.locator('[data-wizard-trail] li')).toHaveCount(0);
  await page.locator('[data-wizard-step]').getByRole('button').first().click();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/decide\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is a page of links, ending on the outcome’s own page', async ({ page }) => {
    const outcome = tree.outcomes.at(-1)!;
    await page.goto('decide/');
    for (const step of answersTo(outcome.id)) await page.getByRole('link', { name: step.answer, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/decide/${outcome.id}/$`));
    await expect(page.locator('h1')).toHaveText(outcome.title);
    await expect(page.locator('main .outcome .tlp').first()).toHaveText(
      new RegExp(`${outcome.label.replace('+', '\\+')}$`),
    );
    await page.goBack();
    await expect(page.locator('h1')).not.toHaveText(outcome.title);
  });
});
