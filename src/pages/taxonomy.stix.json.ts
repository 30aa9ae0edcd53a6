/** The threat taxonomy as a STIX 2.1 bundle, in the conventions ATT&CK and DISARM use. */
import type { APIRoute } from 'astro';
import { taxonomySource } from '../data/taxonomy.ts';
import { taxonomyStix } from '../model/taxonomy-stix.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(taxonomyStix(await taxonomySource()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
