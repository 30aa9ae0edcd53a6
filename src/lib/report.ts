/**
 * Where readers report a problem: a public issue whose form already holds the page's title and
 * address, or, for anything sensitive, the repository's private report (the same route SECURITY.md
 * and security.txt name). GitHub fills an issue form's fields from query parameters named after
 * the fields' ids.
 */

/** The issue form in .github/ISSUE_TEMPLATE/ and the ids of the fields the link fills in. */
export const PROBLEM_FORM = { file: 'guidance-feedback.yml', titleField: 'page-title', addressField: 'page' } as const;

/** The title the issue starts with; the form's own title is the same prefix. */
export const PROBLEM_TITLE_PREFIX = 'Feedback: ';

export function problemReportUrl(repository: string, page: { title: string; address: string }): string {
  const query = new URLSearchParams({
    template: PROBLEM_FORM.file,
    title: `${PROBLEM_TITLE_PREFIX}${page.title}`,
    [PROBLEM_FORM.titleField]: page.title,
    [PROBLEM_FORM.addressField]: page.address,
  });
  return `${repository}/issues/new?${query}`;
}

/** GitHub's private report for the repository: only its maintainers can read what is sent there. */
export function privateReportUrl(repository: string): string {
  return `${repository}/security/advisories/new`;
}
