/**
 * Rules on message templates: one message block whose placeholders are all declared and used, a
 * label every audience may receive under the TLP model, and the sharing limit right after the
 * label, never inside the text.
 */
import type { Root } from 'mdast';
import {
  LABEL_PLACEHOLDER,
  NO_RECIPIENTS,
  RECIPIENTS_RULE,
  WHO_DECIDES,
  grantingPlaceholders,
  labelMentions,
  restrictionTexts,
  scanPlaceholders,
  templateBlocks,
} from '../../lib/templates.ts';
import { TLP_LABELS, isTlpLabel, type TlpLabel } from '../../lib/tlp.ts';
import { audienceLabel } from '../../lib/vocabulary.ts';
import { canReceive, roleOf, strictest } from '../../model/tlp-model.ts';
import type { TlpModel } from '../../schemas/tlp-model.ts';
import type { ContentProblem } from '../problems.ts';
import { atBodyLine, atField, type Rule, type ValidEntry } from './context.ts';

type Template = ValidEntry<'templates'>;
type Block = ReturnType<typeof templateBlocks>[number];

export const templatesMatchPlaceholders: Rule = ({ of, body }) =>
  of('templates').flatMap((entry): ContentProblem[] => {
    const tree = body(entry);
    if (!tree) return [];
    const blocks = templateBlocks(tree);
    if (blocks.length !== 1) {
      return [
        atBodyLine(entry, blocks[1]?.line ?? 1, {
          message:
            blocks.length === 0
              ? 'the template has no message block'
              : `the template has ${blocks.length} message blocks; it needs exactly one`,
          expected: 'one fenced block that starts with ```template and holds the message',
          help: 'templates',
        }),
      ];
    }
    return [...labelExampleProblems(entry), ...recipientsProblems(entry), ...placeholderProblems(entry, blocks[0]!)];
  });

/** A placeholder that takes a label shows a label as its example. */
function labelExampleProblems(entry: Template): ContentProblem[] {
  return entry.parsed.placeholders
    .map((placeholder, index) => ({ placeholder, index }))
    .filter(({ placeholder }) => placeholder.kind === 'label' && !isTlpLabel(placeholder.example))
    .map(({ placeholder, index }) =>
      atField(entry, ['placeholders', index, 'example'], {
        message: `the placeholder "${placeholder.name}" takes a TLP label, so its example must be one`,
        found: JSON.stringify(placeholder.example),
        expected: `one of ${TLP_LABELS.join(', ')}, written exactly`,
        help: 'templates',
      }),
    );
}

/** Every placeholder the message uses is declared, every one declared is used, each name well formed. */
function placeholderProblems(entry: Template, block: Block): ContentProblem[] {
  // The restriction travels with the message, right after its label, so its placeholders count too.
  const { names, malformed } = scanPlaceholders(
    `${restrictionTexts(entry.parsed.restriction).join('\n')}\n${block.text}`,
  );
  const declared = entry.parsed.placeholders.map((placeholder) => placeholder.name);
  // A document names its own label as {{label}}, which the site fills in from the label chosen.
  const filledBySite = entry.parsed.document ? [LABEL_PLACEHOLDER] : [];
  return [
    ...malformed.map((written) =>
      atBodyLine(entry, block.line, {
        message: `${written} in the message is not a placeholder name`,
        expected: 'a name in lower-case letters, digits and underscores, e.g. {{next_update}}',
        help: 'templates',
      }),
    ),
    ...names
      .filter((name) => !declared.includes(name) && !filledBySite.includes(name))
      .map((name) =>
        atField(entry, ['placeholders'], {
          message: `the message uses {{${name}}}, but "placeholders" does not declare it`,
          expected: `an item "- name: ${name}" with a description and an example`,
          help: 'templates',
        }),
      ),
    ...declared
      .map((name, index) => ({ name, index }))
      .filter(({ name }) => !names.includes(name) || filledBySite.includes(name))
      .map(({ name, index }) =>
        atField(entry, ['placeholders', index, 'name'], {
          message: `the placeholder "${name}" is declared but the message never uses {{${name}}}`,
          expected: `{{${name}}} somewhere in the message, or no declaration`,
          help: 'templates',
        }),
      ),
  ];
}

/**
 * A placeholder through which the restriction lets the recipients tell more people widens the
 * label, which only the source may do. It is declared `kind: recipients`, so the site says that
 * next to it; its description leaves who decides to that rule, and its example is "none".
 */
function recipientsProblems(entry: Template): ContentProblem[] {
  const granting = grantingPlaceholders(entry.parsed.restriction);
  return entry.parsed.placeholders.flatMap((placeholder, index): ContentProblem[] => {
    const at = (field: string) => ['placeholders', index, field];
    if (placeholder.kind !== 'recipients') {
      return granting.includes(placeholder.name)
        ? [
            atField(entry, at('kind'), {
              message: `the restriction lets the recipients tell the people filled in as {{${placeholder.name}}}, which widens the label; only the source may name them`,
              expected: 'kind: recipients, so the site says next to it that only the source may name anyone',
              help: 'templates',
            }),
          ]
        : [];
    }
    const decides = WHO_DECIDES.exec(placeholder.description);
    return [
      ...(decides
        ? [
            atField(entry, at('description'), {
              message: `the description of "${placeholder.name}" speaks of who decides ("${decides[0]}"); only the source may widen, and the site says so next to every recipients placeholder`,
              found: JSON.stringify(placeholder.description),
              expected: `what goes here, by role, without who decides; the site adds: "${RECIPIENTS_RULE}"`,
              help: 'templates',
            }),
          ]
        : []),
      ...(placeholder.example === NO_RECIPIENTS
        ? []
        : [
            atField(entry, at('example'), {
              message: `the example of "${placeholder.name}" names people beyond the recipients; until the source agrees, that is no one`,
              found: JSON.stringify(placeholder.example),
              expected: `"${NO_RECIPIENTS}"`,
              help: 'templates',
            }),
          ]),
    ];
  });
}

