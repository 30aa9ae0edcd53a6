/**
 * The exposure check in the browser: reads the answers from the form or from the page address
 * (after #, which browsers never send to a server), scores the threats with the same model the
 * build and the profile tests use, and shows them with why, the plan of fixes, the comparison with
 * an earlier result, and the exports.
 */
import type { en } from '../i18n/en.ts';
import { translatorFrom } from '../i18n/translate.ts';
import {
  answeredCount,
  answersFrom,
  assess,
  navigatorLayer,
  queryFor,
  TOP_THREATS,
  type Answers,
  type CheckThreat,
  type Fact,
  type Finding,
  type Reason,
  type ResultLabel,
} from '../model/exposure.ts';
import { answersInText, compareResults, type Change } from '../model/exposure-compare.ts';
import {
  answerWords,
  publicSummary,
  resultMarkdown,
  scoreWords,
  stepLowers,
  threatName,
  watchStep,
} from '../model/exposure-markdown.ts';
import { planFor, type PlanStep } from '../model/exposure-plan.ts';

interface Data {
  facts: Fact[];
  threats: CheckThreat[];
  label: ResultLabel;
  publicLabel: ResultLabel;
}

/** The file name the layer downloads as; NavigatorSteps.astro names it too. */
const LAYER_FILE = 'governance-exposure-layer.json';
const root = document.querySelector<HTMLElement>('[data-check]');
const dataElement = document.getElementById('check-data');
const form = document.querySelector<HTMLFormElement>('[data-check-form]');
const result = document.querySelector<HTMLElement>('[data-check-result]');

