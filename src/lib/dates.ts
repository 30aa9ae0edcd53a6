/** Dates for machines: YYYY-MM-DD, in UTC. Readers see dates as their locale writes them: `t.date` (src/i18n/). */

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
