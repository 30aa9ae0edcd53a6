/**
 * A release of the guidance: review dates and their defaults, the changelog and its parser, the
 * feed entries for versions, the citation file against the Citation File Format's own schema, the
 * report link against the issue form, and fitting a rendered body into the handbook.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { checkContentRoot, contentWarnings } from '../../src/checks/validate.ts';
import {
  CHANGELOG_SECTIONS,
  ChangelogError,
  UNRELEASED,
  parseChangelog,
  releaseFeedItems,
  releaseNotes,
  releaseOf,
  releasesOf,
} from '../../src/lib/changelog.ts';
import { citationOf, citationText, type CitationFile } from '../../src/lib/citation.ts';
import { nestHtml } from '../../src/lib/html.ts';
import { HANDBOOK_COLLECTIONS } from '../../src/lib/handbook.ts';
import { COLLECTION_NAMES } from '../../src/lib/collections.ts';
import { PROBLEM_FORM, privateReportUrl, problemReportUrl } from '../../src/lib/report.ts';
import { isOverdue, monthsAfter, reviewOf } from '../../src/lib/review.ts';
import { isoDate } from '../../src/lib/dates.ts';
import { contentRootWith } from './helpers.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string };
const CHANGELOG = readFileSync('CHANGELOG.md', 'utf8');

describe('review dates', () => {
  test('without dates of its own, an entry was reviewed when it changed and is due a year later', () => {
    const review = reviewOf({ status: 'draft', updated: day('2026-11-24') });
    assert.equal(isoDate(review.reviewed), '2026-11-24');
    assert.equal(isoDate(review.nextReview), '2027-11-24');
  });

  test('an agreement later than the last change counts as the last review', () => {
    const agreement = { date: day('2027-03-04'), record: 'https://example.org/minutes' };
    const review = reviewOf({ status: 'agreed', updated: day('2027-01-10'), agreement });
    assert.equal(isoDate(review.reviewed), '2027-03-04');
    assert.equal(isoDate(review.nextReview), '2028-03-04');
  });

  test('dates the entry writes win over the defaults', () => {
    const review = reviewOf({
      status: 'draft',
      updated: day('2026-01-01'),
      reviewed: day('2026-06-01'),
      nextReview: day('2026-09-01'),
    });
    assert.deepEqual([isoDate(review.reviewed), isoDate(review.nextReview)], ['2026-06-01', '2026-09-01']);
  });

  test('a year after 29 February is 28 February', () => {
    assert.equal(isoDate(monthsAfter(day('2028-02-29'), 12)), '2029-02-28');
  });

  test('a review is overdue from the day after it was due', () => {
    const review = reviewOf({ status: 'draft', updated: day('2026-01-15') });
    assert.equal(isOverdue(review, new Date('2027-01-15T23:00:00Z')), false);
    assert.equal(isOverdue(review, new Date('2027-01-16T01:00:00Z')), true);
  });

  test('the build warns once per overdue entry, and about an agreed entry changed since it was agreed', async () => {
    const { root, cleanup } = await contentRootWith();
    try {
      const { entries, data, problems } = await checkContentRoot(root);
      assert.deepEqual(problems, []);
      const reviews = (today: string) =>
        contentWarnings(entries, day(today), data).filter((text) => text.includes('review was due'));
      assert.deepEqual(reviews('2026-12-01'), []);
      const due = reviews('2027-01-20');
      // The agreed norm counts as reviewed on the day it was agreed, 1 February, so it is not due yet.
      assert.equal(
        due.length,
        entries.filter((entry) => entry.id !== 'speak-early').length +
          (data.projectFacts ? 1 : 0) +
          (data.tlpModel && data.tlpModel.updated < day('2026-01-20') ? 1 : 0),
      );
      assert.match(due.join('\n'), /templates\/first-notice\.mdx: its review was due on 2027-01-15/);
      assert.doesNotMatch(due.join('\n'), /speak-early/);
      const agreed = entries.find((entry) => entry.id === 'speak-early')!;
      const changed = contentWarnings([{ ...agreed, parsed: { ...agreed.parsed, updated: day('2026-03-01') } }]);
      assert.equal(changed.length, 1);
      assert.match(changed[0]!, /changed on 2026-03-01, after the working group agreed it on 2026-02-01/);
    } finally {
      await cleanup();
    }
  });
});

describe('the changelog', () => {
  const changelog = parseChangelog(CHANGELOG);

  test('CHANGELOG.md holds the package version, dated, under Unreleased', () => {
    assert.equal(changelog.releases[0]?.version, UNRELEASED);
    const current = releaseOf(changelog, pkg.version);
    assert.ok(current?.date, `CHANGELOG.md has no dated section for ${pkg.version}`);
    assert.ok(current.sections.length > 0);
    for (const release of changelog.releases)
      for (const section of release.sections) assert.ok(CHANGELOG_SECTIONS.includes(section.name), section.name);
  });

  const broken: [string, string, RegExp][] = [
    ['no title', '## Unreleased\n', /must start with "# Changelog"/],
    ['a wrong heading', '# Changelog\n\n## Version one\n', /:3: "Version one" is not a release heading/],
    ['a version without date', '# Changelog\n\n## 1.0.0\n\n### Glossary\n\n- x\n', /:3: version 1.0.0 needs its date/],
    [
      'versions out of order',
      '# Changelog\n\n## 1.0.0 - 2026-01-02\n\n### Glossary\n\n- x\n\n## 1.1.0 - 2026-01-01\n\n### Glossary\n\n- y\n',
      /:9: versions go newest first, and 1.1.0 comes after 1.0.0/,
    ],
    [
      'an unknown part',
      '# Changelog\n\n## Unreleased\n\n### Norms\n\n- x\n',
      /:5: "Norms" is not a part of the guidance/,
    ],
    ['a change outside a part', '# Changelog\n\n## Unreleased\n\n- x\n', /:5: write changes under a "### " heading/],
    [
      'Unreleased below a version',
      '# Changelog\n\n## 1.0.0 - 2026-01-01\n\n### Glossary\n\n- x\n\n## Unreleased\n',
      /:9: Unreleased must come first/,
    ],
    [
      'an empty part',
      '# Changelog\n\n## 1.0.0 - 2026-01-01\n\n### Glossary\n',
      /"Glossary" under 1.0.0 lists no change/,
    ],
  ];
  for (const [name, text, message] of broken) {
    test(`a changelog with ${name} is refused with its line`, () => {
      assert.throws(
        () => parseChangelog(text),
        (error: unknown) => error instanceof ChangelogError && message.test(error.message),
      );
    });
  }

  test("a version's release notes are its own section only", () => {
    const text =
      '# Changelog\n\nAbout.\n\n## Unreleased\n\n### Glossary\n\n- Later.\n\n## 0.2.0 - 2026-02-01\n\n### Glossary\n\n- Added a [term](/glossary/x/).\n\n## 0.1.0 - 2026-01-01\n\n### Checklists\n\n- First.\n';
    assert.equal(releaseNotes(text, '0.2.0'), '### Glossary\n\n- Added a [term](/glossary/x/).');
    assert.equal(
      releaseNotes(text, '0.2.0', 'https://example.org/guide/'),
      '### Glossary\n\n- Added a [term](https://example.org/guide/glossary/x/).',
    );
    assert.throws(() => releaseNotes(text, '9.9.9'), /no section for version 9.9.9/);
  });

  test('each dated version is a feed entry pointing to its place on the changelog page', () => {
    const items = releaseFeedItems(changelog, {
      tag: 'tag:example.org,2026:guide',
      changelog: 'https://example.org/guide/changelog/',
      base: '/guide/',
      origin: 'https://example.org',
    });
    assert.equal(items.length, releasesOf(changelog).length);
    const item = items.find((each) => each.title === `Version ${pkg.version} of the guidance`)!;
    assert.equal(item.link, `https://example.org/guide/changelog/#version-${pkg.version.replaceAll('.', '-')}`);
    assert.equal(item.id, `tag:example.org,2026:guide/changelog/${pkg.version}`);
    for (const section of releaseOf(changelog, pkg.version)!.sections)
      assert.ok(item.content!.includes(`<h2>${section.name}</h2>\n<ul>`), `the entry lacks "${section.name}"`);
    assert.doesNotMatch(item.content!, /href="\/(?!guide\/)/, 'site links keep the base path');
  });
});

describe('the citation', () => {
  const file = parse(readFileSync('CITATION.cff', 'utf8')) as CitationFile & Record<string, unknown>;

  test('CITATION.cff is valid Citation File Format 1.2.0', () => {
    const schema = JSON.parse(readFileSync('tests/vendor/citation-file-format/schema.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    // ajv-formats is CommonJS: Node hands over the module object, TypeScript the function.
    const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
      addFormatsModule) as unknown as (ajv: Ajv) => void;
    addFormats(ajv);
    const validate = ajv.compile(schema);
    // YAML reads an unquoted date as a Date; the schema wants the text, as CFF tools read it.
    const valid = validate(JSON.parse(JSON.stringify(file)));
    assert.ok(valid, ajv.errorsText(validate.errors));
    const planted = validate({ ...file, 'cff-version': '1.2.0', authors: [] });
    assert.equal(planted, false, 'the schema refuses a citation without authors');
  });

  test('its version, date and licence are those of package.json and the changelog', () => {
    const release = releaseOf(parseChangelog(CHANGELOG), pkg.version)!;
    assert.equal(file.version, pkg.version);
    assert.equal(String(file['date-released']), isoDate(release.date!));
    assert.equal(file.license, pkg.license);
  });

  test('the citation the site shows names the version', () => {
    const text = citationText(citationOf(file, '9.8.7', day('2031-05-06')));
    assert.match(
      text,
      /^Securing Open Source Communities Working Group \(2031\)\. .+ \(version 9\.8\.7\)\. https:\/\//,
    );
  });
});

describe('reporting a problem', () => {
  const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${PROBLEM_FORM.file}`, 'utf8')) as {
    body: { id?: string; type: string }[];
  };

  test('the link fills in fields the issue form has, with the page title and address', () => {
    const ids = form.body.map((field) => field.id);
    assert.ok(ids.includes(PROBLEM_FORM.titleField) && ids.includes(PROBLEM_FORM.addressField), ids.join(', '));
    const link = new URL(
      problemReportUrl('https://github.com/o/r', { title: 'Say what you know & why', address: 'https://x.org/n/' }),
    );
    assert.equal(link.pathname, '/o/r/issues/new');
    assert.equal(link.searchParams.get('template'), PROBLEM_FORM.file);
    assert.equal(link.searchParams.get(PROBLEM_FORM.titleField), 'Say what you know & why');
    assert.equal(link.searchParams.get(PROBLEM_FORM.addressField), 'https://x.org/n/');
  });

  test('the private route is the one SECURITY.md describes', () => {
    assert.equal(privateReportUrl('https://github.com/o/r'), 'https://github.com/o/r/security/advisories/new');
    assert.match(readFileSync('SECURITY.md', 'utf8'), /Report a vulnerability/);
  });
});

test('the handbook has a part for every section of the guidance (categories are a column of the threat table)', () => {
  assert.deepEqual(
    COLLECTION_NAMES.filter((name) => !['pages', 'categories'].includes(name) && !HANDBOOK_COLLECTIONS.includes(name)),
    [],
  );
});

describe('fitting a page body into the handbook', () => {
  const body =
    '<h2 id="why">Why</h2><p><a href="#why">here</a> <a href="/guide/norms/other/#do">other</a> <a href="/guide/about/">about</a> <a href="https://x.org/">x</a></p><section aria-labelledby="why"><h3 id="more">More</h3></section>';
  const nested = nestHtml(body, {
    prefix: 'norms-one',
    shift: 2,
    anchors: new Map([['/guide/norms/other/', 'norms-other']]),
    origin: 'https://example.org',
  });

  test('headings go lower and ids, with what points to them, get the entry as prefix', () => {
    assert.match(nested, /<h4 id="norms-one-why">Why<\/h4>/);
    assert.match(nested, /<h5 id="norms-one-more">/);
    assert.match(nested, /href="#norms-one-why"/);
    assert.match(nested, /aria-labelledby="norms-one-why"/);
  });

  test('a body that starts lower than h2 starts at the level asked, so the larger page skips no level', () => {
    const lowered = nestHtml('<h3 id="a">A</h3><p>x</p><h4 id="b">B</h4>', { top: 3 });
    assert.match(lowered, /^<h3 id="a">A<\/h3>.*<h4 id="b">B<\/h4>$/s);
    assert.match(nestHtml('<h2>A</h2><h3>B</h3>', { top: 4 }), /^<h4>A<\/h4><h5>B<\/h5>$/);
  });

  test('asides and named sections become plain groups when flattened, so landmarks stay unique', () => {
    const flat = nestHtml(
      '<aside aria-label="Public case: X"><p>x</p></aside><section aria-label="Table: A">t</section><section>s</section>',
      {
        flatten: true,
      },
    );
    assert.equal(
      flat,
      '<div aria-label="Public case: X" role="group"><p>x</p></div><div aria-label="Table: A" role="group">t</div><section>s</section>',
    );
    assert.match(nestHtml('<aside>a</aside>', {}), /^<aside>/);
  });

  test('links to pages the handbook holds stay inside it; every site link keeps its full address for print', () => {
    assert.match(nested, /href="#norms-other" data-print-href="https:\/\/example\.org\/guide\/norms\/other\/#do"/);
    assert.match(nested, /href="\/guide\/about\/" data-print-href="https:\/\/example\.org\/guide\/about\/"/);
    assert.match(nested, /href="https:\/\/x\.org\/">/);
  });
});

describe('the release workflow', () => {
  const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
  };
  const text = readFileSync('.github/workflows/release.yml', 'utf8');

  test('runs on v* tags with no permission beyond writing the release', () => {
    assert.deepEqual(workflow.on.push.tags, ['v*']);
    assert.deepEqual(workflow.permissions, {});
    for (const job of Object.values(workflow.jobs)) assert.deepEqual(job.permissions, { contents: 'write' });
  });

  test('pins every action to a full commit SHA, with its version in a comment', () => {
    const uses = [...text.matchAll(/uses: (\S+)(.*)/g)];
    assert.ok(uses.length >= 2);
    for (const [, action, comment] of uses) {
      assert.match(action!, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, action);
      assert.match(comment!, /^ # v\d+\.\d+\.\d+$/, `${action} has no version comment`);
    }
  });

  test('attaches the handbook, the taxonomy, the STIX bundle and the tree, with the changelog as notes', () => {
    for (const file of ['dist/handbook.pdf', 'dist/taxonomy.json', 'dist/taxonomy.stix.json', 'dist/decide/tree.json'])
      assert.ok(text.includes(`"${file}#`), file);
    assert.match(text, /npm run --silent release:notes -- "\$GITHUB_REF_NAME"/);
    assert.match(text, /--notes-file/);
  });
});
