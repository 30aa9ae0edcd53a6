/**
 * Narrows an index page's list by the values in its filter form: an item stays when, for every
 * chosen filter, its data-filter-<key> attribute lists the chosen value. Groups left empty hide too.
 * The count says how many show, in the words the form's data-i18n hands it.
 */
import type { en } from '../i18n/en.ts';
import { translatorFrom } from '../i18n/translate.ts';
import './shortcuts.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('[data-filter-form]')) {
  const scope = form.parentElement ?? document.body;
  const items = [...scope.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...scope.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const t = translatorFrom<typeof en>(form.dataset.i18n);
  const noun = (form.dataset.noun ?? 'page') as 'template' | 'checklist' | 'page';

  const apply = () => {
    const chosen = [...new FormData(form)].filter(([, value]) => value !== '') as [string, string][];
    let shown = 0;
    for (const item of items) {
      const match = chosen.every(([key, value]) =>
        (item.dataset[`filter${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '').split(' ').includes(value),
      );
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    const all = t(`filterScript.count.${noun}`, { count: items.length });
    if (status)
      status.textContent = chosen.length ? t('filterScript.shown', { shown, all }) : t('filterScript.all', { all });
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