/** Sentences that set a sharing limit; in a labelled message they belong right after the label. */
const RESTRICTION_WORDS =
  /\b(who may see this|(?:please )?(?:do not|don't) (?:share|forward|pass)|keep (?:this|it) (?:to|within|between)|you may (?:share|talk about|pass)|may be shared with|only for (?:you|the))\b/i;

/** The labels a template's messages may carry: its fixed label, or those it allows. */
const labelsOf = (entry: Template): TlpLabel[] =>
  entry.parsed.messageLabel ? [entry.parsed.messageLabel] : (entry.parsed.messageLabels?.allowed ?? []);

/** Templates follow the TLP model: each audience may receive the label, the label sits with its restriction. */
export const templatesFollowModel: Rule = ({ of, body, data }) =>
  of('templates').flatMap((entry): ContentProblem[] => {
    const tree = body(entry);
    return [
      ...(data.tlpModel && !entry.parsed.toTheSource ? audienceProblems(entry, data.tlpModel) : []),
      ...(tree ? [...restrictionInTextProblems(entry, tree), ...labelWordingProblems(entry, tree, data.tlpModel)] : []),
    ];
  });

/** A fixed label must suit every audience; where the writer picks the label, each audience needs one it can receive. */
function audienceProblems(entry: Template, model: TlpModel): ContentProblem[] {
  const { messageLabel, audiences, sentSeparately } = entry.parsed;
  const labels = labelsOf(entry);
  const problems = audiences.flatMap((audience, index) => {
    const verdicts = labels.map((label) => ({ label, ...canReceive(model, audience, label) }));
    const refused = messageLabel || verdicts.every((verdict) => !verdict.ok) ? verdicts.filter((v) => !v.ok) : [];
    return refused.map((verdict) =>
      atField(entry, ['audiences', index], {
        message: `this template's ${verdict.label} message cannot go to ${audienceLabel(audience)}: ${verdict.reason}`,
        expected: `audiences that may receive ${verdict.label} under content/tlp-model.yaml, or another label`,
        help: 'templates',
      }),
    );
  });
  const organizations = audiences.filter((audience) => roleOf(model, audience).kind === 'organization');
  if (labels.includes('TLP:AMBER+STRICT') && organizations.length > 1 && !sentSeparately) {
    problems.push(
      atField(entry, ['audiences'], {
        message: `a TLP:AMBER+STRICT message goes to one organization; this template lists ${organizations.map((role) => audienceLabel(role)).join(', ')}`,
        expected:
          'one organization, or "sentSeparately: true" with text that has the source send it to each group on its own',
        help: 'templates',
      }),
    );
  }
  return problems;
}

/** In a labelled message the sharing limit sits right after the label, not in the text. */
function restrictionInTextProblems(entry: Template, tree: Root): ContentProblem[] {
  const block = templateBlocks(tree)[0];
  if (!block || labelsOf(entry).every((label) => label === 'TLP:CLEAR')) return [];
  return block.text.split('\n').flatMap((line, index) =>
    RESTRICTION_WORDS.test(line)
      ? [
          atBodyLine(entry, block.line + 1 + index, {
            message: 'the message sets its sharing limit inside the text; TLP 2.0 puts it directly after the label',
            found: JSON.stringify(line.trim().slice(0, 80)),
            expected: 'the limit in the "restriction" field, which the site places right after the label',
            help: 'templates',
          }),
        ]
      : [],
  );
}

/** The text names no label but the message's own; a choice of labels lists the strictest first. */
function labelWordingProblems(entry: Template, tree: Root, model: TlpModel | undefined): ContentProblem[] {
  const { messageLabel, messageLabels } = entry.parsed;
  if (messageLabel) {
    const reported = new Set<string>();
    return labelMentions(tree, templateBlocks(tree)[0]).flatMap((mention) => {
      const key = `${mention.line}|${mention.label}`;
      if (mention.label === messageLabel || reported.has(key)) return [];
      reported.add(key);
      return [
        atBodyLine(entry, mention.line, {
          message: `the ${mention.where} names ${mention.label}, but every message from this template carries ${messageLabel}`,
          expected: `${messageLabel} there, or "messageLabels" if the label depends on what the message carries`,
          help: 'templates',
        }),
      ];
    });
  }
  // Which label is strictest is the TLP model's to say; without it, its own rule reports why.
  if (!messageLabels || !model) return [];
  const strictestAllowed = strictest(model, messageLabels.allowed);
  return messageLabels.allowed[0] === strictestAllowed
    ? []
    : [
        atField(entry, ['messageLabels', 'allowed'], {
          message: `list the strictest label first: the filler starts from it`,
          found: messageLabels.allowed.join(', '),
          expected: `${strictestAllowed} first`,
          help: 'templates',
        }),
      ];
}
