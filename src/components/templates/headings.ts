/** The heading of a template page's message, written by the fill-in tool and listed in the page's contents. */
import { t } from '../../i18n/index.ts';
import { h2 } from '../../lib/headings.ts';

export const MESSAGE_HEADING = h2('the-message', t('template.message'));
