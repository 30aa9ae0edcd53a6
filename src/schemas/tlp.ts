/** The schema of a TLP label’s page (content/tlp/), adapted to open source. */
import { z } from 'astro/zod';
import { baseFields, list, plainText, tlpLabel } from './fields.ts';

export function tlpSchema() {
  return z.strictObject({
    ...baseFields,
    label: tlpLabel,
    recipients: plainText('who exactly may receive information under this label, in open-source terms'),
    examples: list(plainText('an open-source example'), 5, 'examples'),
    channelsThatFit: list(plainText('a channel that keeps to the label'), 1, 'channel'),
    channelsThatBreak: list(plainText('a channel that breaks the label'), 1, 'channel'),
    mistakes: list(plainText('a common mistake'), 1, 'mistake'),
  });
}
