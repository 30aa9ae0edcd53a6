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
const chosen = templates.find((entry) => entry.data.messageLabels !== undefined && !entry.data.document)!;
// A document, such as minutes: its label and restriction go at the top and the bottom, whatever the label.
const document_ = templates.find((entry) => entry.data.document === true)!;
const labelBlank = ((document_.data.placeholders as (Placeholder & { kind?: string })[]) ?? []).find(
  (placeholder) => placeholder.kind === 'label',
)!;
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
  const select = page.getByRole('combobox', { name: /^Label of this message/ });
  await expect(select).toHaveValue(allowed[0]!);
  const preview = page.locator('[data-template-preview]');
  await expect(preview).toContainText(`${allowed[0]}\n`);
  await select.selectOption(allowed[1]!);
  await expect(preview).toContainText(`${allowed[1]}\n`);
  await expect(preview).not.toContainText(`${allowed[0]}\n`);
});

test(`the document "${document_.id}" keeps its label and who may see it at the top and the bottom, TLP:CLEAR too`, async ({
  page,
}) => {
  await page.goto(`templates/${document_.id}/`);
  const preview = page.locator('[data-template-preview]');
  const select = page.getByRole('combobox', { name: /^Label of this message/ });
  for (const label of ['TLP:AMBER+STRICT', 'TLP:CLEAR']) {
    await select.selectOption(label);
    const lines = ((await preview.textContent()) ?? '').trimEnd().split('\n');
    expect(lines[0]).toBe(label);
    expect(lines.at(-1) === label || lines.at(-2) === label).toBe(true);
    expect(lines.filter((line) => line === label).length).toBe(2);
    await expect(preview).not.toContainText('{{label}}');
  }
  await select.selectOption('TLP:AMBER+STRICT');
  const lines = ((await preview.textContent()) ?? '').trimEnd().split('\n');
  expect(lines[1]).toMatch(/^Who may see this document: /);
  expect(lines.at(-1)).toBe(lines[1]);
  const part = page.getByRole('combobox', { name: labelBlank.description });
  await expect(part.locator('option')).toHaveText([
    'Pick a label',
    'TLP:RED',
    'TLP:AMBER+STRICT',
    'TLP:AMBER',
    'TLP:GREEN',
    'TLP:CLEAR',
  ]);
  await part.selectOption('TLP:GREEN');
  await expect(preview).toContainText('Start of TLP:GREEN');
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
