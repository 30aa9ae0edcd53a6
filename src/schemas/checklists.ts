/** The schema of a checklist (content/checklists/); its items are the body’s task list. */
import { z } from 'astro/zod';
import { CHECKLIST_STAGES, SITUATIONS } from '../lib/vocabulary.ts';
import { audience, baseFields, choice, list, plainText } from './fields.ts';

export function checklistsSchema() {
  return z.strictObject({
    ...baseFields,
    scenario: choice(SITUATIONS.values),
    stage: choice(CHECKLIST_STAGES.values),
    audiences: list(audience, 1, 'audience'),
    whenToUse: plainText('when to pick up this checklist'),
  });
}
