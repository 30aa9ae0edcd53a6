/**
 * Makes sure the browser tests have a Chromium, and says what it did. In order: use one that is
 * already there; else Playwright's installer, if its download site answers; else Debian's or
 * Ubuntu's package when running as root; else stop and name what to install. Never skips silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './browser.ts';

function say(message: string): void {
  console.log(`[browser] ${message}`);
}

async function playwrightCanDownload(): Promise<boolean> {
  try {
    const response = await fetch('https://cdn.playwright.dev/', { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

function run(command: string, args: string[]): boolean {
  say(`running: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const found = findChromium();
if (found) {
  say(`using ${found.source === 'playwright' ? "Playwright's Chromium" : 'Chromium'} at ${found.path}`);
  process.exit(0);
}

say(
  'no Chromium found (looked for Playwright’s own, CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome).',
);
if (await playwrightCanDownload()) {
  say('Playwright’s download site answers; installing its Chromium.');
  if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) process.exit(0);
}
if (process.getuid?.() === 0 && isDebianLike()) {
  say('installing Chromium from the distribution’s packages.');
  if (
    run('apt-get', ['install', '-y', 'chromium']) ||
    (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']))
  ) {
    const installed = findChromium();
    if (installed) {
      say(`installed ${execFileSync(installed.path, ['--version'], { encoding: 'utf8' }).trim()} at ${installed.path}`);
      process.exit(0);
    }
  }
}
console.error(
  [
    '[browser] The browser tests need Chromium, and none could be installed here.',
    '[browser] Install one of these, then run the tests again:',
    '[browser]   - Playwright’s Chromium: npx playwright install chromium',
    '[browser]   - Debian or Ubuntu: sudo apt-get install chromium',
    '[browser]   - any Chromium or Chrome, with CHROMIUM_PATH=/path/to/chrome',
  ].join('\n'),
);
process.exit(1);
