/**
 * Comparing with last time: the answers inside an earlier result (its address, alone or inside the
 * Markdown), and which threats went down or up since. Both results are scored by today's model, so
 * a change shows what changed in the answers.
 */
import { answersFrom, type Answers, type CheckThreat, type Fact, type Finding } from './exposure.ts';

/** The answers in a pasted earlier result, or undefined when it holds none we know. */
export function answersInText(facts: readonly Fact[], text: string): Answers | undefined {
  // The address's part after #, wherever it sits; or the bare "question=answer&..." part itself.
  const query = /#([^\s#()<>[\]]*=[^\s#()<>[\]]*)/.exec(text)?.[1] ?? /^[^\s#]*=[^\s#]*$/.exec(text.trim())?.[0];
  if (!query) return undefined;
  const answers = answersFrom(facts, new URLSearchParams(query));
  return Object.keys(answers).length > 0 ? answers : undefined;
}

export interface Change {
  threat: CheckThreat;
  /** The score last time and now; 0 when the threat was not listed. */
  before: number;
  after: number;
}

/** The threats whose score went down (or away) and up (or in), the largest change first. */
export function compareResults(
  earlier: readonly Finding[],
  now: readonly Finding[],
): { down: Change[]; up: Change[]; same: number } {
  const changes = new Map<string, Change>();
  for (const finding of earlier)
    changes.set(finding.threat.code, { threat: finding.threat, before: finding.score, after: 0 });
  for (const finding of now) {
    const change = changes.get(finding.threat.code);
    changes.set(finding.threat.code, { threat: finding.threat, before: change?.before ?? 0, after: finding.score });
  }
  const all = [...changes.values()];
  const bySize = (a: Change, b: Change) =>
    Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.threat.code.localeCompare(b.threat.code);
  return {
    down: all.filter((change) => change.after < change.before).sort(bySize),
    up: all.filter((change) => change.after > change.before).sort(bySize),
    same: all.filter((change) => change.after === change.before).length,
  };
}
