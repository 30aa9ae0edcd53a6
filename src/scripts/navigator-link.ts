/**
 * On /check/: points the direct Navigator link at this very copy of the site, as the downloaded
 * layer does (its customDataURL comes from the page's address too), and shows it. Navigator opens
 * a layer only on the bundle address it loaded, so the two must be the same.
 */
import { navigatorLink } from '../model/navigator.ts';

for (const steps of document.querySelectorAll<HTMLElement>('[data-navigator-steps]')) {
  const direct = steps.querySelector<HTMLElement>('[data-navigator-direct]');
  const link = direct?.querySelector<HTMLAnchorElement>('[data-navigator-link]');
  if (!direct || !link || !steps.dataset.stix) continue;
  link.href = navigatorLink(new URL(steps.dataset.stix, location.href).href);
  direct.hidden = false;
}
