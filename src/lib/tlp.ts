/**
 * The Traffic Light Protocol 2.0 as FIRST defines it (https://www.first.org/tlp/).
 * One place for the labels, their exact written form and where each is explained. Their colours,
 * from FIRST's colour table, are in TlpLabel.astro's style, and a built-site test checks them.
 */

export const TLP_LABELS = ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR'] as const;

export type TlpLabel = (typeof TLP_LABELS)[number];

/** FIRST's page on TLP 2.0, which also lists its official translations of the definitions. */
export const FIRST_TLP_URL = 'https://www.first.org/tlp/';

/** The only label this public site may carry on its own pages. */
export const PUBLIC_LABEL: TlpLabel = 'TLP:CLEAR';

interface TlpLabelFacts {
  /**
   * Slug of the label's entry in content/tlp/, which is also its page. Who recipients may pass it
   * on to, in a few plain words, is in the dictionary as `tlp.shareWith.<slug>`.
   */
  slug: 'red' | 'amber-strict' | 'amber' | 'green' | 'clear';
}

export const TLP_FACTS: Record<TlpLabel, TlpLabelFacts> = {
  'TLP:RED': { slug: 'red' },
  'TLP:AMBER+STRICT': { slug: 'amber-strict' },
  'TLP:AMBER': { slug: 'amber' },
  'TLP:GREEN': { slug: 'green' },
  'TLP:CLEAR': { slug: 'clear' },
};

export function isTlpLabel(value: unknown): value is TlpLabel {
  return typeof value === 'string' && (TLP_LABELS as readonly string[]).includes(value);
}

/**
 * A hint for a label someone wrote in a form the standard does not use,
 * e.g. `TLP:WHITE`, `TLP: AMBER` or `tlp:green`. Returns undefined when no fix is obvious.
 */
export function suggestLabel(written: string): TlpLabel | undefined {
  const squeezed = written.replace(/\s+/g, '').toUpperCase();
  if (squeezed === 'TLP:WHITE' || squeezed === 'WHITE') return 'TLP:CLEAR';
  const withPrefix = squeezed.startsWith('TLP:') ? squeezed : `TLP:${squeezed}`;
  return isTlpLabel(withPrefix) ? withPrefix : undefined;
}
