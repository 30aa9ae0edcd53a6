/**
 * `npm run bench [-- --large]`: builds a synthetic corpus of N schema-valid entries (about 450
 * words each, with a table, lists and links) with this site's configuration and with a bare
 * Astro + MDX project (no layout, no content checks), and prints one JSON line per N.
 * N = 100 and 1,000; --large adds 5,000. Not a test: it measures, it does not judge.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
const WORK = path.resolve('tests/.tmp/bench');
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
const sizes = [100, 1000, ...(process.argv.includes('--large') ? [5000] : [])];

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

/** The bare floor: Astro and MDX, one page per entry, no layout and no checks. */
const BARE_FILES: Record<string, string> = {
  'astro.config.mjs':
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], markdown: { syntaxHighlight: false }, devToolbar: { enabled: false } });\n",
  'src/content.config.ts':
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { norms: defineCollection({ loader: glob({ base: './content/norms', pattern: '*.mdx' }) }) };\n",
  'src/pages/[id].astro':
    '---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() { return (await getCollection(\'norms\')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n',
};

interface Run {
  seconds: number;
  peakMemoryMB: number;
}

/** Runs a command, polling the peak resident memory (VmHWM) of it and its children. */
function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
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
      else resolve({ seconds: (performance.now() - started) / 1000, peakMemoryMB: Math.round(peak / 1024) });
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

await rm(WORK, { recursive: true, force: true });
for (const n of sizes) {
  const content = path.join(WORK, 'content', 'norms');
  await rm(WORK, { recursive: true, force: true });
  await mkdir(content, { recursive: true });
  await Promise.all(
    Array.from({ length: n }, (_, i) => writeFile(path.join(content, `synthetic-norm-${i + 1}.mdx`), entry(i + 1, n))),
  );
  for (const [file, text] of Object.entries(BARE_FILES)) {
    await mkdir(path.dirname(path.join(WORK, file)), { recursive: true });
    await writeFile(path.join(WORK, file), text);
  }
  if (!existsSync(path.join(WORK, 'node_modules')))
    await symlink(path.join(ROOT, 'node_modules'), path.join(WORK, 'node_modules'));

  const ours = await measure(process.execPath, [ASTRO, 'build', '--outDir', path.join(WORK, 'dist-ours')], {
    cwd: ROOT,
    env: { CONTENT_DIR: path.join(WORK, 'content'), ASTRO_CACHE_DIR: path.join(WORK, 'cache-ours') },
  });
  const index = await measure(process.execPath, [PAGEFIND, '--site', path.join(WORK, 'dist-ours')], { cwd: ROOT });
  const bare = await measure(process.execPath, [ASTRO, 'build', '--outDir', path.join(WORK, 'dist-bare')], {
    cwd: WORK,
  });
  const dist = path.join(WORK, 'dist-ours');
  const pages = Array.from(
    { length: Math.min(n, 25) },
    (_, i) => `norms/synthetic-norm-${Math.floor((i * n) / 25) + 1}`,
  );
  console.log(
    JSON.stringify({
      n,
      buildSeconds: Number(ours.seconds.toFixed(2)),
      pagesPerSecond: Math.round(n / ours.seconds),
      peakMemoryMB: ours.peakMemoryMB,
      pagefindSeconds: Number(index.seconds.toFixed(2)),
      pagefindIndexKB: Math.round(folderSize(path.join(dist, 'pagefind')) / 1024),
      medianEntryPageKB: Number((median(pages.map((page) => pageWeight(dist, page))) / 1024).toFixed(1)),
      bareBuildSeconds: Number(bare.seconds.toFixed(2)),
      barePeakMemoryMB: bare.peakMemoryMB,
      ratioToBare: Number((ours.seconds / bare.seconds).toFixed(2)),
    }),
  );
}
await rm(WORK, { recursive: true, force: true });
