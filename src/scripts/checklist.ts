/**
 * Checklist progress kept in this browser only: localStorage, one key per checklist, holding the
 * texts of the ticked items (so a reworded item starts unticked rather than ticking the wrong one).
 */
import type { en } from '../i18n/en.ts';
import { translatorFrom } from '../i18n/translate.ts';
import './shortcuts.ts';

const STORAGE_PREFIX = 'checklist:';

function load(key: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

function save(key: string, ticked: Set<string>): void {
  try {
    if (ticked.size === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify([...ticked]));
  } catch {
    // Storage can be blocked; ticks then last as long as the page.
  }
}

/** The Markdown task list with the ticks shown on screen. */
function tickedMarkdown(markdown: string, ticks: boolean[]): string {
  let index = 0;
  return markdown.replace(/^- \[ \] /gm, (item) => (ticks[index++] ? '- [x] ' : item));
}

for (const checklist of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const key = `${STORAGE_PREFIX}${checklist.dataset.checklist}`;
  const t = translatorFrom<typeof en>(checklist.dataset.i18n);
  const boxes = [...checklist.querySelectorAll<HTMLInputElement>('.task-list-item input[type="checkbox"]')];
  const itemText = (box: HTMLInputElement) => (box.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const count = checklist.querySelector<HTMLElement>('[data-checklist-count]');
  const reset = checklist.querySelector<HTMLButtonElement>('[data-checklist-reset]');
  const copyButton = checklist.querySelector<HTMLButtonElement>('[data-checklist-copy]');
  checklist.querySelector<HTMLElement>('[data-checklist-note]')?.removeAttribute('hidden');

  const ticked = load(key);
  for (const box of boxes) box.checked = ticked.has(itemText(box));

  const show = (message?: string) => {
    const done = boxes.filter((box) => box.checked).length;
    if (count) count.textContent = message ?? t('checklistTool.done', { done, count: boxes.length });
  };

  checklist.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !boxes.includes(box)) return;
    if (box.checked) ticked.add(itemText(box));
    else ticked.delete(itemText(box));
    save(key, ticked);
    show();
  });

  if (reset) {
    reset.hidden = false;
    reset.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      ticked.clear();
      save(key, ticked);
      show(t('checklistTool.unticked', { count: boxes.length }));
    });
  }

  if (copyButton) {
    copyButton.hidden = false;
    copyButton.addEventListener('click', async () => {
      const markdown = tickedMarkdown(
        checklist.dataset.markdown ?? '',
        boxes.map((box) => box.checked),
      );
      try {
        await navigator.clipboard.writeText(markdown);
        show(t('checklistTool.copied'));
      } catch {
        show(t('checklistTool.failed'));
      }
    });
  }
  for (const button of checklist.querySelectorAll<HTMLButtonElement>('[data-checklist-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      checklist.dataset.print = button.dataset.checklistPrint;
      window.print();
      // Printing from the browser's own menu gives blank boxes again.
      delete checklist.dataset.print;
    });
  }
  show();
}
