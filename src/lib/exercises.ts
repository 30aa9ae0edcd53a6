/** Tabletop exercises: times on the exercise clock. */

/** Minutes from the start as the facilitator's clock shows them: 0:05, 1:30. */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
