/** The exposure check's scale: how much an answer moves a threat, and how bad a threat's harm is. */
/** How much one answer raises or lowers a threat: a little, clearly, a lot. */
export const POINTS = [1, 2, 3] as const;

/** How bad the harm is when the threat happens, as the threat entry states it. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** The points a threat that concerns every project starts with, before any answer. */
export const EVERY_PROJECT_POINTS = 1;
