/** The headings index listings write themselves, shared with the table of contents of their page. */
import { h2 } from '../../lib/headings.ts';

export const FIVE_LABELS_HEADING = h2('the-five-labels', 'The five labels side by side');
export const ALL_NORMS_HEADING = h2('all-norms', 'The norms, in reading order');
export const FRAMEWORKS_HEADING = h2('at-a-glance', 'Every framework at a glance');
