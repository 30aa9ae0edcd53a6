/** Small wording helpers for counts shown to readers. */

/** "1 threat", "3 threats"; pass the plural where adding "s" is wrong. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** Cuts text at a word boundary so it fits in `max` characters, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const end = text[max - 1] === ' ' || cut.lastIndexOf(' ') <= 0 ? cut.length : cut.lastIndexOf(' ');
  return `${cut.slice(0, end).replace(/[\s,;:.-]+$/, '')}…`;
}
