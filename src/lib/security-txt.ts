/** The fields of security.txt (RFC 9116). Expires must be less than a year ahead, so it is set from the build date. */
import { privateReportUrl } from './report.ts';

const DAYS_VALID = 180;

export function securityTxt({
  repository,
  canonical,
  now,
}: {
  repository: string;
  canonical: string;
  now: Date;
}): string {
  const expires = new Date(now.getTime() + DAYS_VALID * 24 * 60 * 60 * 1000);
  return [
    `Contact: ${privateReportUrl(repository)}`,
    `Contact: ${repository}/issues`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en',
    `Canonical: ${canonical}`,
    `Policy: ${repository}/blob/main/SECURITY.md`,
    '',
  ].join('\n');
}
