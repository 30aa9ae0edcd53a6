/**
 * The governance exposure check: answers in, ranked threats out, with why, a plan, Markdown for an
 * issue and a Navigator layer; the answers live in the address after #; without JavaScript each
 * answer still lists the threats it brings in. Examples come from the content, not from this file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateAgainst } from '../checks/taxonomy.ts';
import { axeViolations } from './axe.ts';
import { contentFiles } from './content.ts';
import { expect, test } from './fixtures.ts';

interface Condition {
  fact: string;
  is: string[];
}

const facts = (
  parse(readFileSync('content/project-facts.yaml', 'utf8')) as {
    facts: { id: string; pick?: string; options: { id: string; answer: string }[] }[];
  }
).facts;
const singleAnswer = new Set(facts.filter((fact) => fact.pick !== 'many').map((fact) => fact.id));

/** A threat whose conditions are on distinct one-answer questions, as many as possible. */
const example = contentFiles('threats')
  .map((file) => {
    const frontmatter = parse(file.text.split(/^---$/m)[1]!) as { code: string; exposure: { when?: Condition[] } };
    return { ...file, code: frontmatter.code, when: frontmatter.exposure.when ?? [] };
  })
  .filter((threat) => threat.when.length >= 2 && threat.when.every((condition) => singleAnswer.has(condition.fact)))
  .filter((threat) => new Set(threat.when.map((condition) => condition.fact)).size === threat.when.length)
  .sort((a, b) => b.when.length - a.when.length)[0]!;

const answerText = (condition: Condition) =>
  facts.find((fact) => fact.id === condition.fact)!.options.find((option) => option.id === condition.is[0])!.answer;

test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('check/');
    for (const condition of example.when) {
      await page.locator(`input[name="${condition.fact}"][value="${condition.is[0]}"]`).check();
    }
    await page.getByRole('button', { name: 'Show the threats that matter to us' }).click();
  });

  test('answers bring in threats, most exposed first, each with why, signals and what tests it', async ({ page }) => {
    await expect(page.locator('#result-title')).toBeFocused();
    for (const condition of example.when) {
      expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`${condition.fact}=${condition.is[0]}`);
    }
    const card = page.locator(`[data-check-threat="${example.code}"]`);
    await expect(card).toBeVisible();
    await expect(card.locator('[data-check-reasons] li')).toHaveCount(example.when.length);
    for (const condition of example.when) {
      await expect(card.locator('[data-check-reasons]')).toContainText(answerText(condition).replace(/\.$/, ''));
    }
    await expect(card.getByRole('heading', { name: 'Signals to watch' })).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Test or prepare with' })).toBeVisible();

    const overview = await page.locator('[data-check-overview] li').allTextContents();
    const scores = overview.map((line) => Number(/(\d+) of your answers/.exec(line)?.[1] ?? 0));
    expect(scores[0]).toBeGreaterThanOrEqual(example.when.length);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await expect(page.locator('[data-check-threat]:visible')).toHaveCount(overview.length);
    await expect(page.locator('[data-check-plan] li').first()).toBeVisible();
  });

  test('the address keeps the answers: a reload, and an in-page link, show the same result', async ({ page }) => {
    const first = await page.locator('[data-check-overview] li').allTextContents();
    const address = page.url();
    await page.reload();
    await expect(page.locator('[data-check-result]')).toBeVisible();
    expect(await page.locator('[data-check-overview] li').allTextContents()).toEqual(first);
    for (const condition of example.when) {
      await expect(page.locator(`input[name="${condition.fact}"][value="${condition.is[0]}"]`)).toBeChecked();
    }
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await expect.poll(() => page.url()).toBe(address);
  });

  test('the result copies as Markdown for an issue, label first, with the plan as a task list', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy as Markdown for an issue' }).click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.split('\n')[0]).toMatch(/^\*\*TLP:AMBER\+STRICT\*\* Please share this only/);
    expect(markdown).toContain(`[${example.code} `);
    expect(markdown).toContain(page.url());
    expect(markdown.match(/^- \[ \] /gm)?.length).toBe(await page.locator('[data-check-plan] li').count());
    await expect(page.locator('[data-check-markdown]')).toHaveText(markdown.trimEnd(), { useInnerText: false });
  });

  test('the result downloads as a Navigator layer that validates', async ({ page }) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a Navigator layer' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('governance-exposure-layer.json');
    const layer = JSON.parse(readFileSync(await download.path(), 'utf8')) as { techniques: { techniqueID: string }[] };
    expect(validateAgainst('navigator-layer.schema.json', layer)).toEqual([]);
    const codes = await page
      .locator('[data-check-threat]:visible')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.checkThreat));
    expect(layer.techniques.map((technique) => technique.techniqueID)).toEqual(codes);
  });

  test('the result meets WCAG 2.2 AA', async ({ page }) => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each answer lists the threats it brings in, and the page says why there is no result', async ({ page }) => {
    await page.goto('check/');
    await expect(page.getByRole('button', { name: 'Show the threats that matter to us' })).toBeHidden();
    await expect(page.locator('[data-check-nojs]')).toBeVisible();
    const [condition] = example.when;
    const question = page.locator(`#q-${condition!.fact}`);
    await question.getByText('Which threats each answer brings in').click();
    await expect(
      question
        .locator('details')
        .getByRole('link', { name: new RegExp(`^${example.code} `) })
        .first(),
    ).toBeVisible();
  });
});
