/**
 * Services by name: each stands for the kind of place the guidance speaks of, which names no
 * platform. ("Matrix" is left out: on this site it is the threat matrix.) A name is no evidence of
 * a query's language: "le compte GitHub de notre projet" is French.
 */
export const SERVICES: Readonly<Record<string, readonly string[]>> = {
  discord: ['chat', 'chat_room', 'channel'],
  slack: ['chat', 'chat_room', 'channel'],
  irc: ['chat', 'channel'],
  zulip: ['chat', 'channel'],
  gitter: ['chat', 'channel'],
  telegram: ['chat', 'message'],
  mastodon: ['social_media', 'account', 'post'],
  fediverse: ['social_media', 'account', 'post'],
  bluesky: ['social_media', 'account', 'post'],
  twitter: ['social_media', 'account', 'post'],
  facebook: ['social_media', 'account', 'post'],
  linkedin: ['social_media', 'account', 'post'],
  instagram: ['social_media', 'account', 'post'],
  youtube: ['social_media', 'video', 'account'],
  reddit: ['forum', 'social_media', 'thread'],
  hacker_news: ['news', 'forum', 'social_media'],
  github: ['repository', 'code_hosting', 'forge'],
  gitlab: ['repository', 'code_hosting', 'forge'],
  codeberg: ['repository', 'code_hosting', 'forge'],
  bitbucket: ['repository', 'code_hosting', 'forge'],
  npm: ['package_registry', 'registry', 'package'],
  pypi: ['package_registry', 'registry', 'package'],
  rubygems: ['package_registry', 'registry', 'package'],
  nuget: ['package_registry', 'registry', 'package'],
  packagist: ['package_registry', 'registry', 'package'],
  aws: ['cloud', 'hosting', 'provider', 'infrastructure'],
  gcp: ['cloud', 'hosting', 'provider', 'infrastructure'],
  cloudflare: ['hosting', 'provider', 'infrastructure'],
  patreon: ['donations', 'sponsorship', 'funding'],
  opencollective: ['donations', 'sponsorship', 'funding'],
  liberapay: ['donations', 'sponsorship', 'funding'],
  gmail: ['email', 'mail'],
};

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
  api_key: ['secret', 'token', 'credentials'],
  ...SERVICES,
};
