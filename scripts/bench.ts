/**
 * `npm run bench [-- --large --runs K --n N --keep --baseline DIR]`: builds a synthetic corpus of N schema-valid entries
 * (about 450 words each, with a table, lists and links) three ways, in the same run: with this
 * site's configuration and its whole `npm run build` (Astro, the search lexicon, Pagefind), as a
 * default Starlight site (its docs collection, default configuration, Pagefind as Starlight runs
 * it), and as a bare Astro + MDX project (no layout, no content checks, no search index). The three
 * take turns, K rounds (2 unless told), each from a cold cache, so that a change in the machine's
 * load falls on all of them. It prints one JSON line per N: the best round of each (wall-clock and
 * processor seconds) and every round as [wall, processor] seconds. N = 100 and 1,000; --large adds
 * 5,000; --n N measures N alone; --keep leaves the projects in tests/.tmp/bench for profiling;
 * --baseline DIR also builds the corpus, in turn with the others, with the checkout in DIR (with
 * its own node_modules), to measure a change against the code before it.
 * Not a test: it measures, it does not judge.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
const WORK = path.resolve('tests/.tmp/bench');
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const PAGEFIND = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
const FIXTURE = path.resolve('tests/fixtures/valid');
const LEXICON = 'scripts/search-lexicon.ts';
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
};
const sizes = option('--n') ? [option('--n')!] : [100, 1000, ...(process.argv.includes('--large') ? [5000] : [])];
const rounds = option('--runs') ?? 2;
const baselineAt = process.argv.indexOf('--baseline');
const baseline = baselineAt > 0 ? path.resolve(process.argv[baselineAt + 1]!) : undefined;

const WORDS =
  'maintainers volunteers project message label audience update timing steering council moderation report people source community release name trust signal review public private channel notice decide share balance'.split(
    ' ',
  );

/** A paragraph of plain sentences made from a fixed word list, different for each seed. */
function paragraph(seed: number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s += 1) {
    const length = 8 + ((seed + s) % 7);
    const words = Array.from({ length }, (_, w) => WORDS[(seed * 7 + s * 3 + w * 5) % WORDS.length]!);
    out.push(`${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`);
  }
  return out.join(' ');
}

function entry(index: number, total: number): string {
  const next = (index % total) + 1;
  return `---
title: Synthetic norm ${index}
summary: A generated entry for measuring the build. It has a table, lists and links like a real norm.
classification: TLP:CLEAR
status: draft
updated: 2026-01-${String((index % 28) + 1).padStart(2, '0')}
order: ${index}
answers: [what]
audiences: [maintainers, contributors]
---

## Why it matters

${paragraph(index, 6)}

${paragraph(index + 1, 6)}

## Do and avoid

- ${paragraph(index + 2, 1)}
- ${paragraph(index + 3, 1)}
- ${paragraph(index + 4, 1)}

1. ${paragraph(index + 5, 1)}
2. ${paragraph(index + 6, 1)}

| Audience | What they need | When |
|---|---|---|
| Maintainers | ${paragraph(index + 7, 1)} | Today |
| Contributors | ${paragraph(index + 8, 1)} | This week |
| Users | ${paragraph(index + 9, 1)} | When it is fixed |

## A worked example

${paragraph(index + 10, 7)} See [the next entry](/norms/synthetic-norm-${next}/) and the
[FIRST TLP standard](https://www.first.org/tlp/).

${paragraph(index + 11, 6)}
`;
}

const pageRoute = (collection: string) =>
  `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('${collection}')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n`;

/**
 * The projects to compare with, each in its own folder with its own cache. The bare floor: Astro
 * and MDX, one page per entry, no layout and no checks. Starlight as its manual setup describes it:
 * a title and nothing else, the docs collection with its loader and schema; the entries sit in
 * docs/norms/, so the pages have the same addresses as ours and the links between them resolve.
 */
