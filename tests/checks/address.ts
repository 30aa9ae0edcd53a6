/** Development and loopback addresses in built files: an address only the builder's own machine answers. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const LOCAL = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/g;

/** Every file under `folder` that names one, with the first few places. */
export function localAddresses(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // Read as Latin-1 so that any file, text or binary, can be searched byte for byte.
    const matches = [...readFileSync(file, 'latin1').matchAll(LOCAL)];
    if (matches.length > 0)
      found.push(
        `${path.relative(folder, file)}: ${matches.length} × ${[...new Set(matches.map((match) => match[0]))].join(', ')}`,
      );
  }
  return found;
}
