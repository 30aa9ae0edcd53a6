/**
 * Every interface string comes from the dictionary (src/i18n/): in the pseudo-locale build
 * (`npm run build:pseudo`, into dist-pseudo/), each one is marked ⟦like this⟧, so any text a page
 * shows that is neither marked nor content is a string hard-coded in a component, a layout or a
 * script. Checked on the page kinds below, and on what the tools write once used: search results
 * and notices, the template filler's and the checklist's status, the decision framework's copy,
 * the exposure check's result, an index page's filter count.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { contentRoot } from '../../src/lib/content-root.ts';
import { builtPages } from '../checks/dist.ts';
import { contentPieces, unmarkedInterfaceText, type ShownText } from '../checks/pseudo.ts';
import { serveFolder } from './static-server.ts';
import { expect, test } from './fixtures.ts';

const FOLDER = path.resolve('dist-pseudo');
const PORT = Number(process.env.E2E_PORT ?? 4322) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.use({ baseURL: `${ORIGIN}/`, permissions: ['clipboard-read', 'clipboard-write'] });

let server: Server | undefined;
test.beforeAll(async () => {
  if (!existsSync(path.join(FOLDER, 'index.html')))
    throw new Error(`${FOLDER} is missing: run \`npm run build:pseudo\` before this test.`);
  server = await serveFolder(FOLDER, PORT);
});
test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Every text node (outside script, style, code and template) and every attribute a reader meets, in page order. */
async function shownTexts(page: Page, ignore: string): Promise<{ texts: ShownText[]; attributes: ShownText[] }> {
  return page.evaluate((ignore) => {
    const SKIP = ['script, style, noscript, code, template, .search-result > p:not(.search-result__about)', ignore]
      .filter(Boolean)
      .join(', ');
    const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : ''
      }`;
    const texts: ShownText[] = [];
    const attributes: ShownText[] = [{ text: document.title, where: 'title' }];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement;
        if (parent && !parent.closest(SKIP)) texts.push({ text: node.data, where: describe(parent) });
      } else if (node instanceof Element && !node.closest(SKIP)) {
        for (const name of ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value) attributes.push({ text: value, where: `${describe(node)}[${name}]` });
        }
      }
    }
    return { texts, attributes };
  }, ignore);
}

const content = contentPieces(contentRoot(), [path.resolve('CHANGELOG.md')]);

/** What the page shows now that is interface text but not the dictionary's, as "where: text". */
async function unmarked(page: Page, ignore = ''): Promise<string[]> {
  const { texts, attributes } = await shownTexts(page, ignore);
  // An attribute is a text of its own: the marks of the text around its element do not reach it.
  const found = [
    ...unmarkedInterfaceText(texts, content),
    ...attributes.flatMap((attribute) => unmarkedInterfaceText([attribute], content)),
  ];
  return [...new Set(found.map(({ where, text }) => `${where}: ${text}`))];
}

const pages = builtPages(FOLDER);
const html = (page: string) =>
  readFileSync(path.join(FOLDER, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
const first = (prefix: RegExp, has = '') => {
  const found = pages.find((page) => prefix.test(page) && html(page).includes(has));
  if (!found) throw new Error(`No page of ${FOLDER} matches ${prefix}${has ? ` with ${has}` : ''}.`);
  return found;
};

interface Scenario {
  kind: string;
  path: string;
  /** What a reader does on the page before its text is read again. */
  use?: (page: Page) => Promise<void>;
  /** What then holds what the reader typed, mixed with content: left out when the text is read again. */
  typedInto?: string;
}

const SCENARIOS: Scenario[] = [
  { kind: 'home', path: '' },
  { kind: 'a norm', path: first(/^norms\/[^/]+\/$/) },
  {
    kind: 'a template, filled in and copied',
    path: first(/^templates\/[^/]+\/$/, 'data-template-form'),
    use: async (page) => {
      await page.locator('[data-template-form] input[type="text"]').first().fill('Example');
      await page.locator('[data-copy="all"]').click();
      await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
    },
    typedInto: '[data-template-preview]',
  },
  {
    kind: 'a checklist, ticked, untick all, copied',
    path: first(/^checklists\/[^/]+\/$/),
    use: async (page) => {
      await page.locator('.task-list-item input[type="checkbox"]').first().check();
      await page.locator('[data-checklist-reset]').click();
      await page.locator('[data-checklist-copy]').click();
    },
  },
  { kind: 'a threat', path: first(/^threats\/(?!structure\/)[^/]+\/$/) },
  { kind: 'a threat model of a structure', path: first(/^threats\/structure\/[^/]+\/$/) },
  { kind: 'a situation', path: first(/^situations\/[^/]+\/$/, 'step__call') },
  { kind: 'a case study', path: first(/^cases\/[^/]+\/$/) },
  { kind: 'an exercise', path: first(/^exercises\/[^/]+\/$/) },
  { kind: 'the decision framework’s first question', path: 'decide/' },
  { kind: 'a decision question page', path: first(/^decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/, 'class="answers"') },
  {
    kind: 'a decision outcome on a path, copied',
    path: first(/^decide\/(?!outcomes\/)[^/]+\/[^/]+\/$/, 'id="outcome-text"'),
    use: async (page) => {
      await page.locator('[data-copy-from]').click();
      await expect(page.locator('#copy-status')).not.toBeEmpty();
    },
  },
  { kind: 'a decision outcome in general', path: first(/^decide\/outcomes\/[^/]+\/$/) },
  {
    kind: 'the exposure check, answered, compared and copied',
    path: 'check/',
    use: async (page) => {
      for (const question of await page.locator('[data-check-form] fieldset').all())
        await question.locator('input').first().check();
      await page.locator('[data-check-submit] button').click();
      await expect(page.locator('[data-check-result]')).toBeVisible();
      await page.locator('[data-check-earlier]').fill('nothing to compare');
      await page.locator('[data-check-compare] button').click();
      await page.locator('[data-check-copy="markdown"]').click();
      await expect(page.locator('[data-check-action-status]')).not.toBeEmpty();
    },
  },
  {
    kind: 'search, with results, a corrected spelling and a filter',
    path: 'search/?q=harassment',
    use: async (page) => {
      await expect(page.locator('[data-search]')).toHaveAttribute('data-shown', 'harassment');
      await page.locator('[data-search-filters] input').first().check();
      await page.locator('#search-query').fill('harasment');
      await expect(page.locator('[data-search]')).toHaveAttribute('data-shown', 'harasment');
    },
  },
  {
    kind: 'an index page, narrowed',
    path: 'templates/',
    use: async (page) => {
      await page.locator('[data-filter-form] select').first().selectOption({ index: 1 });
      await expect(page.locator('p[data-filter-status]')).toContainText('⟦');
    },
  },
  { kind: 'the threat matrix', path: 'threats/' },
  { kind: 'the cases index', path: 'cases/' },
  { kind: 'how this guide applies TLP', path: 'tlp/applying-tlp/' },
  { kind: 'the changelog', path: 'changelog/' },
  { kind: 'the 404 page', path: '404.html' },
  { kind: 'the handbook', path: 'handbook/' },
];

test('every interface string on each kind of page comes from the dictionary (pseudo-locale build)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems: Record<string, string[]> = {};
  for (const scenario of SCENARIOS) {
    await page.goto(scenario.path);
    const before = await unmarked(page);
    const after = scenario.use ? (await scenario.use(page), await unmarked(page, scenario.typedInto)) : [];
    const found = [...new Set([...before, ...after])];
    if (found.length > 0) problems[`${scenario.kind} (/${scenario.path})`] = found;
  }
  expect(problems).toEqual({});
});
