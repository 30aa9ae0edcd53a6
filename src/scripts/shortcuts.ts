/**
 * Keyboard shortcuts to the search box, on pages that already load a script: Ctrl+K or Cmd+K, and
 * "/" when the reader is not typing. A single-key shortcut can get in the way of speech input,
 * so "/" can be turned off on the search page (WCAG 2.2, success criterion 2.1.4).
 */
export const SLASH_SETTING = 'search-slash-shortcut';

export function slashShortcutOn(): boolean {
  try {
    return localStorage.getItem(SLASH_SETTING) !== 'off';
  } catch {
    return true;
  }
}

function searchBox(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('[data-search] input[type="search"]') ??
    document.querySelector<HTMLInputElement>('#site-search')
  );
}

document.addEventListener('keydown', (event) => {
  const typing =
    event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]') !== null;
  const chord = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey && slashShortcutOn();
  if (!chord && !slash) return;
  const box = searchBox();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
