/** The threat taxonomy as JSON, described by /schemas/taxonomy.schema.json. */
import type { APIRoute } from 'astro';
import { taxonomySource } from '../data/taxonomy.ts';
import { taxonomyJson } from '../model/taxonomy-export.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(taxonomyJson(await taxonomySource()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
