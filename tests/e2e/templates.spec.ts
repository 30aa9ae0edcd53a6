/** The template filler: fill, preview, copy with the label in the subject and before the text; downloads; no-JavaScript reading. */
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

interface Placeholder {
  name: string;
  description: string;
  example: string;
}

const templates = entries('templates');
// A private message sent by email: its label must appear in the subject line and before the text.
const emailed = templates.find(
  (entry) => entry.data.messageLabel !== 'TLP:CLEAR' && /```template\nSubject:/.test(entry.body),
)!;
const label = emailed.data.messageLabel as string;
const placeholders = emailed.data.placeholders as Placeholder[];

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
  const [subjectLine = '', , firstLine] = copied.split('\n');
  expect(subjectLine).toMatch(new RegExp(`^Subject: \\[${label.replace('+', '\\+')}\\] `));
  expect(firstLine).toBe(label);
  for (const placeholder of placeholders) expect(copied).toContain(`«${placeholder.example}»`);

  await page.getByRole('button', { name: 'Copy the subject line' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(subjectLine.replace(/^Subject: /, ''));

  expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({
    local: 0,
    session: 0,
  });
});

test('unticking "Mark the message" takes the label out', async ({ page }) => {
  await page.goto(`templates/${emailed.id}/`);
  await page.getByLabel(`Mark the message with ${label}`).uncheck();
  const text = await page.locator('[data-template-preview]').textContent();
  expect(text).not.toContain(label);
});

test('every template downloads as Markdown with its message and label', async ({ request }) => {
  for (const template of templates) {
    const response = await request.get(`templates/${template.id}.md`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain(`# ${template.data.title as string}`);
    expect(text).toContain(`Label of the message: ${template.data.messageLabel as string}`);
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
