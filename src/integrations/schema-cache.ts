/**
 * Astro's content cache keeps entries as an earlier schema parsed them when only a file the content
 * configuration imports has changed (a new default, say), and the build then fails far from the
 * cause. Keying the cache folder by the schemas' source gives every version of them a fresh cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const SCHEMA_SOURCES = ['src/schemas', 'src/lib', 'src/content.config.ts'];

function files(entry: string): string[] {
  try {
    return readdirSync(entry, { withFileTypes: true }).flatMap((child) =>
      child.isDirectory() ? files(path.join(entry, child.name)) : [path.join(entry, child.name)],
    );
  } catch {
    return [entry];
  }
}

export function schemaCacheDir(base: string): string {
  const hash = createHash('sha256');
  for (const file of SCHEMA_SOURCES.flatMap(files).sort()) hash.update(file).update(readFileSync(file));
  const name = `content-${hash.digest('hex').slice(0, 12)}`;
  // Caches of earlier schemas are never read again.
  for (const stale of existsSync(base) ? readdirSync(base) : []) {
    if (stale.startsWith('content-') && stale !== name)
      rmSync(path.join(base, stale), { recursive: true, force: true });
  }
  return path.join(base, name);
}
