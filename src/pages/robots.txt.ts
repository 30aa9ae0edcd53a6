/** robots.txt: everything may be indexed; names the sitemap when the build knows the site's address. */
import type { APIRoute } from 'astro';
import { addressOf, url } from '../lib/routes.ts';

export const GET: APIRoute = () => {
  // A Sitemap line takes a full address (and there is no sitemap without one).
  const sitemap = addressOf(url('/sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
