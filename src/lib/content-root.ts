/** Where the content lives: `content/` unless CONTENT_DIR points elsewhere (tests build bad fixtures). */
import path from 'node:path';

export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR ?? 'content');
}
