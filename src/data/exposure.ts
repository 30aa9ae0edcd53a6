/** The exposure check's questions, fixes and threats, as the page and its script use them. */
import { getCollection } from 'astro:content';
import type { CheckThreat, Fact, Remedy, ResultLabel } from '../model/exposure.ts';
import { factsWithFixes } from '../model/exposure-plan.ts';
import { instructionFor } from '../model/tlp-model.ts';
import { tlpModel } from './derived.ts';
import type { ProjectFacts } from '../schemas/project-facts.ts';
import { allEntries, entriesOf, findEntry, hrefOf, type Entry } from './entries.ts';
import { PUBLIC_LABEL, type TlpLabel } from '../lib/tlp.ts';

/** The questions of content/project-facts.yaml; the content check guarantees the file is there. */
export async function projectFacts(): Promise<ProjectFacts> {
  const [entry] = await getCollection('projectFacts');
  return entry!.data;
}

/** A page, not an exercise: how to write and run an exercise of one's own. */
const METHOD_PAGE = { collection: 'pages', id: 'abusability-testing' } as const;

/** What tests or prepares for a threat: its checklists, the exercises that name it, or else the method. */
async function remediesOf(threat: Entry<'threats'>, exercises: Entry<'exercises'>[]): Promise<Remedy[]> {
  const remedies: Remedy[] = [];
  for (const ref of threat.data.related) {
    if (ref.collection !== 'checklists') continue;
    const checklist = await findEntry({ collection: 'checklists', id: ref.id });
    if (checklist) remedies.push({ kind: 'checklist', title: checklist.data.title, path: hrefOf(checklist) });
  }
  for (const exercise of exercises) {
    if (exercise.data.threats.some((ref) => ref.id === threat.id)) {
      remedies.push({ kind: 'exercise', title: exercise.data.title, path: hrefOf(exercise) });
    }
  }
  if (remedies.length === 0) {
    const method = await findEntry(METHOD_PAGE);
    if (method) remedies.push({ kind: 'method', title: method.data.title, path: hrefOf(method) });
  }
  return remedies;
}

export interface CheckData {
  facts: Fact[];
  threats: CheckThreat[];
  label: ResultLabel;
  /** The label of the summary a team may post in public. */
  publicLabel: ResultLabel;
}

/** A result maps where a project is weak: it is for the team until the team agrees to share it. */
export const RESULT_LABEL: TlpLabel = 'TLP:AMBER+STRICT';

export async function checkData(): Promise<CheckData> {
  const exercises = await entriesOf('exercises');
  const pages = new Map((await allEntries()).map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const facts = factsWithFixes((await projectFacts()).facts, (ref) => {
    const entry = pages.get(ref);
    return entry && { title: String(entry.data.title), path: hrefOf(entry) };
  });
  const threats = await Promise.all(
    (await entriesOf('threats')).map(async (threat): Promise<CheckThreat> => ({
      code: threat.data.code,
      title: threat.data.title,
      path: hrefOf(threat),
      severity: threat.data.severity.level,
      exposure: threat.data.exposure,
      remedies: await remediesOf(threat, exercises),
    })),
  );
  const model = await tlpModel();
  return {
    facts,
    threats,
    label: { label: RESULT_LABEL, instruction: instructionFor(model, RESULT_LABEL) },
    publicLabel: { label: PUBLIC_LABEL, instruction: instructionFor(model, PUBLIC_LABEL) },
  };
}

/** What each threat's card shows beside the score, by GT id: the signals to watch and why the harm is that bad. */
export async function threatDetails(): Promise<Map<string, { signals: string[]; severityWhy: string }>> {
  return new Map(
    (await entriesOf('threats')).map((threat) => [
      threat.data.code,
      { signals: threat.data.signals, severityWhy: threat.data.severity.why },
    ]),
  );
}
