/** Dates as the site shows them: "5 March 2026", and YYYY-MM-DD for machines. All in UTC. */

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function readableDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
