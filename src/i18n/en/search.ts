/** English interface strings: the search page and its script. Part of the dictionary in ../en.ts. */
import type { Messages } from '../translate.ts';

export const search = {
  // The search page (pages/search.astro) and its script (scripts/search.ts, which gets the search.* keys).
  'search.title': 'Search the guidance',
  'search.description': 'Search every norm, template, checklist, threat and case on this site.',
  'search.queryLabel': 'Words to search for',
  'search.shortcuts': 'Shortcuts: {ctrl}+{k} or {cmd}+{k}, and {slash}.',
  'search.ctrlKey': 'Ctrl',
  'search.slashToggle': 'Let the {slash} key jump to search',
  'search.noScript': 'Search runs in your browser. It needs JavaScript; without it, browse the sections below.',
  'search.nothingLead': 'Nothing matched.',
  'search.nothing': 'Try other words, or start from what you need:',
  'search.nothingDecide': 'answer a few questions about what you hold.',
  'search.nothingSituations': 'find what is going on in the list of situations, each with its first steps.',
  'search.nothingBrowse': '{link}.',
  'search.nothingBrowseLink': 'Browse every section',
  'search.noneFits':
    'None of these fits? {link} asks a few questions about any situation and says who should hear what.',
  'search.filters': 'Filters',
  'search.browse': 'Browse by section',
  'search.kind.overview': 'Overview',
  'search.kind.tool': 'Tool',
  'search.kind.outcome': 'Decision outcome',
  'searchScript.filter.kind': 'Kind',
  'searchScript.filter.message_label': 'Message label',
  'searchScript.filter.audience': 'Audience',
  'searchScript.filterOption': '{value} ({count})',
  'searchScript.filterCount': ' ({count} on)',
  'searchScript.resultPage': 'Page',
  'searchScript.resultMessageLabel': 'message label:',
  'searchScript.count': { one: '{count} result.', other: '{count} results.' },
  'searchScript.countCapped': '{count} results; showing the first {shown}.',
  'searchScript.none': 'No results.',
  'searchScript.some': 'No page has all of these words. These pages have some of them, the closest first.',
  'searchScript.related': 'No page uses these words. These pages use words of the same or a broader meaning.',
  'searchScript.corrected': 'Nothing matched “{query}”. Showing results for “{corrected}”.',
  'searchScript.foreign':
    'This guidance is in English for now, and search only knows English words. The labels it uses come from the Traffic Light Protocol: {link} links to official translations of the label definitions.',
  'searchScript.foreignLink': 'FIRST’s page on the Traffic Light Protocol',
  'searchScript.prompt': 'Type a word to search, or pick a filter.',
  'searchScript.failed': 'Search could not load. Browse the sections below instead.',
} as const satisfies Messages;