const PROJECTS = {
  bare: {
    content: 'content/norms',
    files: {
      'astro.config.mjs':
        "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './cache', integrations: [mdx()], markdown: { syntaxHighlight: false }, devToolbar: { enabled: false } });\n",
      'src/content.config.ts':
        "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { norms: defineCollection({ loader: glob({ base: './content/norms', pattern: '*.mdx' }) }) };\n",
      'src/pages/[id].astro': pageRoute('norms'),
    },
  },
  starlight: {
    content: 'src/content/docs/norms',
    files: {
      'astro.config.mjs':
        "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './cache', integrations: [starlight({ title: 'Synthetic' })] });\n",
      'src/content.config.ts':
        "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
    },
  },
} satisfies Record<string, { content: string; files: Record<string, string> }>;
type Project = keyof typeof PROJECTS;

interface Run {
  seconds: number;
  /** Processor time (user and system, all processes): on a shared machine it moves less than seconds. */
  cpuSeconds: number;
  peakMemoryMB: number;
}

/**
 * Runs a command under GNU time, for its processor time, polling the peak resident memory (VmHWM)
 * of it and its children.
 */
function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  const timeFile = path.join(WORK, 'time.txt');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const poll = setInterval(() => {
      const pids = [child.pid!, ...descendants(child.pid!)];
      const total = pids.reduce((sum, pid) => sum + vmHwmKb(pid), 0);
      peak = Math.max(peak, total);
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      else {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split(' ').map(Number);
        resolve({
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: user! + system!,
          peakMemoryMB: Math.round(peak / 1024),
        });
      }
    });
  });
}

function vmHwmKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.flatMap((child) => [child, ...descendants(child)]);
  } catch {
    return [];
  }
}

function folderSize(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, item) => {
    const full = path.join(folder, item.name);
    return sum + (item.isDirectory() ? folderSize(full) : statSync(full).size);
  }, 0);
}

