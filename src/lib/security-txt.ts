/** The fields of security.txt (RFC 9116). Expires must be less than a year ahead, so it is set from the build date. */
import { privateReportUrl } from './report.ts';

const DAYS_VALID = 180;

export function securityTxt({
  repository,
  canonical,
  now,
}: {
  repository: string;
  /** Optional in RFC 9116: left out when the build does not know the site's address. */
  canonical: string | undefined;
  now: Date;
}): string {
  const expires = new Date(now.getTime() + DAYS_VALID * 24 * 60 * 60 * 1000);
  return [
    `Contact: ${privateReportUrl(repository)}`,
    `Contact: ${repository}/issues`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en',
    ...(canonical ? [`Canonical: ${canonical}`] : []),
    `Policy: ${repository}/blob/main/SECURITY.md`,
    '',
  ].join('\n');
}
