/**
 * html-validate for the built site: the recommended rules, with the few exceptions below, each
 * with the reason it does not apply here.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` in capitals; the rule only asks for one consistent style.
    'doctype-style': 'off',
    // Void elements are written by Astro and by Sätteri in both styles (`<br>` and `<meta ... />`).
    'void-style': 'off',
    // Astro's CSP needs <style> blocks in the head (hashed); the rule flags style elements anywhere.
    'no-style-tag': 'off',
    // Long reading pages repeat the same link text ("Edit this page" is one per page, but "More about TLP:…" differs only by label); titles already say where links go.
    'no-redundant-role': 'error',
    // A question of the exposure check whose answers are checkboxes sends each ticked one under the
    // question's name, as HTML forms do; the rule allows shared names for radios only by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
