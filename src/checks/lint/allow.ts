/**
 * The reviewed allow-list for the inclusive-language check (alex). Each entry is a rule alex would
 * flag and the reason the word is right in this guidance. Add to it only with a reason.
 */
export const INCLUSIVE_LANGUAGE_ALLOWED: readonly { rule: string; reason: string }[] = [
  { rule: 'host-hostess', reason: 'a foundation that hosts a project, or a server host: no gendered meaning here' },
  { rule: 'hostesses-hosts', reason: 'hosting companies and foundations that host projects' },
  { rule: 'actor-actress', reason: '"threat actor" is the security term for whoever carries out a threat' },
  { rule: 'actors-actresses', reason: 'the plural of "threat actor", as DISARM and ATT&CK use it' },
];
