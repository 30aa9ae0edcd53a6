/**
 * security.txt (RFC 9116), built with each deploy so its Expires date stays in the future: where to
 * report a security problem with this site itself. Problems in other projects' code belong with
 * those projects; the contributing page says where.
 */
import type { APIRoute } from 'astro';
import { securityTxt } from '../../lib/security-txt.ts';
import { REPOSITORY } from '../../site.config.ts';
import { addressOf, url } from '../../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(
    securityTxt({
      repository: REPOSITORY,
      canonical: addressOf(url('/.well-known/security.txt')),
      now: new Date(),
    }),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
