/**
 * /third-party-licences.txt: the licence texts of the code from other projects that the site
 * serves to readers' browsers (Pagefind runs the search; stemmer, bundled into the search page's
 * script, compares word endings). Their MIT licences ask that the notice travel with the code, so
 * the texts are read from the installed packages at build time, never copied by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';

/** Each package the site serves code from, and its licence file inside the package. */
const SERVED = [
  { name: 'Pagefind', module: 'pagefind', file: 'LICENSE/LICENSE', use: 'runs the search page' },
  { name: 'stemmer', module: 'stemmer', file: 'license', use: "compares word endings in the search page's script" },
] as const;

/** Builds run from the project's folder, where npm installs the packages. */
function licence(module: string, file: string): string {
  return readFileSync(path.join(process.cwd(), 'node_modules', module, file), 'utf8').trim();
}

export const GET: APIRoute = () => {
  const parts = SERVED.map(
    ({ name, module, file, use }) => `${name} (${use})\n${'='.repeat(40)}\n\n${licence(module, file)}\n`,
  );
  const head =
    'Code from other projects that this site serves, and its licences. Everything else on the site\n' +
    'is dedicated to the public domain under CC0 1.0; see /licence/.\n';
  return new Response([head, ...parts].join('\n\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
