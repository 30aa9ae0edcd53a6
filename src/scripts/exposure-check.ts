/**
 * The exposure check in the browser: reads the answers from the form or from the page address
 * (after #, which browsers never send to a server), works out the threats with the same model the
 * build checks, and shows them with why, the plan, and the two exports.
 */
import {
  answeredCount,
  answersFrom,
  assess,
  navigatorLayer,
  planFor,
  queryFor,
  resultMarkdown,
  saidText,
  STEP_WORDS,
  WATCH_STEP,
  type Answers,
  type CheckThreat,
  type Fact,
  type ResultLabel,
} from '../model/exposure.ts';

interface Data {
  facts: Fact[];
  threats: CheckThreat[];
  label: ResultLabel;
}

const root = document.querySelector<HTMLElement>('[data-check]');
const dataElement = document.getElementById('check-data');
const form = document.querySelector<HTMLFormElement>('[data-check-form]');
const result = document.querySelector<HTMLElement>('[data-check-result]');

if (root && dataElement && form && result) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as Data;
  const pick = <E extends Element>(selector: string) => result.querySelector<E>(selector)!;
  const cards = new Map(
    [...result.querySelectorAll<HTMLElement>('[data-check-threat]')].map((card) => [card.dataset.checkThreat!, card]),
  );
  const list = pick<HTMLOListElement>('[data-check-threats]');
  const overview = pick<HTMLOListElement>('[data-check-overview]');
  const plan = pick<HTMLOListElement>('[data-check-plan]');
  const summary = pick<HTMLElement>('[data-check-summary]');
  const markdownBox = pick<HTMLElement>('[data-check-markdown]');
  const actionStatus = pick<HTMLElement>('[data-check-action-status]');
  let markdown = '';
  let layer = '';

  form.querySelector('[data-check-submit]')?.removeAttribute('hidden');

  const item = (parts: (string | Node)[]) => {
    const li = document.createElement('li');
    li.append(...parts);
    return li;
  };
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });

  const fill = (answers: Answers) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = (answers[input.name] ?? []).includes(input.value);
    }
  };

  const show = (answers: Answers, moveFocus: boolean) => {
    const findings = assess(data.facts, data.threats, answers);
    const steps = planFor(findings);
    for (const card of cards.values()) card.hidden = true;
    const scoreText = (score: number) =>
      score === 0 ? 'concerns every project' : `${score} of your answers ${score === 1 ? 'brings' : 'bring'} it in`;
    overview.replaceChildren(
      ...findings.map((finding) =>
        item([
          link(`#threat-${finding.threat.code}`, `${finding.threat.code} ${finding.threat.title}`),
          `: ${scoreText(finding.score)}`,
        ]),
      ),
    );
    for (const finding of findings) {
      const card = cards.get(finding.threat.code);
      if (!card) continue;
      card.hidden = false;
      list.append(card);
      card.querySelector('[data-check-score]')!.textContent = `It ${scoreText(finding.score)}.`;
      card.querySelector('[data-check-reasons]')!.replaceChildren(
        ...(finding.reasons.length === 0
          ? [item(['Every project is exposed to it, whatever its answers.'])]
          : finding.reasons.map((reason) => {
              const asked = Object.assign(document.createElement('strong'), { textContent: reason.question });
              return item([asked, ` You said: ${saidText(reason)}.`, ...(reason.why ? [` ${reason.why}`] : [])]);
            })),
      );
    }
    plan.replaceChildren(
      ...steps.map((step) =>
        item([
          `${STEP_WORDS[step.remedy.kind]} `,
          link(step.remedy.path, step.remedy.title),
          ` (${step.threats.join(', ')})`,
        ]),
      ),
      ...(findings.length > 0 ? [item([WATCH_STEP])] : []),
    );
    const answered = answeredCount(data.facts, answers);
    summary.textContent =
      findings.length === 0
        ? `None of your ${answered} answers brings in a threat. Answer more questions, or read the taxonomy.`
        : `From ${answered} of ${data.facts.length} answers: ${findings.length} threats, most exposed first.`;
    const context = { resultUrl: location.href };
    markdown = resultMarkdown(findings, steps, { ...context, label: data.label });
    markdownBox.textContent = markdown;
    layer = JSON.stringify(
      navigatorLayer(findings, { ...context, stixUrl: new URL(root.dataset.stix!, location.href).href }),
      null,
      2,
    );
    result.hidden = false;
    if (moveFocus) pick<HTMLElement>('#result-title').focus();
  };

  const fromAddress = () => answersFrom(data.facts, new URLSearchParams(location.hash.slice(1)));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) params.append(name, String(value));
    const answers = answersFrom(data.facts, params);
    current = queryFor(data.facts, answers);
    history.replaceState(null, '', `#${current}`);
    show(answers, true);
  });

  pick<HTMLButtonElement>('[data-check-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      actionStatus.textContent = 'Copied. Paste it into an issue your team can see.';
    } catch {
      actionStatus.textContent = 'Copying did not work here. Open “Show the Markdown” and copy it by hand.';
    }
  });

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
  let current = '';
  window.addEventListener('hashchange', () => {
    if (current && !location.hash.includes('=')) history.replaceState(null, '', `#${current}`);
  });

  const initial = fromAddress();
  if (Object.keys(initial).length > 0) {
    current = queryFor(data.facts, initial);
    fill(initial);
    show(initial, true);
  }
}
