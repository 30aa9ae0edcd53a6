/**
 * The template filler: one field per placeholder, a live preview with the TLP label placed, and
 * copy buttons. The values live only in the page's form fields; nothing is stored or sent.
 */
import { composeMessage, messageText, segments, type Message } from '../lib/templates.ts';
import { isTlpLabel } from '../lib/tlp.ts';
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
  const label = tool.dataset.label;
  const source = tool.dataset.source ?? '';
  const form = tool.querySelector<HTMLFormElement>('[data-template-form]');
  const preview = tool.querySelector<HTMLElement>('[data-template-preview]');
  const status = tool.querySelector<HTMLElement>('[data-copy-status]');
  if (!isTlpLabel(label) || !preview) continue;

  const current = (): Message => {
    const values: Record<string, string> = {};
    let markLabel: boolean | undefined;
    if (form) {
      for (const [name, value] of new FormData(form)) {
        if (name === 'mark-label') continue;
        values[name] = String(value);
      }
      markLabel =
        form.elements.namedItem('mark-label') instanceof HTMLInputElement
          ? (form.elements.namedItem('mark-label') as HTMLInputElement).checked
          : undefined;
    }
    return composeMessage(source, { label, values, markLabel });
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
      if (status)
        status.textContent = done
          ? `${part === 'subject' ? 'Subject line' : part === 'body' ? 'Text' : 'Message'} copied.`
          : 'Copying did not work here. Select the message and copy it by hand.';
    });
  }
  update();
}
