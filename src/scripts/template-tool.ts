/**
 * The template filler: one field per placeholder, the label when the template allows a choice, a
 * live preview with the label and its restriction placed, and copy buttons. A label other than
 * TLP:CLEAR is always written into the message, and a document always carries its label. The values live only in the page's form fields;
 * nothing is stored or sent.
 */
import type { en } from '../i18n/en.ts';
import { translatorFrom } from '../i18n/translate.ts';
import { composeMessage, messageText, scanPlaceholders, segments, type Message } from '../lib/messages.ts';
import { isTlpLabel, type TlpLabel } from '../lib/tlp.ts';
import './shortcuts.ts';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function render(preview: HTMLElement, text: string): void {
  preview.replaceChildren(
    ...segments(text).map((part) => {
      if (!part.placeholder) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}

for (const tool of document.querySelectorAll<HTMLElement>('[data-template-tool]')) {
  const labels = (tool.dataset.labels ?? '').split(' ').filter(isTlpLabel);
  const restrictions = JSON.parse(tool.dataset.restrictions ?? '{}') as Partial<Record<TlpLabel, string>>;
  const source = tool.dataset.source ?? '';
  const document = tool.dataset.document === 'true';
  const labelPlaceholders = (tool.dataset.labelPlaceholders ?? '').split(' ').filter(Boolean);
  const form = tool.querySelector<HTMLFormElement>('[data-template-form]');
  const preview = tool.querySelector<HTMLElement>('[data-template-preview]');
  const status = tool.querySelector<HTMLElement>('[data-copy-status]');
  const t = translatorFrom<typeof en>(tool.dataset.i18n);
  const [first] = labels;
  if (!first || !preview) continue;

  const current = (): Message => {
    const values: Record<string, string> = {};
    let label: TlpLabel = first;
    let markClear = false;
    if (form) {
      for (const [name, value] of new FormData(form)) {
        if (name === 'label' && isTlpLabel(value) && labels.includes(value)) label = value;
        else if (name === 'mark-clear') markClear = true;
        else values[name] = String(value);
      }
    }
    return composeMessage(source, {
      label,
      restriction: restrictions[label] || undefined,
      values,
      markClear,
      document,
      labelPlaceholders,
    });
  };

  const update = () => render(preview, messageText(current()));
  form?.removeAttribute('hidden');
  form?.addEventListener('input', update);
  form?.addEventListener('change', update);
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });

  for (const button of tool.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const part = button.dataset.copy;
    if (part === 'subject' && current().subject === undefined) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const message = current();
      const text =
        part === 'subject' ? (message.subject ?? '') : part === 'body' ? message.body.trimEnd() : messageText(message);
      const done = await copy(text);
      const blanks = scanPlaceholders(text).names;
      const copied = t(
        part === 'subject'
          ? 'templateTool.copiedSubject'
          : part === 'body'
            ? 'templateTool.copiedText'
            : 'templateTool.copied',
      );
      const unfilled = blanks.length
        ? ` ${t('templateTool.blanks', {
            count: blanks.length,
            blanks: t.list(
              blanks.map((name) => `{{${name}}}`),
              'unit',
            ),
          })}`
        : '';
      if (status) status.textContent = done ? `${copied}${unfilled}` : t('templateTool.failed');
    });
  }
  update();
}
