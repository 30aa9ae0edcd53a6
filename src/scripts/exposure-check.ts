/**
 * The exposure check in the browser: reads the answers from the form or from the page address
 * (after #, which browsers never send to a server), scores the threats with the same model the
 * build and the profile tests use, and shows them with why, the plan of fixes, the comparison with
 * an earlier result, and the exports.
 */
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
import { answerWords, publicSummary, resultMarkdown, scoreWords, WATCH_STEP } from '../model/exposure-markdown.ts';
import { planFor, type PlanStep } from '../model/exposure-plan.ts';

interface Data {
  facts: Fact[];
  threats: CheckThreat[];
  label: ResultLabel;
  publicLabel: ResultLabel;
}

const root = document.querySelector<HTMLElement>('[data-check]');
const dataElement = document.getElementById('check-data');
const form = document.querySelector<HTMLFormElement>('[data-check-form]');
const result = document.querySelector<HTMLElement>('[data-check-result]');

if (root && dataElement && form && result) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as Data;
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
  const titleOf = (threat: CheckThreat) => `${threat.code} ${threat.title}`;
  const reasonItem = (reason: Reason, sign: '+' | '−') =>
    item([strong(reason.question), ` You said: ${answerWords(reason, sign)}.`, reason.why ? ` ${reason.why}` : '']);

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
      markdown: resultMarkdown(findings, steps, { ...context, label: data.label, fields }),
      summary: publicSummary(steps, {
        checkUrl: location.href.split('#')[0]!,
        date: new Date().toISOString().slice(0, 10),
        label: data.publicLabel,
        fields,
      }),
    };
    pick('[data-check-markdown]').textContent = texts.markdown;
    pick('[data-check-public]').textContent = texts.summary;
    layer = JSON.stringify(
      navigatorLayer(findings, { ...context, stixUrl: new URL(root.dataset.stix!, location.href).href }),
      null,
      2,
    );
  };

  const showCard = (finding: Finding, list: HTMLOListElement) => {
    const card = cards.get(finding.threat.code);
    if (!card) return;
    card.hidden = false;
    list.append(card);
    pick('[data-check-score]', card).textContent = scoreWords(finding);
    pick('[data-check-reasons]', card).replaceChildren(
      ...(finding.reasons.length === 0
        ? [item(['Every project is exposed to it, whatever its answers.'])]
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
        pick('[data-step-lowers]', li).textContent = `Lowers ${step.threats.join(', ')} (score ${step.removes} less).`;
        for (const number of li.querySelectorAll('[data-step-number]')) number.textContent = ` of step ${index + 1}`;
        const see = pick('[data-step-see]', li);
        step.fix.see.forEach((page, at) => see.append(at > 0 ? ', ' : '', link(page.path, page.title)));
        Object.assign(pick<HTMLAnchorElement>('[data-step-exercise]', li), {
          href: step.fix.exercise.path,
          textContent: step.fix.exercise.title,
        });
        return li;
      }),
      ...(findings.length > 0 ? [item([WATCH_STEP])] : []),
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
      ...findings
        .slice(0, TOP_THREATS)
        .map((finding) =>
          item([
            link(`#threat-${finding.threat.code}`, titleOf(finding.threat)),
            `: score ${finding.score}, ${finding.threat.severity} harm`,
          ]),
        ),
    );
    for (const [index, finding] of findings.entries())
      showCard(finding, pick(index < TOP_THREATS ? '[data-check-threats]' : '[data-check-rest]'));
    more.hidden = rest.length === 0;
    pick('[data-check-more-count]').textContent = `${rest.length} more`;
    showPlan();
    const answered = answeredCount(data.facts, answers);
    summary.textContent =
      findings.length === 0
        ? `None of your ${answered} answers leaves a threat exposed. Answer more questions, or read the taxonomy.`
        : `From ${answered} of ${data.facts.length} answers: ${findings.length} threats. The ${Math.min(TOP_THREATS, findings.length)} with the highest scores come first${rest.length > 0 ? `; ${rest.length} more are under “Also worth a look”` : ''}.`;
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
      compareResult.textContent =
        'We found no answers in what you pasted. Paste the address of an earlier result (it has a # and your answers), or its Markdown.';
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
            `${titleOf(change.threat)}: score ${change.before} → ${change.after}`,
            change.after === 0 ? ' (off the list)' : change.before === 0 ? ' (new)' : '',
          ]),
        ),
      );
      return [title, ul];
    };
    compareResult.replaceChildren(
      Object.assign(document.createElement('p'), {
        textContent: `Since then: ${down.length} went down, ${up.length} went up, ${same} stayed the same.`,
      }),
      ...changes('Went down', down),
      ...changes('Went up', up),
    );
  });

  for (const button of result.querySelectorAll<HTMLButtonElement>('[data-check-copy]')) {
    button.addEventListener('click', async () => {
      const which = button.dataset.checkCopy as keyof typeof texts;
      try {
        await navigator.clipboard.writeText(texts[which]);
        actionStatus.textContent =
          which === 'markdown'
            ? 'Copied. Paste it into a private issue or your team’s private channel.'
            : 'Copied. This summary names no weak spot; it may go in a public issue.';
      } catch {
        actionStatus.textContent = 'Copying did not work here. Open the text below the button and copy it by hand.';
      }
    });
  }

  pick<HTMLButtonElement>('[data-check-layer]').addEventListener('click', () => {
    const file = URL.createObjectURL(new Blob([layer], { type: 'application/json' }));
    const anchor = Object.assign(document.createElement('a'), {
      href: file,
      download: 'governance-exposure-layer.json',
    });
    anchor.click();
    URL.revokeObjectURL(file);
    actionStatus.textContent = 'The layer was downloaded as governance-exposure-layer.json.';
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
