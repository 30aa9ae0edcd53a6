/**
 * The W3C Nu Html Checker (vnu, from the npm package vnu-jar) over a folder of built pages, in one
 * Java process: starting Java once per page would cost minutes.
 *
 * Content-Security-Policy warnings are set apart, not counted as faults: vnu reads the pages from
 * file: URLs, where the policy's 'self' cannot match anything, so it reports every stylesheet,
 * script and hashed inline style as blocked. Served over HTTP nothing is blocked (the browser tests
 * check that no CSP violation occurs), and every inline style and script hash is in its page's
 * policy (tests/site/pages.test.ts). Any other warning is a fault.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url?: string;
  lastLine?: number;
  message: string;
}

export interface NuReport {
  errors: NuMessage[];
  /** Warnings other than the CSP ones that file: URLs cause. */
  warnings: NuMessage[];
  /** The CSP warnings of file: URLs (see above). */
  policyOnFiles: NuMessage[];
  /** Info messages: advice, not faults. */
  info: NuMessage[];
}

const POLICY_ON_FILES = /Content Security Policy \(meta tag\)/;

export function javaMissing(): string | undefined {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return probe.error || probe.status !== 0
    ? 'No Java runtime: the W3C Nu checker needs one. Install it (Debian: apt-get install -y default-jre-headless); .ci/run does.'
    : undefined;
}

export function runNu(folder: string): NuReport {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  // C1 only (TieredStopAtLevel=1) halves the CPU time of one short run; that compiler needs a larger stack.
  const result = spawnSync(
    'java',
    [
      '-Xss8m',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      jar,
      '--skip-non-html',
      '--format',
      'json',
      '--exit-zero-always',
      folder,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  // vnu writes its report to standard error.
  const messages = (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
  const isWarning = (message: NuMessage) => message.type === 'info' && message.subType === 'warning';
  return {
    errors: messages.filter((message) => message.type !== 'info'),
    warnings: messages.filter((message) => isWarning(message) && !POLICY_ON_FILES.test(message.message)),
    policyOnFiles: messages.filter((message) => isWarning(message) && POLICY_ON_FILES.test(message.message)),
    info: messages.filter((message) => message.type === 'info' && !message.subType),
  };
}

/** One line per message, with the page and line, for an assertion's output. */
export function describe(messages: readonly NuMessage[], root: string): string[] {
  return messages.map(
    (message) =>
      `${(message.url ?? '').replace(`file:${root}`, '')}:${message.lastLine ?? '?'} ${message.subType ?? message.type}: ${message.message}`,
  );
}
