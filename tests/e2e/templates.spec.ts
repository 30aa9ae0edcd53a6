/** The template filler: fill, preview, copy with the label in the subject and before the text; downloads; no-JavaScript reading. */
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

interface Placeholder {
  name: string;
  description: string;
  example: string;
}

const templates = entries('templates');
// A private message sent by email with its own restriction: the label goes in the subject line, and
// the label then the restriction go directly before the text.
const emailed = templates.find(
  (entry) =>
    entry.data.messageLabel !== undefined &&
    entry.data.messageLabel !== 'TLP:CLEAR' &&
    typeof entry.data.restriction === 'string' &&
    !/\{\{/.test(entry.data.restriction) &&
    /```template\nSubject:/.test(entry.body),
)!;
const label = emailed.data.messageLabel as string;
const restriction = (emailed.data.restriction as string).replace(/\s+/g, ' ').trim();
const placeholders = emailed.data.placeholders as Placeholder[];
// A message whose label depends on what it carries: the writer picks it, starting from the strictest.
const chosen = templates.find((entry) => entry.data.messageLabels !== undefined && !entry.data.labelInText)!;
const allowed = (chosen.data.messageLabels as { allowed: string[] }).allowed;
const labelsOf = (template: (typeof templates)[number]): string[] =>
  template.data.messageLabel
    ? [template.data.messageLabel as string]
    : (template.data.messageLabels as { allowed: string[] }).allowed;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test(`filling "${emailed.id}" previews live and copies the message with ${label} placed`, async ({ page }) => {
  await page.goto(`templates/${emailed.id}/`);
  const preview = page.locator('[data-template-preview]');
  for (const placeholder of placeholders) {
    await page.getByLabel(placeholder.description, { exact: true }).fill(`«${placeholder.example}»`);
  }
  for (const placeholder of placeholders) await expect(preview).toContainText(`«${placeholder.example}»`);
  await expect(preview.locator('mark')).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy the message' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Message copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [subjectLine = '', , firstLine, secondLine] = copied.split('\n');
  expect(subjectLine).toMatch(new RegExp(`^Subject: \\[${label.replace('+', '\\+')}\\] `));
  expect(firstLine).toBe(label);
  expect(secondLine).toBe(restriction);
  for (const placeholder of placeholders) expect(copied).toContain(`«${placeholder.example}»`);

  await page.getByRole('button', { name: 'Copy the subject line' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(subjectLine.replace(/^Subject: /, ''));

  expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({
    local: 0,
    session: 0,
  });
});

test('a label other than TLP:CLEAR cannot be taken off the message', async ({ page }) => {
  await page.goto(`templates/${emailed.id}/`);
  await expect(page.locator('[data-template-form]')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.locator('[data-template-preview]')).toContainText(label);
});

test(`"${chosen.id}" starts from the strictest label, and the writer picks the one that fits`, async ({ page }) => {
  await page.goto(`templates/${chosen.id}/`);
  const select = page.getByRole('combobox');
  await expect(select).toHaveValue(allowed[0]!);
  const preview = page.locator('[data-template-preview]');
  await expect(preview).toContainText(`${allowed[0]}\n`);
  await select.selectOption(allowed[1]!);
  await expect(preview).toContainText(`${allowed[1]}\n`);
  await expect(preview).not.toContainText(`${allowed[0]}\n`);
});

test('every template downloads as Markdown with its message and label', async ({ request }) => {
  for (const template of templates) {
    const response = await request.get(`templates/${template.id}.md`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain(`# ${template.data.title as string}`);
    const labels = labelsOf(template);
    expect(text).toContain(labels.length > 1 ? `one of ${labels.join(', ')}` : `Label of the message: ${labels[0]}`);
    for (const placeholder of (template.data.placeholders as Placeholder[] | undefined) ?? [])
      expect(text).toContain(`{{${placeholder.name}}}`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the message is readable with its label placed, and the download is offered', async ({ page }) => {
    await page.goto(`templates/${emailed.id}/`);
    const preview = page.locator('[data-template-preview]');
    await expect(preview).toContainText(`Subject: [${label}]`);
    await expect(preview).toContainText(`{{${placeholders[0]!.name}}}`);
    await expect(page.locator('[data-template-form]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy the message' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Download as Markdown' })).toHaveAttribute(
      'href',
      new RegExp(`/templates/${emailed.id}\\.md$`),
    );
  });
});
