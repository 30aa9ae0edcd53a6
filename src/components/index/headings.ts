/** The headings index listings write themselves, shared with the table of contents of their page. */
import { t } from '../../i18n/index.ts';
import { h2 } from '../../lib/headings.ts';

export const FIVE_LABELS_HEADING = h2('the-five-labels', t('tlpIndex.heading'));
export const ALL_NORMS_HEADING = h2('all-norms', t('normIndex.heading'));
export const FRAMEWORKS_HEADING = h2('at-a-glance', t('frameworkIndex.heading'));
