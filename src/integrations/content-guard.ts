/**
 * Checks the content before Astro loads it and stops the build with a message a contributor can
 * act on. Astro validates schemas too, but only logs a broken reference and knows nothing of the
 * rules across entries; running first also means every problem is reported at once.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-root.ts';
import { formatProblems } from '../checks/problems.ts';
import { checkContentRoot, contentWarnings } from '../checks/validate.ts';

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Serving a built site reads no content.
        if (command === 'preview') return;
        const root = contentRoot();
        const { entries, data, problems } = await checkContentRoot(root);
        if (problems.length === 0) {
          logger.info(`${entries.length} entries pass every schema and integrity rule.`);
          for (const warning of contentWarnings(entries, new Date(), data)) logger.warn(warning);
          return;
        }
        // The dev server shows an error in the browser; a build stops with the message alone,
        // without a stack trace that would only confuse a contributor.
        if (command === 'dev') throw new ContentProblemsError(formatProblems(problems));
        logger.error(`\n${formatProblems(problems)}`);
        process.exit(1);
      },
    },
  };
}
