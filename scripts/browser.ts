/**
 * Finds the Chromium the browser tests drive: Playwright's own if it was installed, else a system
 * Chromium. Shared by `ensure-browser.ts` (which installs one when none is found) and the
 * Playwright configuration.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface FoundBrowser {
  path: string;
  /** Where it came from, to say so in the test output. */
  source: 'playwright' | 'CHROMIUM_PATH' | 'system';
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there.`);
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { path: bundled, source: 'playwright' };
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? COMMANDS.map(onPath).find(Boolean);
  return system ? { path: system, source: 'system' } : undefined;
}

/**
 * Flags for a headless Chromium on a machine with a closed network: without the background
 * networking flags Chromium keeps trying to reach Google's services. Without a GPU, Debian's
 * Chromium (whose launcher turns on GPU rasterization) draws through a software GPU: the browser
 * sample took 244 and 245 processor seconds so, and 223 to 242 (about 230) with this flag.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
