/**
 * The governance exposure check: answers in, ranked threats out, with why, a plan of fixes with
 * owners and dates, Markdown for the team, a public summary and a Navigator layer, and a comparison
 * with an earlier result; the answers live in the address after #; without JavaScript each answer
 * still lists the threats it raises and lowers. Examples come from the content and from the
 * profiles the unit tests run, not from this file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateAgainst } from '../checks/taxonomy.ts';
import { axeViolations } from './axe.ts';
import { contentFiles } from './content.ts';
import { expect, test } from './fixtures.ts';
import { PROFILES, TOP_PLACES } from '../unit/exposure-profiles.ts';

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

const threatFiles = contentFiles('threats').map((file) => {
  const frontmatter = parse(file.text.split(/^---$/m)[1]!) as { code: string; exposure: { raise?: Condition[] } };
  return { ...file, code: frontmatter.code, when: frontmatter.exposure.raise ?? [] };
});

/** A threat whose raising answers are on distinct one-answer questions, as many as possible. */
const example = threatFiles
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

  test('answers bring in threats, highest score first, each with its score, why, signals and what tests it', async ({
    page,
  }) => {
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
    await expect(card.locator('[data-check-score]')).toHaveText(
      /^Score \d+: \d+ points? from your answers.*, times [123] for (low|medium|high) harm\.$/,
    );
    await expect(card.getByRole('heading', { name: 'How bad it would be' })).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Signals to watch' })).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Test or prepare with' })).toBeVisible();

    const overview = await page.locator('[data-check-overview] li').allTextContents();
    const scores = overview.map((line) => Number(/: score (\d+)/.exec(line)?.[1]));
    expect(scores.every((score) => score > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(overview.length).toBeLessThanOrEqual(8);
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

  test('the result copies as Markdown for the team, label first, with the plan as a task list', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.locator('[data-check-action-status]')).toHaveText(
      'Copied. Paste it only where your team alone can read it, such as your team’s private channel.',
    );
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
      .locator('[data-check-threat]:not([hidden])')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.checkThreat));
    expect(layer.techniques.map((technique) => technique.techniqueID)).toEqual(codes);
  });

  test('the result meets WCAG 2.2 AA', async ({ page }) => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

const codeOf = (id: string) => threatFiles.find((file) => file.id === id)!.code;
const founder = PROFILES.find((profile) => profile.name.startsWith('a founder holds'))!;

test.describe('a project profile played by clicking its answers', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('check/');
    for (const [fact, answers] of Object.entries(founder.answers)) {
      for (const answer of answers) await page.locator(`input[name="${fact}"][value="${answer}"]`).check();
    }
    await page.getByRole('button', { name: 'Show the threats that matter to us' }).click();
  });

  test('the threats a careful reader expects come first, and the rest wait under "Also worth a look"', async ({
    page,
  }) => {
    const overview = page.locator('[data-check-overview] li');
    const top = (await overview.allTextContents()).slice(0, TOP_PLACES);
    for (const id of founder.expectTop) expect(top.some((line) => line.startsWith(`${codeOf(id)} `))).toBe(true);
    const summary = await page.locator('[data-check-summary]').textContent();
    const total = Number(/: (\d+) threats/.exec(summary ?? '')?.[1]);
    await expect(overview).toHaveCount(Math.min(8, total));
    if (total > 8) {
      const more = page.locator('[data-check-more]');
      await expect(more.locator('[data-check-threat]:visible')).toHaveCount(0);
      await more.locator('summary').click();
      await expect(more.locator('[data-check-threat]:visible')).toHaveCount(total - 8);
    }
  });

  test('the plan gives concrete fixes with an owner and a date, kept in the Markdown, named in no public summary', async ({
    page,
  }) => {
    const steps = page.locator('[data-check-plan] .check-step');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.count()).toBeLessThanOrEqual(6);
    const first = steps.first();
    await first.getByLabel('Owner of step 1').fill('Sam');
    await first.getByLabel('Date of step 1').fill('2027-01-15');
    const step = (await first.locator('[data-step-text]').textContent())!;
    await expect(first.getByRole('link').last()).toHaveAttribute('href', /\/exercises\//);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`**1. ${step}**`);
    expect(markdown).toContain('  - Owner: Sam\n  - Date: 2027-01-15\n');

    await page.getByRole('button', { name: 'Copy the public summary' }).click();
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary.split('\n')[0]).toMatch(/^\*\*TLP:CLEAR\*\* /);
    expect(summary).toContain('- [ ] Step 1, by 2027-01-15');
    for (const secret of [step, 'Sam', 'GT-', '#structure=']) expect(summary).not.toContain(secret);
  });

  test('the words read right: the label with its space, a private place to paste, the score in plain words', async ({
    page,
  }) => {
    const share = page.locator('.check-result__share');
    await expect(share).toContainText(/so it is\s+Its label:\s+TLP:AMBER\+STRICT: keep it within your team/);
    await expect(share).toContainText(
      'Paste it only where your team alone can read it, such as your team’s private channel.',
    );
    await expect(page.getByRole('button', { name: /for an issue/ })).toHaveCount(0);
    await expect(page.locator('[data-check-score]:visible').first()).not.toContainText('of your answers bring');
  });

  test('pasting an earlier result shows which threats went down and up', async ({ page }) => {
    const earlier = new URL(page.url());
    earlier.hash = earlier.hash.replace('domain-holders=one', 'domain-holders=several');
    await page
      .getByLabel('Paste the address or the Markdown of an earlier result')
      .fill(`Our answers: ${earlier.href}`);
    await page.getByRole('button', { name: 'Compare' }).click();
    const result = page.locator('[data-check-compare-result]');
    await expect(result).toContainText(/Since then: 0 went down, [1-9]\d* went up/);
    await expect(result).toContainText(`${codeOf('assets-held-by-individuals')} `);
    await page.getByLabel('Paste the address or the Markdown of an earlier result').fill('no answers here');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(result).toContainText('We found no answers in what you pasted.');
  });

  test('the result with the plan and the comparison meets WCAG 2.2 AA', async ({ page }) => {
    await page.locator('[data-check-more] summary').click();
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
    await question.getByText('What each answer raises or lowers').click();
    await expect(
      question
        .locator('details')
        .getByRole('link', { name: new RegExp(`^${example.code} `) })
        .first(),
    ).toBeVisible();
  });
});
