/** A template as plain Markdown, for the `.md` download next to its page. */
import { composeMessage, messageText } from './templates.ts';
import type { TlpLabel } from './tlp.ts';

export interface TemplateExport {
  title: string;
  summary: string;
  messageLabel: TlpLabel;
  whenToUse: string;
  whenNotToUse: string;
  placeholders: readonly { name: string; description: string; example: string }[];
  /** The text of the ```template block. */
  template: string;
  /** The page it came from, so a copy can be traced back and checked for updates. */
  url: string;
}

export function templateMarkdown(template: TemplateExport): string {
  const message = messageText(composeMessage(template.template, { label: template.messageLabel }));
  const fence = message.includes('```') ? '~~~~' : '```';
  const lines = [
    `# ${template.title}`,
    '',
    template.summary,
    '',
    `- Label of the message: ${template.messageLabel}`,
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
      ...template.placeholders.map(
        (placeholder) =>
          `- \`{{${placeholder.name}}}\`: ${placeholder.description} For example: ${placeholder.example}`,
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
