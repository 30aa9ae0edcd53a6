/**
 * The decision wizard. The path of answers lives in the URL as the ids of the nodes reached
 * (?path=is-it-confirmed,still-going-on), so every step is a history entry, a shareable link and
 * a reload away.
 */
import { followPath, outcomeText, type PlainOutcome, type Question, type TreeShape } from '../lib/decision-tree.ts';
import './shortcuts.ts';

const wizard = document.querySelector<HTMLElement>('[data-wizard]');
const source = document.querySelector<HTMLScriptElement>('[data-wizard-tree]');
const staticStart = document.querySelector<HTMLElement>('[data-wizard-static]');

function readPath(): string[] {
  return (new URLSearchParams(location.search).get('path') ?? '').split(',').filter(Boolean);
}

function writePath(path: readonly string[]): void {
  const url = new URL(location.href);
  if (path.length) url.searchParams.set('path', path.join(','));
  else url.searchParams.delete('path');
  history.pushState(null, '', url);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The outcome as its own page shows it, from the <template> rendered next to the wizard. */
function outcomeMarkup(outcome: PlainOutcome): Node | undefined {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-outcome="${CSS.escape(outcome.id)}"]`);
  return template ? document.importNode(template.content, true) : undefined;
}

if (wizard && source) {
  const tree = JSON.parse(source.textContent ?? '{}') as TreeShape<PlainOutcome>;
  const trail = wizard.querySelector<HTMLOListElement>('[data-wizard-trail]')!;
  const step = wizard.querySelector<HTMLElement>('[data-wizard-step]')!;
  const status = wizard.querySelector<HTMLElement>('[data-wizard-status]')!;
  let path = readPath();

  const go = (next: string[]) => {
    path = next;
    writePath(path);
    render(true);
  };

  const questionView = (question: Question): HTMLElement[] => {
    const heading = element('h2', question.question);
    heading.tabIndex = -1;
    const answers = element('ul', undefined, 'answers');
    for (const option of question.options) {
      const button = element('button', option.answer, 'secondary');
      button.type = 'button';
      button.addEventListener('click', () => go([...path, option.next]));
      const item = element('li');
      item.append(button);
      answers.append(item);
    }
    return question.help ? [heading, element('p', question.help), answers] : [heading, answers];
  };

  const outcomeView = (outcome: PlainOutcome): HTMLElement[] => {
    const heading = element('h2', outcome.title);
    heading.tabIndex = -1;
    const body = outcomeMarkup(outcome) ?? element('p', `Label: ${outcome.label}. ${outcome.timing}`);
    const copy = element('button', 'Copy the result as text');
    copy.type = 'button';
    copy.addEventListener('click', async () => {
      const absolute = {
        ...outcome,
        next: outcome.next.map((item) => ({ ...item, url: new URL(item.url, location.href).href })),
      };
      try {
        await navigator.clipboard.writeText(outcomeText(absolute, location.href));
        status.textContent = 'Result copied as text.';
      } catch {
        status.textContent = 'Copying did not work here. Select the text and copy it by hand.';
      }
    });
    const permalink = element('a', 'Open this outcome on its own page');
    permalink.href = outcome.url;
    const actions = element('p', undefined, 'wizard__actions no-print');
    actions.append(copy, ' ', permalink);
    const wrapper = element('div');
    wrapper.append(body);
    return [heading, wrapper, actions];
  };

  const render = (moveFocus: boolean) => {
    const walk = followPath(tree, path);
    const answered = walk.steps.filter((item) => item.chosen);
    trail.replaceChildren(
      ...answered.map((item, index) => {
        const entry = element('li');
        entry.append(`${item.question.question} `, element('strong', item.chosen!.answer));
        const change = element('button', 'Change', 'secondary');
        change.type = 'button';
        change.setAttribute('aria-label', `Change your answer to: ${item.question.question}`);
        change.addEventListener('click', () => go(path.slice(0, index)));
        entry.append(change);
        return entry;
      }),
    );
    trail.parentElement!.hidden = answered.length === 0;
    const open = walk.steps.at(-1);
    const nodes = walk.outcome ? outcomeView(walk.outcome) : open && !open.chosen ? questionView(open.question) : [];
    step.replaceChildren(...nodes);
    status.textContent = '';
    if (moveFocus) step.querySelector<HTMLElement>('h2')?.focus();
  };

  window.addEventListener('popstate', () => {
    path = readPath();
    render(true);
  });
  wizard.querySelector('[data-wizard-restart]')?.addEventListener('click', () => go([]));
  if (staticStart) staticStart.hidden = true;
  wizard.hidden = false;
  render(false);
}
