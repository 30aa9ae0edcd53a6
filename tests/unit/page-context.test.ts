/**
 * The page context (src/lib/page-context.ts): one object per page, built in one function, that the
 * layout hands out to its head, header, breadcrumbs, heading and footer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { h2 } from '../../src/lib/headings.ts';
import { MAX_TITLE, entryPage, pageContext, sectionPage, type PageEntry } from '../../src/lib/page-context.ts';

const site = {
  name: 'Example Guidance',
  repository: 'https://github.com/o/r',
  branch: 'main',
  url: 'https://example.org',
};
const day = new Date(Date.UTC(2027, 0, 5));

const entry = (fields: Omit<Partial<PageEntry>, 'data'> & { data?: Partial<PageEntry['data']> } = {}): PageEntry => ({
  collection: 'norms',
  id: 'be-timely',
  filePath: 'content/norms/be-timely.mdx',
  ...fields,
  data: {
    title: 'Be timely',
    summary: 'Say something early.',
    aliases: ['speed'],
    classification: 'TLP:CLEAR',
    status: 'draft',
    updated: day,
    audiences: ['leadership', 'public'],
    ...fields.data,
  },
});

test('a page carries its title with the site’s name, its address, edit link and flags', () => {
  const page = pageContext(
    { title: 'Checklists', description: 'Lists.', sourcePath: 'src/pages/x.astro' },
    '/checklists/',
    site,
  );
  assert.equal(page.documentTitle, 'Checklists · Example Guidance');
  assert.equal(page.canonical, 'https://example.org/checklists/');
  assert.equal(page.address, 'https://example.org/checklists/');
  assert.equal(page.editUrl, 'https://github.com/o/r/edit/main/src/pages/x.astro');
  assert.deepEqual([page.home, page.compact, page.noindex, page.showToc], [false, false, false, false]);
  assert.deepEqual([page.trail, page.headings, page.aliases], [[], [], []]);
});

test('a build that does not know its address writes none: "Report a problem" names the path', () => {
  const page = pageContext({ title: 'T', description: 'D', sourcePath: 'x' }, '/norms/', { ...site, url: undefined });
  assert.equal(page.canonical, undefined);
  assert.equal(page.address, '/norms/');
});

test('the home page is titled with the site’s name alone, and a long title goes without it, cut short', () => {
  assert.equal(
    pageContext({ title: 'Home', description: 'D', sourcePath: 'x', home: true }, '/', site).documentTitle,
    site.name,
  );
  const long = 'A title long enough that adding the site name would take it past what search engines show';
  const title = pageContext({ title: long, description: 'D', sourcePath: 'x' }, '/x/', site).documentTitle;
  assert.ok(title.length <= MAX_TITLE && title.endsWith('…') && !title.includes(site.name), title);
});

test('a table of contents appears from four second-level headings', () => {
  const headings = (count: number) => Array.from({ length: count }, (_, index) => h2(`h${index}`, `Heading ${index}`));
  const page = (count: number) =>
    pageContext({ title: 'T', description: 'D', sourcePath: 'x', headings: headings(count) }, '/x/', site);
  assert.equal(page(3).showToc, false);
  assert.equal(page(4).showToc, true);
});

test('an entry’s page sits in its collection’s section, with a crumb to it, its search facets and its review', () => {
  const page = entryPage(entry());
  assert.equal(page.title, 'Be timely');
  assert.equal(page.lead, 'Say something early.');
  assert.equal(page.section, '/norms/');
  assert.deepEqual(page.trail, [{ label: 'Communication norms', href: '/norms/' }]);
  assert.equal(page.sourcePath, 'content/norms/be-timely.mdx');
  assert.deepEqual(page.search, {
    kind: 'Norm',
    label: 'TLP:CLEAR',
    messageLabel: undefined,
    messageLabels: undefined,
    audiences: ['Leadership body', 'The public'],
  });
  assert.equal(page.review?.status, 'draft');
  assert.equal(page.compact, false);
});

test('a page with a tool gets the jump link and moves its status below; a page of a section lives under it', () => {
  const jumped = entryPage(entry(), { jump: { href: '#checklist', label: 'Skip' }, title: 'GT-001: Be timely' });
  assert.equal(jumped.compact, true);
  assert.equal(jumped.title, 'GT-001: Be timely');
  const sectioned = entryPage(entry({ collection: 'pages', id: 'method', data: { section: 'exercises' } }));
  assert.equal(sectioned.section, '/exercises/');
  assert.deepEqual(sectioned.trail, [{ label: 'Tabletop exercises', href: '/exercises/' }]);
  const plain = entryPage(entry({ collection: 'pages', id: 'about' }));
  assert.equal(plain.section, '/about/');
  assert.deepEqual(plain.trail, []);
});

test('a section’s index takes its introduction’s title and summary, or the collection’s own name and sentence', () => {
  const bare = sectionPage('templates', undefined, { sourcePath: 'src/pages/[collection]/index.astro', updated: day });
  assert.equal(bare.title, 'Message templates');
  assert.equal(bare.lead, 'Messages to copy, fill in and send, each with the label it should carry.');
  assert.equal(bare.search, undefined);
  const intro = entry({ collection: 'pages', id: 'templates', data: { title: 'Templates to send' } });
  const introduced = sectionPage('templates', intro, { sourcePath: 'x' });
  assert.equal(introduced.title, 'Templates to send');
  assert.equal(introduced.sourcePath, 'content/norms/be-timely.mdx');
  assert.deepEqual(introduced.search, { kind: 'Overview', label: 'TLP:CLEAR' });
});
