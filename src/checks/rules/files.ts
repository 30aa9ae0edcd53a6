/** Rules on how files are written: every MDX body can be read, and YAML means the same to every reader. */
import { COLLECTIONS } from '../../lib/collections.ts';
import { fieldPath, type ContentProblem } from '../problems.ts';
import { yaml11Booleans } from '../yaml-portable.ts';
import type { Rule } from './context.ts';

/** Every MDX body must be readable, or the build fails on it with a message meant for developers. */
export const bodiesReadable: Rule = ({ entries, bodyProblem }) =>
  entries
    .filter((entry) => COLLECTIONS[entry.collection].format === 'mdx')
    .flatMap((entry) => bodyProblem(entry) ?? []);

/**
 * Every bare yes, no, on or off is quoted: the site reads YAML 1.2, where they are text, but YAML
 * 1.1 tools such as PyYAML read them as true or false, so the content would change for anyone who
 * reuses it.
 */
export const yamlPortable: Rule = ({ everyEntry, data }) =>
  [...everyEntry, ...[data.tlpModel?.source, data.projectFacts?.source].filter((file) => file !== undefined)].flatMap(
    (file): ContentProblem[] =>
      yaml11Booleans(file.document).map((scalar) => ({
        file: file.file,
        line: file.yamlStartLine + file.yamlText.slice(0, scalar.offset).split('\n').length - 1,
        field: scalar.path.length ? fieldPath(scalar.path) : undefined,
        message: `the value ${scalar.text}, without quotation marks, is read as ${/^(?:y|yes|on)$/i.test(scalar.text) ? 'true' : 'false'} by tools that read YAML 1.1, such as PyYAML; this site reads it as text`,
        found: scalar.text,
        expected: `"${scalar.text}" in quotation marks`,
        help: 'the-fields-every-entry-has',
      })),
  );
