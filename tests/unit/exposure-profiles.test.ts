/**
 * The exposure check on real project profiles (tests/unit/exposure-profiles.ts), through the
 * content and the model the page uses: each profile's expected threats rank among the first six,
 * well-run projects see few threats, and every plan step is a concrete fix that lowers a top threat.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ValidEntry } from '../../src/checks/validate.ts';
import { siteContent } from './helpers.ts';
import { assess, POINTS, type CheckThreat, type Fact } from '../../src/model/exposure.ts';
import { factsWithFixes, planFor, PLAN_LENGTH } from '../../src/model/exposure-plan.ts';
import { PROFILES, TOP_PLACES, WELL_RUN } from './exposure-profiles.ts';

let facts: Fact[];
let threats: (CheckThreat & { id: string })[];

before(async () => {
  const { entries, data, problems } = await siteContent();
  assert.deepEqual(problems, [], 'the content passes its checks');
  const titles = new Map(
    entries.map((entry) => [`${entry.collection}/${entry.id}`, entry.parsed as { title: string }]),
  );
  facts = factsWithFixes(data.projectFacts!.facts, (ref) =>
    titles.has(ref) ? { title: titles.get(ref)!.title, path: `/${ref}/` } : undefined,
  );
  threats = entries
    .filter((entry): entry is ValidEntry<'threats'> => entry.collection === 'threats')
    .map((entry) => ({
      id: entry.id,
      code: entry.parsed.code,
      title: entry.parsed.title,
      path: `/threats/${entry.id}/`,
      severity: entry.parsed.severity.level,
      exposure: entry.parsed.exposure,
      remedies: [],
    }));
});

const idOf = (code: string) => threats.find((threat) => threat.code === code)!.id;

test('there are at least ten profiles, from one-person projects to councils and company-led projects', () => {
  assert.ok(PROFILES.length >= 10);
  const structures = new Set(PROFILES.flatMap((profile) => profile.answers.structure ?? []));
  for (const structure of ['single-maintainer', 'founder-led', 'elected-council', 'foundation-hosted', 'company-led'])
    assert.ok(structures.has(structure), structure);
});

describe('each profile ranks the threats a careful reader expects', () => {
  for (const profile of PROFILES) {
    test(profile.name, () => {
      const findings = assess(facts, threats, profile.answers);
      const ranked = findings.map((finding) => idOf(finding.threat.code));
      const shown = ranked
        .slice(0, TOP_PLACES + 2)
        .map((id, index) => `${index + 1}. ${id} (${findings[index]!.score})`)
        .join(', ');
      for (const expected of profile.expectTop) {
        const place = ranked.indexOf(expected) + 1;
        assert.ok(
          place >= 1 && place <= TOP_PLACES,
          `${expected} is at ${place || 'no place'}; the first places: ${shown}`,
        );
      }
      for (const expected of profile.expectListed ?? []) assert.ok(ranked.includes(expected), `${expected} is listed`);
      if (profile.notFirst) assert.ok(!profile.notFirst.includes(ranked[0]!), `${ranked[0]} comes first`);
      if (profile.atMost !== undefined)
        assert.ok(findings.length <= profile.atMost, `${findings.length} threats: ${ranked.join(', ')}`);
    });
  }
});

test('a well-run project is told of few threats, none of them one its answers protect it from', () => {
  for (const profile of PROFILES.filter((item) => item.atMost !== undefined)) {
    for (const finding of assess(facts, threats, profile.answers)) {
      const lowered = finding.protections.reduce((sum, reason) => sum + reason.points, 0);
      const raised = finding.reasons.reduce((sum, reason) => sum + reason.points, 0);
      assert.ok(raised > lowered || finding.threat.exposure.everyProject, `${profile.name}: ${finding.threat.code}`);
    }
  }
});

test('each profile’s plan is concrete fixes, at most six, each removing less than the one before or as much', () => {
  for (const profile of PROFILES) {
    const findings = assess(facts, threats, profile.answers);
    const plan = planFor(facts, threats, profile.answers);
    assert.ok(plan.length <= PLAN_LENGTH, profile.name);
    plan.forEach((step, index) => {
      assert.ok(step.removes > 0, `${profile.name}: step ${index + 1} removes something`);
      assert.ok(step.fix.see.length > 0 && step.fix.exercise.path.startsWith('/exercises/'), step.fix.step);
      if (index > 0) assert.ok(step.removes <= plan[index - 1]!.removes, `${profile.name}: step ${index + 1}`);
    });
    const fixable = findings.some((finding) =>
      finding.reasons.some((reason) =>
        facts
          .find((fact) => fact.id === reason.fact)
          ?.fixes?.some((fix) => (profile.answers[reason.fact] ?? []).some((answer) => fix.from.includes(answer))),
      ),
    );
    assert.equal(
      plan.length > 0,
      fixable,
      `${profile.name}: a plan exactly when an answer that raises a threat has a fix`,
    );
  }
});

test('one weak answer in a well-run project brings a threat it hits directly into the first three', () => {
  const most = Math.max(...POINTS);
  let tried = 0;
  for (const fact of facts.filter((item) => item.pick === 'one')) {
    for (const option of fact.options) {
      if (WELL_RUN[fact.id]?.includes(option.id)) continue;
      const hit = threats.filter((threat) =>
        threat.exposure.raise.some(
          (condition) => condition.fact === fact.id && condition.is.includes(option.id) && condition.points === most,
        ),
      );
      if (hit.length === 0) continue;
      for (const publicProfile of ['widely-used', 'small']) {
        tried += 1;
        const answers = { ...WELL_RUN, [fact.id]: [option.id], 'public-profile': [publicProfile] };
        const first = assess(facts, threats, answers).slice(0, 3);
        assert.ok(
          first.some((finding) => hit.includes(finding.threat as CheckThreat & { id: string })),
          `${fact.id}=${option.id} (${publicProfile}): ${first.map((finding) => finding.threat.code).join(', ')}`,
        );
      }
    }
  }
  assert.ok(tried >= 20, `${tried} weak answers tried`);
});