/** First-visit weight of a built page: the HTML and the stylesheets and scripts it links, gzipped. */
function pageWeight(dist: string, page: string): number {
  const html = readFileSync(path.join(dist, page, 'index.html'));
  const assets = [...html.toString().matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return [html, ...assets.map((asset) => readFileSync(path.join(dist, asset)))].reduce(
    (sum, body) => sum + gzipSync(body).length,
    0,
  );
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function writeFiles(folder: string, files: Iterable<readonly [string, string]>) {
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
}

/**
 * This site's `npm run build`, step by step, from a cold cache: Astro, the search lexicon, Pagefind;
 * from this checkout, or from another one (--baseline) to compare a change with what it changes.
 */
async function buildOurs(dist: string, checkout = ROOT) {
  const cache = `${dist}-cache`;
  await rm(cache, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
  const astro = await measure(process.execPath, [path.join(checkout, ASTRO), 'build', '--outDir', dist], {
    cwd: checkout,
    env: { CONTENT_DIR: path.join(WORK, 'content'), ASTRO_CACHE_DIR: cache },
  });
  const lexicon = await measure(process.execPath, [path.join(checkout, LEXICON), dist], { cwd: checkout });
  const pagefind = await measure(process.execPath, [PAGEFIND, '--site', dist], { cwd: checkout });
  const steps = [astro, lexicon, pagefind];
  return {
    astro,
    lexicon,
    pagefind,
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    cpuSeconds: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
    peakMemoryMB: Math.max(...steps.map((step) => step.peakMemoryMB)),
  };
}

/** Another project's `astro build` from a cold cache (Starlight runs Pagefind inside it). */
async function buildOther(project: Project) {
  await rm(path.join(WORK, project, 'cache'), { recursive: true, force: true });
  await rm(path.join(WORK, project, 'dist'), { recursive: true, force: true });
  return measure(process.execPath, [path.resolve(ASTRO), 'build'], { cwd: path.join(WORK, project) });
}

function htmlPages(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true }).filter((item) => item.name.endsWith('.html'))
    .length;
}

const seconds = (value: number) => Number(value.toFixed(2));

for (const n of sizes) {
  await rm(WORK, { recursive: true, force: true });
  const entries = new Map(
    Array.from({ length: n }, (_, i) => [`synthetic-norm-${i + 1}.mdx`, entry(i + 1, n)] as const),
  );
  const inFolder = (folder: string) => new Map([...entries].map(([name, text]) => [`${folder}/${name}`, text]));
  // Our build needs one entry of each kind to cross-check (the TLP model, a decision tree, a threat
  // for the exposure check...): the smallest valid content, the tests' fixture, comes along.
  await cp(FIXTURE, path.join(WORK, 'content'), { recursive: true });
  await writeFiles(WORK, inFolder('content/norms'));
  for (const [name, project] of Object.entries(PROJECTS)) {
    await writeFiles(path.join(WORK, name), [...Object.entries(project.files), ...inFolder(project.content)]);
    await symlink(path.join(ROOT, 'node_modules'), path.join(WORK, name, 'node_modules'));
  }

  const dist = path.join(WORK, 'dist-ours');
  const ours: Awaited<ReturnType<typeof buildOurs>>[] = [];
  const before: Run[] = [];
  const starlight: Run[] = [];
  const bare: Run[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (baseline) before.push(await buildOurs(path.join(WORK, 'dist-baseline'), baseline));
    ours.push(await buildOurs(dist));
    starlight.push(await buildOther('starlight'));
    bare.push(await buildOther('bare'));
  }
  const pages = Array.from(
    { length: Math.min(n, 25) },
    (_, i) => `norms/synthetic-norm-${Math.floor((i * n) / 25) + 1}`,
  );
  // The best of the rounds is the one the other engineers' work slowed least.
  const best = (runs: readonly Run[], of: 'seconds' | 'cpuSeconds' = 'seconds') =>
    Math.min(...runs.map((run) => run[of]));
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  console.log(
    JSON.stringify({
      n,
      rounds,
      ourPages: htmlPages(dist),
      buildSeconds: seconds(best(ours)),
      astroSeconds: seconds(best(ours.map((run) => run.astro))),
      lexiconSeconds: seconds(best(ours.map((run) => run.lexicon))),
      pagefindSeconds: seconds(best(ours.map((run) => run.pagefind))),
      pagesPerSecond: Math.round(n / best(ours)),
      peakMemoryMB: Math.max(...ours.map((run) => run.peakMemoryMB)),
      pagefindIndexKB: Math.round(folderSize(path.join(dist, 'pagefind')) / 1024),
      medianEntryPageKB: Number((median(pages.map((page) => pageWeight(dist, page))) / 1024).toFixed(1)),
      starlightPages: htmlPages(path.join(WORK, 'starlight', 'dist')),
      starlightBuildSeconds: seconds(best(starlight)),
      starlightPeakMemoryMB: Math.max(...starlight.map((run) => run.peakMemoryMB)),
      ratioToStarlight: ratio(best(ours), best(starlight)),
      cpuSeconds: seconds(best(ours, 'cpuSeconds')),
      starlightCpuSeconds: seconds(best(starlight, 'cpuSeconds')),
      cpuRatioToStarlight: ratio(best(ours, 'cpuSeconds'), best(starlight, 'cpuSeconds')),
      ...(baseline && {
        baselineBuildSeconds: seconds(best(before)),
        baselineCpuSeconds: seconds(best(before, 'cpuSeconds')),
        baselineRatioToStarlight: ratio(best(before), best(starlight)),
      }),
      bareBuildSeconds: seconds(best(bare)),
      ratioToBare: ratio(best(ours), best(bare)),
      eachRound: ours.map((run, i) => ({
        ...(baseline && { baseline: [seconds(before[i]!.seconds), seconds(before[i]!.cpuSeconds)] }),
        ours: [seconds(run.seconds), seconds(run.cpuSeconds)],
        starlight: [seconds(starlight[i]!.seconds), seconds(starlight[i]!.cpuSeconds)],
        bare: [seconds(bare[i]!.seconds), seconds(bare[i]!.cpuSeconds)],
      })),
    }),
  );
}
if (!process.argv.includes('--keep')) await rm(WORK, { recursive: true, force: true });
