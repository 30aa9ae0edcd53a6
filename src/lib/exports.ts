/** A template as plain Markdown, for the `.md` download next to its page. */
import { RECIPIENTS_RULE, composeMessage, messageText, placeholderDefaults } from './templates.ts';
import { TLP_LABELS, type TlpLabel } from './tlp.ts';

export interface TemplateExport {
  title: string;
  summary: string;
  /** The labels the message may carry, the strictest (the default) first. */
  labels: readonly TlpLabel[];
  /** What decides the label, when there is a choice. */
  labelFrom?: string;
  /** The sharing restriction that follows the default label. */
  restriction?: string;
  /** A document: its label and restriction go at the top and the bottom. */
  document?: boolean;
  whenToUse: string;
  whenNotToUse: string;
  placeholders: readonly {
    name: string;
    description: string;
    example: string;
    kind?: 'text' | 'label' | 'recipients';
  }[];
  /** The text of the ```template block. */
  template: string;
  /** The page it came from, so a copy can be traced back and checked for updates. */
  url: string;
}

export function templateMarkdown(template: TemplateExport): string {
  const [label = 'TLP:RED'] = template.labels;
  const message = messageText(
    composeMessage(template.template, {
      label,
      restriction: template.restriction,
      document: template.document,
      values: placeholderDefaults(template.placeholders),
    }),
  );
  const fence = message.includes('```') ? '~~~~' : '```';
  const lines = [
    `# ${template.title}`,
    '',
    template.summary,
    '',
    template.labels.length > 1
      ? `- Label of the message: ${template.labelFrom}; one of ${template.labels.join(', ')}. The message below starts from the strictest, ${label}: change it to the label that fits${template.document ? ', at the top, at the bottom and wherever the text names it' : ''}.`
      : `- Label of the message: ${label}`,
    `- Use it when: ${template.whenToUse}`,
    `- Pick something else when: ${template.whenNotToUse}`,
    '',
    '## The message',
    '',
    `${fence}text`,
    message.trimEnd(),
    fence,
  ];
  if (template.placeholders.length > 0) {
    lines.push(
      '',
      '## What to fill in',
      '',
      ...template.placeholders.map((placeholder) =>
        placeholder.kind === 'label'
          ? `- \`{{${placeholder.name}}}\`: ${placeholder.description} One of ${TLP_LABELS.join(', ')}, written exactly.`
          : placeholder.kind === 'recipients'
            ? `- \`{{${placeholder.name}}}\` (filled in as "${placeholder.example}" above): ${placeholder.description} ${RECIPIENTS_RULE}`
            : `- \`{{${placeholder.name}}}\`: ${placeholder.description} For example: ${placeholder.example}`,
      ),
    );
  }
  lines.push('', sourceLine(template.url), '');
  return lines.join('\n');
}

/** The last line of every download, so a copy can be traced back and checked for updates. */
export function sourceLine(url: string): string {
  return `Source: ${url} (public domain, CC0 1.0).`;
}