if (root && dataElement && form && result) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as Data;
  const t = translatorFrom<typeof en>(root.dataset.i18n);
  const pick = <E extends Element>(selector: string, within: ParentNode = result) => within.querySelector<E>(selector)!;
  const cards = new Map(
    [...result.querySelectorAll<HTMLElement>('[data-check-threat]')].map((card) => [card.dataset.checkThreat!, card]),
  );
  const overview = pick<HTMLOListElement>('[data-check-overview]');
  const plan = pick<HTMLOListElement>('[data-check-plan]');
  const stepTemplate = pick<HTMLTemplateElement>('[data-check-step]');
  const more = pick<HTMLDetailsElement>('[data-check-more]');
  const summary = pick<HTMLElement>('[data-check-summary]');
  const actionStatus = pick<HTMLElement>('[data-check-action-status]');
  const compareResult = pick<HTMLElement>('[data-check-compare-result]');
  let findings: Finding[] = [];
  let steps: PlanStep[] = [];
  let texts = { markdown: '', summary: '' };
  let layer = '';
  let current = '';

  form.querySelector('[data-check-submit]')?.removeAttribute('hidden');

  const item = (parts: (string | Node)[]) => {
    const li = document.createElement('li');
    li.append(...parts);
    return li;
  };
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  const strong = (text: string) => Object.assign(document.createElement('strong'), { textContent: text });
  const titleOf = (threat: CheckThreat) => threatName(threat, t);
  const reasonItem = (reason: Reason, sign: '+' | '−') =>
    item([
      strong(reason.question),
      ` ${t('checkScript.youSaid', { answer: answerWords(reason, sign) })}`,
      reason.why ? ` ${reason.why}` : '',
    ]);

  const fill = (answers: Answers) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = (answers[input.name] ?? []).includes(input.value);
    }
  };

  /** The Markdown, the public summary and the layer, with what the team typed into the plan. */
  const refreshExports = () => {
    const fields = [...plan.querySelectorAll('.check-step')].map((step) => ({
      owner: pick<HTMLInputElement>('[data-step-owner]', step).value,
      date: pick<HTMLInputElement>('[data-step-date]', step).value,
    }));
    const context = { resultUrl: location.href };
    texts = {
      markdown: resultMarkdown(findings, steps, { ...context, label: data.label, fields }, t),
      summary: publicSummary(
        steps,
        {
          checkUrl: location.href.split('#')[0]!,
          date: new Date().toISOString().slice(0, 10),
          label: data.publicLabel,
          fields,
        },
        t,
      ),
    };
    pick('[data-check-markdown]').textContent = texts.markdown;
    pick('[data-check-public]').textContent = texts.summary;
    layer = JSON.stringify(
      navigatorLayer(findings, { ...context, stixUrl: new URL(root.dataset.stix!, location.href).href }, t),
      null,
      2,
    );
  };

  const showCard = (finding: Finding, list: HTMLOListElement) => {
    const card = cards.get(finding.threat.code);
    if (!card) return;
    card.hidden = false;
    list.append(card);
    pick('[data-check-score]', card).textContent = scoreWords(finding, t);
    pick('[data-check-reasons]', card).replaceChildren(
      ...(finding.reasons.length === 0
        ? [item([t('checkScript.everyProject')])]
        : finding.reasons.map((reason) => reasonItem(reason, '+'))),
    );
    const lowers = pick<HTMLElement>('[data-check-lowers]', card);
    const protections = pick<HTMLElement>('[data-check-protections]', card);
    lowers.hidden = protections.hidden = finding.protections.length === 0;
    protections.replaceChildren(...finding.protections.map((reason) => reasonItem(reason, '−')));
  };

  const showPlan = () => {
    plan.replaceChildren(
      ...steps.map((step, index) => {
        const li = stepTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
        pick('[data-step-text]', li).textContent = step.fix.step;
        pick('[data-step-lowers]', li).textContent = stepLowers(step, t);
        for (const number of li.querySelectorAll('[data-step-number]'))
          number.textContent = t('checkScript.stepNumber', { number: index + 1 });
        const see = pick('[data-step-see]', li);
        for (const piece of t.listParts(step.fix.see.length, 'unit')) {
          const page = typeof piece === 'string' ? undefined : step.fix.see[piece.item]!;
          see.append(page ? link(page.path, page.title) : (piece as string));
        }
        Object.assign(pick<HTMLAnchorElement>('[data-step-exercise]', li), {
          href: step.fix.exercise.path,
          textContent: step.fix.exercise.title,
        });
        return li;
      }),
      ...(findings.length > 0 ? [item([watchStep(t)])] : []),
    );
    pick<HTMLElement>('[data-check-has-plan]').hidden = steps.length === 0;
    pick<HTMLElement>('[data-check-no-plan]').hidden = steps.length > 0 || findings.length === 0;
  };

  const show = (answers: Answers, moveFocus: boolean) => {
    findings = assess(data.facts, data.threats, answers);
    steps = planFor(data.facts, data.threats, answers);
    const rest = findings.slice(TOP_THREATS);
    for (const card of cards.values()) card.hidden = true;
    overview.replaceChildren(
      ...findings.slice(0, TOP_THREATS).map((finding) =>
        item([
          link(`#threat-${finding.threat.code}`, titleOf(finding.threat)),
          t('checkScript.overviewItem', {
            score: finding.score,
            harm: t(`checkScript.harm.${finding.threat.severity}`),
          }),
        ]),
      ),
    );
    for (const [index, finding] of findings.entries())
      showCard(finding, pick(index < TOP_THREATS ? '[data-check-threats]' : '[data-check-rest]'));
    more.hidden = rest.length === 0;
    pick('[data-check-more-count]').textContent = t('checkScript.moreCount', { count: rest.length });
    showPlan();
    const answered = answeredCount(data.facts, answers);
    const found = {
      answered,
      total: data.facts.length,
      threats: t('checkScript.threats', { count: findings.length }),
      top: Math.min(TOP_THREATS, findings.length),
      rest: rest.length,
    };
    summary.textContent =
      findings.length === 0
        ? t('checkScript.noneLeft', { count: answered })
        : rest.length > 0
          ? t('checkScript.foundMore', found)
          : t('checkScript.found', found);
    compareResult.replaceChildren();
    refreshExports();
    result.hidden = false;
    if (moveFocus) pick<HTMLElement>('#result-title').focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) params.append(name, String(value));
    const answers = answersFrom(data.facts, params);
    current = queryFor(data.facts, answers);
    history.replaceState(null, '', `#${current}`);
    show(answers, true);
  });

  plan.addEventListener('input', refreshExports);

  pick<HTMLFormElement>('[data-check-compare]').addEventListener('submit', (event) => {
    event.preventDefault();
    const earlier = answersInText(data.facts, pick<HTMLTextAreaElement>('[data-check-earlier]').value);
    if (!earlier) {
      compareResult.textContent = t('checkScript.nothingPasted');
      return;
    }
    const { down, up, same } = compareResults(assess(data.facts, data.threats, earlier), findings);
    const changes = (heading: string, list: Change[]): Node[] => {
      if (list.length === 0) return [];
      const title = document.createElement('p');
      const ul = document.createElement('ul');
      title.append(strong(heading));
      ul.append(
        ...list.map((change) =>
          item([
            t('checkScript.change', { threat: titleOf(change.threat), before: change.before, after: change.after }),
            change.after === 0 ? t('checkScript.offList') : change.before === 0 ? t('checkScript.new') : '',
          ]),
        ),
      );
      return [title, ul];
    };
    compareResult.replaceChildren(
      Object.assign(document.createElement('p'), {
        textContent: t('checkScript.since', { down: down.length, up: up.length, same }),
      }),
      ...changes(t('checkScript.wentDown'), down),
      ...changes(t('checkScript.wentUp'), up),
    );
  });

  for (const button of result.querySelectorAll<HTMLButtonElement>('[data-check-copy]')) {
    button.addEventListener('click', async () => {
      const which = button.dataset.checkCopy as keyof typeof texts;
      try {
        await navigator.clipboard.writeText(texts[which]);
        actionStatus.textContent =
          which === 'markdown' ? t('checkScript.copiedMarkdown') : t('checkScript.copiedSummary');
      } catch {
        actionStatus.textContent = t('checkScript.copyFailed');
      }
    });
  }

  pick<HTMLButtonElement>('[data-check-layer]').addEventListener('click', () => {
    const file = URL.createObjectURL(new Blob([layer], { type: 'application/json' }));
    const anchor = Object.assign(document.createElement('a'), {
      href: file,
      download: LAYER_FILE,
    });
    anchor.click();
    URL.revokeObjectURL(file);
    actionStatus.textContent = t('checkScript.downloaded', { file: LAYER_FILE });
  });

  // In-page links (the skip link, "Change your answers") replace the address's #answers; put them back.
  window.addEventListener('hashchange', () => {
    if (current && !location.hash.includes('=')) history.replaceState(null, '', `#${current}`);
  });

  const initial = answersFrom(data.facts, new URLSearchParams(location.hash.slice(1)));
  if (Object.keys(initial).length > 0) {
    current = queryFor(data.facts, initial);
    fill(initial);
    show(initial, true);
  }
}
