/**
 * How the taxonomy opens in MITRE ATT&CK Navigator (5.x) as custom data, stated once for the STIX
 * bundle and for the exposure check's layer. Read from Navigator's own source (5.1.0):
 * - custom data is filed under a domain id and a version number, given in the link that loads it
 *   (`#bundleURL=…&version=…&domain=…`); a layer names the same pair in `domain` and
 *   `versions.attack`, else Navigator looks for it under its own ATT&CK version and finds nothing;
 * - a layer whose `customDataURL` is the very address that link loaded opens on that data;
 * - Navigator shows only techniques whose `x_mitre_platforms` hold a platform of the layer's
 *   filter, so every threat carries one platform and the layer filters on it.
 */

export const NAVIGATOR = {
  /** The domain the taxonomy is filed under: neither enterprise, mobile nor ICS ATT&CK. */
  domain: 'sosc-governance',
  /** The version number Navigator files the custom data under; not an ATT&CK release. */
  dataVersion: '1',
  /** The one platform every threat applies to. */
  platform: 'Open-source project',
  /** The layer format (v4.5) and the Navigator release it was read from. */
  layerFormat: '4.5',
  navigatorVersion: '5.1.0',
  /** MITRE's public instance of Navigator. */
  home: 'https://mitre-attack.github.io/attack-navigator/',
} as const;

/** A link that opens Navigator with the bundle as custom data: the matrix of every threat, unscored. */
export function navigatorLink(bundleUrl: string): string {
  const fragment = new URLSearchParams({
    bundleURL: bundleUrl,
    version: NAVIGATOR.dataVersion,
    domain: NAVIGATOR.domain,
  });
  return `${NAVIGATOR.home}#${fragment.toString()}`;
}

/** The fields every layer of the taxonomy needs to open in Navigator on top of the bundle at `bundleUrl`. */
export function layerFrame(bundleUrl: string) {
  return {
    versions: { attack: NAVIGATOR.dataVersion, navigator: NAVIGATOR.navigatorVersion, layer: NAVIGATOR.layerFormat },
    domain: NAVIGATOR.domain,
    customDataURL: bundleUrl,
    filters: { platforms: [NAVIGATOR.platform] },
  };
}
