/** A template as plain Markdown, for the `.md` download next to its page, in the words of the site's locale. */
import { t } from '../i18n/index.ts';
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
    `- ${
      template.labels.length > 1
        ? t(template.document ? 'export.labelsDocument' : 'export.labels', {
            from: template.labelFrom ?? '',
            labels: t.list(template.labels, 'unit'),
            label,
          })
        : t('export.label', { label })
    }`,
    `- ${t('export.useWhen', { when: template.whenToUse })}`,
    `- ${t('export.pickElse', { when: template.whenNotToUse })}`,
    '',
    `## ${t('template.message')}`,
    '',
    `${fence}text`,
    message.trimEnd(),
    fence,
  ];
  if (template.placeholders.length > 0) {
    lines.push(
      '',
      `## ${t('template.placeholders')}`,
      '',
      ...template.placeholders.map((placeholder) => {
        const name = `\`{{${placeholder.name}}}\``;
        const { description, example } = placeholder;
        return placeholder.kind === 'label'
          ? `- ${t('export.labelPlaceholder', { name, description, labels: t.list(TLP_LABELS, 'unit') })}`
          : placeholder.kind === 'recipients'
            ? `- ${t('export.recipientsPlaceholder', { name, example, description, rule: RECIPIENTS_RULE })}`
            : `- ${name}: ${t('template.forExample', { description, example })}`;
      }),
    );
  }
  lines.push('', sourceLine(template.url), '');
  return lines.join('\n');
}

/** The last line of every download, so a copy can be traced back and checked for updates. */
export function sourceLine(url: string): string {
  return t('export.source', { url });
}
