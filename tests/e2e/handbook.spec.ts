/**
 * The handbook as a PDF: `npm run handbook` (its quick print, which leaves out only the bookmarks
 * and structure tags) writes dist/handbook.pdf; every page carries the site's label at the top and
 * at the bottom, at 12 pt or larger, and its page number; the cover names the version; and the
 * whole guidance is in it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures.ts';
import { contentFiles } from './content.ts';
import { PUBLIC_LABEL } from '../../src/lib/tlp.ts';

interface TextItem {
  str: string;
  transform: number[];
}

test('npm run handbook prints the whole guidance, labelled at the top and bottom of every page', async () => {
  test.setTimeout(180_000);
  const output = execFileSync(process.execPath, ['scripts/handbook-pdf.ts', '--quick'], { encoding: 'utf8' });
  expect(output).toMatch(/✓ dist\/handbook\.pdf: \d+ pages/);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync('dist/handbook.pdf')));
  const faults: string[] = [];
  const text: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items as TextItem[];
    text.push(items.map((item) => item.str).join(' '));
    // The text's size is the length of its vertical vector; PDF units are points.
    const labels = items
      .filter((item) => item.str.trim() === PUBLIC_LABEL)
      .map((item) => ({ y: item.transform[5]!, size: Math.hypot(item.transform[2]!, item.transform[3]!) }));
    if (!labels.some((label) => label.y > height * 0.9 && label.size >= 11.95))
      faults.push(`page ${number}: no ${PUBLIC_LABEL} at 12 pt at the top`);
    if (!labels.some((label) => label.y < height * 0.1 && label.size >= 11.95))
      faults.push(`page ${number}: no ${PUBLIC_LABEL} at 12 pt at the bottom`);
    if (!items.some((item) => item.str.trim() === `Page ${number} of ${pdf.numPages}`))
      faults.push(`page ${number}: no page number`);
  }
  expect(faults).toEqual([]);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(text[0]).toContain(`${version}, of`);
  // Every norm, template and checklist is in it, by title. Text items can split a word, so spaces are left out.
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  const whole = squeeze(text.join(''));
  const missing = ['norms', 'templates', 'checklists']
    .flatMap((collection) => contentFiles(collection))
    .filter((entry) => !whole.includes(squeeze(entry.title)))
    .map((entry) => `${entry.collection}/${entry.id}`);
  expect(missing).toEqual([]);
});
