/**
 * On /check/, the link that opens ATT&CK Navigator loads the very bundle the downloaded layer names:
 * Navigator opens a layer with custom data only on the address it loaded. Without JavaScript, and
 * in a build that does not know the site's address, the link stays hidden and the steps by hand remain.
 */
import { readFileSync } from 'node:fs';
import { NAVIGATOR } from '../../src/model/navigator.ts';
import { expect, test } from './fixtures.ts';

test.use({ acceptDownloads: true });

test('the Navigator link and the downloaded layer name the same bundle', async ({ page }) => {
  await page.goto('check/');
  const first = page.locator('input[type="radio"], input[type="checkbox"]').first();
  await first.check();
  await page.getByRole('button', { name: 'Show the threats that matter to us' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a Navigator layer' }).click(),
  ]);
  const layer = JSON.parse(readFileSync(await download.path(), 'utf8')) as { customDataURL: string };
  const link = page.getByRole('link', { name: 'Open the threat taxonomy in ATT&CK Navigator' });
  await expect(link).toBeVisible();
  const href = new URL((await link.getAttribute('href'))!);
  expect(`${href.origin}${href.pathname}`).toBe(NAVIGATOR.home);
  const fragment = new URLSearchParams(href.hash.slice(1));
  expect(fragment.get('bundleURL')).toBe(layer.customDataURL);
  expect(fragment.get('domain')).toBe(NAVIGATOR.domain);
  expect(fragment.get('version')).toBe(NAVIGATOR.dataVersion);
  expect(new URL(layer.customDataURL).pathname).toMatch(/\/taxonomy\.stix\.json$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the steps by hand are there, and a direct link only where the build knows the address', async ({ page }) => {
    await page.goto('check/');
    await expect(page.getByText('Create layer from bundle')).toBeVisible();
    const link = page.getByRole('link', { name: 'Open the threat taxonomy in ATT&CK Navigator' });
    if (process.env.SITE_URL) await expect(link).toBeVisible();
    else await expect(link).toBeHidden();
  });
});
