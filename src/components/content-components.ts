/** The components an entry's MDX text may use, by the name it writes them with. Every page that renders content passes these. */
import type { ContentComponentName } from '../lib/components.ts';
import HowToCite from './HowToCite.astro';
import PublicCase from './PublicCase.astro';
import TlpRoles from './tlp/TlpRoles.astro';
import TlpRules from './tlp/TlpRules.astro';
import NavigatorSteps from './navigator/NavigatorSteps.astro';

export const CONTENT_COMPONENTS = { PublicCase, TlpRoles, TlpRules, HowToCite, NavigatorSteps } satisfies Record<
  ContentComponentName,
  unknown
>;
