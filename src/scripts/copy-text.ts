/**
 * "Copy" buttons for text already on the page: a button with data-copy-from="<id>" copies that
 * element's text and says so in the status element named by data-copy-status, in the words its
 * data-i18n hands it. Buttons stay hidden without JavaScript, where the text can still be selected
 * by hand.
 */
import type { en } from '../i18n/en.ts';
import { translatorFrom } from '../i18n/translate.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
  const source = document.getElementById(button.dataset.copyFrom ?? '');
  const status = document.getElementById(button.dataset.copyStatus ?? '');
  const t = translatorFrom<typeof en>(button.dataset.i18n);
  if (!source) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      if (status) status.textContent = t('copyText.copied');
    } catch {
      if (status) status.textContent = t('copyText.failed');
    }
  });
}
