/**
 * A Sätteri hast plugin that puts the site's base path in front of internal links written in
 * content, so that contributors can write `/norms/be-timely/` and the link still works when the
 * site is served from a sub-path such as GitHub Pages' /repository-name/.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from './routes.ts';

export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(link, context) {
        const href = link.properties.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          context.setProperty(link, 'href', withBase(base, href));
        }
      },
    },
  });
}
