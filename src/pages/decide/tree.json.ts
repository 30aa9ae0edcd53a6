/** The decision tree as open data, with every path, described by /schemas/decide.schema.json. */
import type { APIRoute } from 'astro';
import { decisionTree } from '../../data/decisions.ts';
import { templateLabelMap } from '../../data/derived.ts';
import { addressOrPath } from '../../data/entries.ts';
import { treeExport } from '../../model/decision-states.ts';
import { collectionPath, url } from '../../lib/routes.ts';

export const GET: APIRoute = async () => {
  const tree = await decisionTree();
  const data = treeExport(tree.data, await templateLabelMap(), addressOrPath(url(collectionPath('decisions'))));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
