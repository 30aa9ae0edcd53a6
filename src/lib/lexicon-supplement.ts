/**
 * Everyday words of online communities and software projects that WordNet 3.1 lacks ("DM",
 * "repo", "doxx") or has but never met in its sense-tagged corpus, prose from the 1960s, so that
 * the build would rank them among the rarest words ("outage", "spam", "password"). Each maps to
 * words of the same meaning, in WordNet's form (lower case, words of a phrase joined with "_"), the
 * way a WordNet synset would list them. This is a list of common platform vocabulary, not of
 * queries or pages: a word belongs here when it is everyday online usage and a general
 * dictionary gives its meaning. The build (src/lib/lexicon-build.ts) treats each entry like a
 * WordNet word: it keeps only the words the site's pages use, and ranks these words first.
 */
export const EVERYDAY_SUPPLEMENT: Readonly<Record<string, readonly string[]>> = {
  // Messages and accounts.
  dm: ['direct_message', 'private_message'],
  screenshot: ['screen_capture', 'image'],
  username: ['account', 'handle', 'user_name'],
  login: ['log_in', 'sign_in', 'account', 'credentials'],
  password: ['credentials', 'secret'],
  email: ['e-mail', 'mail', 'message'],
  bot: ['automated_account', 'automated'],
  // Moderation and abuse.
  mod: ['moderator'],
  admin: ['administrator', 'moderator'],
  moderator: ['mod', 'administrator'],
  dox: ['doxxing', 'expose', 'personal_information'],
  doxx: ['doxxing', 'expose', 'personal_information'],
  sockpuppet: ['sock_puppet', 'fake_account', 'impersonation'],
  brigade: ['brigading', 'pile-on', 'mob'],
  troll: ['harassment', 'provoke', 'abuse'],
  harassment: ['abuse', 'bullying', 'intimidation'],
  spam: ['junk', 'unsolicited', 'abuse'],
  scam: ['fraud', 'swindle', 'phishing'],
  phishing: ['fraud', 'scam', 'impersonation'],
  deplatform: ['ban', 'removal', 'remove'],
  takedown: ['removal', 'remove', 'notice'],
  // Software projects and their services.
  repo: ['repository'],
  vuln: ['vulnerability'],
  ddos: ['denial_of_service', 'attack', 'flood'],
  malware: ['malicious', 'virus', 'attack'],
  outage: ['downtime', 'down', 'interruption', 'failure'],
  downtime: ['outage', 'down', 'interruption'],
  burnout: ['exhaustion', 'stress', 'overwork'],
};
