/**
 * What the dark theme changes. The browser tests run only axe's colour rules in the dark theme
 * (tests/e2e/layout.spec.ts): that holds as long as the theme changes colours and nothing else,
 * which this module checks on the built style sheets.
 */

/** A colour as CSS writes it: #hex, a colour function, transparent or currentColor. */
const COLOUR =
  /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([^)]*\)|transparent|currentcolor)$/i;

/** The body of every `@media` rule whose condition names prefers-color-scheme, braces balanced. */
function colourSchemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let at = match.index + match[0].length;
    const start = at;
    while (depth > 0 && at < css.length) {
      if (css[at] === '{') depth += 1;
      else if (css[at] === '}') depth -= 1;
      at += 1;
    }
    blocks.push(css.slice(start, at - 1));
  }
  return blocks;
}

/**
 * Everything a colour-scheme media rule in `css` does besides giving a custom property a colour,
 * each as a sentence; an empty list means the theme changes colours only.
 */
export function darkThemeProblems(css: string): string[] {
  const problems: string[] = [];
  for (const block of colourSchemeBlocks(css)) {
    for (const rule of block.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const declaration of rule[2]!
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const [property = '', ...rest] = declaration.split(':');
        const value = rest.join(':').trim();
        if (!property.trim().startsWith('--') || !COLOUR.test(value))
          problems.push(
            `${rule[1]!.trim()} sets ${declaration} in a colour-scheme rule: only colours may change there`,
          );
      }
    }
  }
  return problems;
}
