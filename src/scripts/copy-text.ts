/**
 * "Copy" buttons for text already on the page: a button with data-copy-from="<id>" copies that
 * element's text and says so in the status element named by data-copy-status. Buttons stay hidden
 * without JavaScript, where the text can still be selected by hand.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
  const source = document.getElementById(button.dataset.copyFrom ?? '');
  const status = document.getElementById(button.dataset.copyStatus ?? '');
  if (!source) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      if (status) status.textContent = 'Copied as text.';
    } catch {
      if (status) status.textContent = 'Copying did not work here. Select the text and copy it by hand.';
    }
  });
}
