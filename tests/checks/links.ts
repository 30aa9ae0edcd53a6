/** Broken internal links and #anchors in a folder of built HTML, found by linkinator serving it locally. */
import { createServer, type AddressInfo } from 'node:net';
import { LinkChecker } from 'linkinator';

export interface LinkReport {
  checked: number;
  broken: string[];
}

/** A port nothing listens on now, so the check never clashes with another server on the machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function brokenLinks(folder: string, port?: number): Promise<LinkReport> {
  port ??= await freePort();
  const result = await new LinkChecker().check({
    path: folder,
    port,
    recurse: true,
    checkFragments: true,
    // A busy machine can drop a connection to the local server: that is not a broken link, so
    // asking again is fair; a missing page answers 404 every time.
    concurrency: 20,
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 500,
    // Only the built files are checked: other sites, and the canonical addresses of the deployed
    // site, are not fetched from the test machine.
    linksToSkip: async (link) => !link.startsWith(`http://localhost:${port}/`),
  });
  // A link found on several pages (or on / and /index.html) is reported once.
  const broken = [
    ...new Map(result.links.filter((link) => link.state === 'BROKEN').map((link) => [link.url, link])).values(),
  ];
  return {
    checked: result.links.filter((link) => link.state === 'OK').length,
    broken: broken.map(
      (link) =>
        `${link.url} (${link.status ?? 'no answer'}${link.failureDetails?.length ? `: ${String((link.failureDetails[0] as Error).message ?? '')}` : ''}) on ${link.parent ?? '?'}`,
    ),
  };
}
