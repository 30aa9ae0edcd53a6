/**
 * Search test set, BLIND set 2 (issue 19): a second blind measure of how well the search finds the
 * right page for words nobody wrote down. Do not tune the search on these queries; a change that is
 * tuned on them makes the set measure nothing.
 *
 * Who and when: written on 2026-12-06 by a helper session on branch `h19b2` for issue 19. That
 * session has not tuned the search, did not run it in any form while writing, and wrote no other
 * query set.
 *
 * How: the queries were written as worried or busy volunteer maintainers and community leaders
 * type them into a site search box, often on a phone: short keywords, whole questions in plain
 * speech, feelings and worry, slang and platform names (Discord, Slack, Zulip, IRC, Matrix, Gitter,
 * Discourse, GitHub, GitLab, Codeberg, Mastodon, Bluesky, X/Twitter, Reddit, Hacker News, npm,
 * PyPI, crates.io, Maven, Docker Hub, Open Collective, GitHub Sponsors), abbreviations (CoC, PR,
 * CVE, NDA, BDFL, TSC, SC, DM, GDPR, DMCA, CSAM, PoC), typos and missing apostrophes, British and
 * American spellings, questions with no topic word, TLP questions asked as everyday situations,
 * reference questions, getting ready in calm times, and three queries in other languages (Korean,
 * Dutch, Italian), which expect the note that the guidance is in English. Some describe situations
 * that no page names directly (a co-maintainer on parental leave, a chat admin who deleted the
 * channels, a moderator passing reports to friends, a sexist talk at a meetup, fear for someone's
 * safety with no detail); their targets are the pages a reader would still accept. The writer
 * avoided the wording of the site's titles and used everyday words instead.
 *
 * What the writer read: the `title` and `summary` of every entry in content/ (situations also their
 * `family`, `outcomes`, `templates` and `checklists`; norms their `templates` and `checklists`;
 * pages their `section`, to make their addresses), printed by a throwaway script that parsed each
 * file and printed only those fields; the top-level key names, not their values, of six entries,
 * to learn which fields exist; the ids and titles of the outcomes in content/decisions/disclosure.yaml;
 * the title and summary of content/project-facts.yaml; the file names under src/pages/ and
 * tests/; src/lib/routes.ts and src/lib/collections.ts; the type file tests/search-query-set.ts;
 * lines 1-60 of tests/search-queries-validation.ts (its header, which those lines end with the
 * first query and situation of that set, so one of its queries was seen) and
 * tests/unit/search-query-sets.test.ts. What it did not read: the search code (src/lib/search*.ts,
 * src/lib/lexicon*.ts, src/lib/word-forms.ts, src/lib/wordnet.ts, src/lib/page-names.ts,
 * src/scripts/search.ts, scripts/search-*.ts), any other query of any other set, the `aliases` or
 * `looksLike` of any entry, any entry's body, dist/ or any search index.
 *
 * Targets: every page that directly answers the query as a reader would accept it (the situation
 * page, the template or checklist asked for, and a decision outcome, norm, TLP page, threat,
 * structure, glossary term or start page whose title matches the problem), one to three per query.
 * Every target was checked to exist by two throwaway scripts: one looked for the file in content/
 * (or the outcome id among the outcomes of content/decisions/*.yaml, or a page under src/pages/),
 * the other built the address list the way tests/unit/search-query-sets.test.ts does (396
 * addresses); both found no unknown target. No query repeats, word for word, a query of another
 * set: a throwaway script imported every set in /work/main/tests (search-queries*.ts and
 * situation-queries.ts) and printed only the count of repeats and the repeated queries of this
 * set. It found four (an ex-maintainer keeping the code host organisation, a rigged vote, early
 * word of a merger, how often to post updates): three were reworded, one was dropped, and a
 * second run found none.
 *
 * Use: a blind set: only its score is printed, never its queries or misses; do not tune search on
 * it.
 *
 * Families: each SEARCH_FAMILIES family has at least seven queries (138 in all); `preparation` (20)
 * holds getting ready, exercises, the exposure check, governance structures, TLP reference
 * questions, and questions with no topic word.
 */
import type { SearchQuery } from './search-query-set.ts';

export const SEARCH_QUERIES_BLIND2: readonly SearchQuery[] = [
  // people-at-risk
  {
    query: 'someone posted where our maintainer lives and said they would come round',
    family: 'people-at-risk',
    situation: "A maintainer's home address was posted along with a threat to visit.",
    targets: ['/situations/home-address-posted-with-a-threat/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'grown man keeps DMing a 14 year old on our discord',
    family: 'people-at-risk',
    situation: 'An adult is sending private messages to a young teenager in the project chat.',
    targets: ['/situations/adult-may-be-targeting-a-child/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'user on irc said they want to end it all tonight',
    family: 'people-at-risk',
    situation: 'A community member wrote in chat that they want to kill themselves.',
    targets: ['/situations/someone-says-they-will-harm-themselves/', '/templates/reply-to-someone-in-distress/'],
  },
  {
    query: 'bomb threat for our meetup next week',
    family: 'people-at-risk',
    situation: 'Someone threatened to attack a project meetup.',
    targets: ['/situations/threat-of-violence-against-the-project/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'csam dropped in our matrix room what do i do',
    family: 'people-at-risk',
    situation: 'Child abuse images were posted in the project chat.',
    targets: ['/situations/illegal-images-posted-in-our-chat/'],
  },
  {
    query: 'our dev is getting abuse on bluesky, reddit and by email all at once',
    family: 'people-at-risk',
    situation: 'A maintainer is harassed on several platforms at the same time.',
    targets: ['/situations/maintainer-harassed-on-several-sites/', '/decide/outcomes/protect-the-person-first/'],
  },
  {
    query: 'she wants us to publicly stand behind her after the pile on',
    family: 'people-at-risk',
    situation: 'A contributor who was harassed asks the project for a public statement of support.',
    targets: ['/situations/targeted-person-wants-a-public-statement/', '/templates/support-statement/'],
  },
  {
    query: 'really scared for one of our contributors safety',
    family: 'people-at-risk',
    situation: 'A maintainer fears a contributor may be in danger, without saying why.',
    targets: ['/decide/outcomes/someone-may-be-in-danger/', '/decide/'],
  },
  {
    query: 'harasser follows our moderator to every project she joins',
    family: 'people-at-risk',
    situation: 'One person harasses a moderator across several projects.',
    targets: ['/threats/harassment-across-projects/', '/situations/maintainer-harassed-on-several-sites/'],
  },
  {
    query: '메인테이너 집 주소가 인터넷에 올라왔어요',
    family: 'people-at-risk',
    situation: "A maintainer's home address was posted online (asked in Korean).",
    targets: ['/situations/home-address-posted-with-a-threat/'],
    expect: 'language-notice',
  },

  // conduct-and-complaints
  {
    query: 'got a coc report in my inbox, now what',
    family: 'conduct-and-complaints',
    situation: 'Someone privately reported a code of conduct breach.',
    targets: ['/situations/someone-reported-harassment/', '/checklists/first-hour-after-a-sensitive-report/'],
  },
  {
    query: 'complaint against one of our own mods',
    family: 'conduct-and-complaints',
    situation: 'A report says a member of the moderation team behaved badly.',
    targets: ['/situations/complaint-about-a-moderator/', '/decide/outcomes/take-it-outside-the-group/'],
  },
  {
    query: 'report about an SC member, how do we avoid looking like a coverup',
    family: 'conduct-and-complaints',
    situation: 'A complaint about a council member is public and people expect the leaders to protect their own.',
    targets: [
      '/situations/complaint-about-a-leader-fear-of-cover-up/',
      '/threats/no-route-for-complaints-about-leaders/',
    ],
  },
  {
    query: 'banned user ranting on reddit that we were unfair',
    family: 'conduct-and-complaints',
    situation: 'A banned person says in public that the ban was unjust.',
    targets: ['/situations/banned-person-says-it-was-unfair/', '/threats/enforcement-without-appeal/'],
  },
  {
    query: 'how do i let the person who reported know we banned the guy',
    family: 'conduct-and-complaints',
    situation: 'The moderators decided a case and want to tell the reporter first.',
    targets: ['/templates/outcome-to-the-reporter/', '/situations/conduct-investigation-finished/'],
  },
  {
    query: 'people want us to kick a dev because of his tweets',
    family: 'conduct-and-complaints',
    situation: 'People demand the project remove a contributor for posts on another site.',
    targets: ['/situations/demands-to-remove-someone-for-posts-elsewhere/'],
  },
  {
    query: 'mod watched someone being nasty in voice chat, no one reported it',
    family: 'conduct-and-complaints',
    situation: 'A moderator saw harassment happen and nobody reported it.',
    targets: ['/situations/moderators-saw-harassment-themselves/', '/decide/outcomes/ask-the-person-at-risk/'],
  },
  {
    query: 'victim wants us to name the guy publically',
    family: 'conduct-and-complaints',
    situation: 'The person harmed asks the project to name the person responsible in public.',
    targets: ['/situations/person-harmed-wants-it-public/', '/templates/what-we-can-say-in-public/'],
  },
  {
    query: 'should we tip off the other project about the creep we banned',
    family: 'conduct-and-complaints',
    situation: 'The moderators want to warn another project about someone they banned for harassment.',
    targets: [
      '/situations/warn-other-projects-about-a-harasser/',
      '/templates/warning-about-a-person-to-another-project/',
    ],
  },
  {
    query: 'blog post says our project lead harassed people',
    family: 'conduct-and-complaints',
    situation: 'A public post accuses the project lead of harassment.',
    targets: [
      '/situations/maintainer-accused-in-public/',
      '/templates/allegations-under-review/',
      '/decide/outcomes/allegations-are-public/',
    ],
  },
  {
    query: 'speaker at our meetup made sexist jokes on stage, what do we say',
    family: 'conduct-and-complaints',
    situation: 'A speaker behaved badly at a project event and the organisers saw it themselves.',
    targets: [
      '/situations/moderators-saw-harassment-themselves/',
      '/decide/outcomes/announce-a-moderation-decision/',
      '/templates/moderation-action-announcement/',
    ],
  },

  // leaks-and-private-material
  {
    query: 'pushed an aws key to github by accident',
    family: 'leaks-and-private-material',
    situation: 'A cloud access key was committed to a public repository.',
    targets: ['/situations/ci-secrets-or-tokens-leaked/', '/templates/leaked-secret-notice/'],
  },
  {
    query: 'npm publish token showing in our ci logs',
    family: 'leaks-and-private-material',
    situation: 'A package registry token appeared in public build logs.',
    targets: ['/situations/ci-secrets-or-tokens-leaked/', '/templates/leaked-secret-notice/'],
  },
  {
    query: 'mod channel logs ended up on a forum',
    family: 'leaks-and-private-material',
    situation: "The moderation team's private chat logs were published.",
    targets: ['/situations/moderation-notes-leaked/', '/decide/outcomes/tell-the-source-it-escaped/'],
  },
  {
    query: 'someone screenshotted our private slack and is sharing it around',
    family: 'leaks-and-private-material',
    situation: 'Screenshots of the private team chat are circulating.',
    targets: ['/situations/screenshots-of-private-chat-posted/', '/templates/reply-after-a-leak/'],
  },
  {
    query: 'i cc d the wrong mailing list with a confidential report',
    family: 'leaks-and-private-material',
    situation: 'A maintainer sent a private report to the wrong list.',
    targets: [
      '/situations/sent-a-private-report-to-the-wrong-people/',
      '/templates/mis-disclosure-notice/',
      '/norms/when-information-escapes/',
    ],
  },
  {
    query: 'ex member says pay up or he dumps our dms',
    family: 'leaks-and-private-material',
    situation: 'A former member threatens to publish private messages unless paid.',
    targets: ['/situations/someone-threatens-to-publish-unless/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'accidentally uploaded the attendee spreadsheet with everyones emails',
    family: 'leaks-and-private-material',
    situation: "The project published people's personal data by mistake.",
    targets: ['/situations/we-exposed-peoples-personal-data-by-mistake/'],
  },
  {
    query: 'should we try to find out who leaked it',
    family: 'leaks-and-private-material',
    situation: 'The team wonders whether to hunt for the person who leaked private discussions.',
    targets: ['/situations/screenshots-of-private-chat-posted/', '/threats/leak-of-private-deliberations/'],
  },
  {
    query: 'one of the moderators has been passing reports on to his friends',
    family: 'leaks-and-private-material',
    situation: 'A moderator shared confidential reports with people outside the team.',
    targets: [
      '/norms/when-information-escapes/',
      '/decide/outcomes/tell-the-source-it-escaped/',
      '/decide/outcomes/take-it-outside-the-group/',
    ],
  },

  // impersonation-and-takeover
  {
    query: 'fake x account pretending to be our project',
    family: 'impersonation-and-takeover',
    situation: 'A look-alike social media account claims to be the project.',
    targets: ['/situations/someone-is-impersonating-the-project/', '/templates/not-our-account/'],
  },
  {
    query: 'typosquatted copy of our library on pypi',
    family: 'impersonation-and-takeover',
    situation: "A package with a misspelling of the project's name was published on PyPI.",
    targets: [
      '/situations/someone-is-impersonating-the-project/',
      '/threats/lookalike-accounts-and-forks/',
      '/situations/package-name-taken-on-a-registry/',
    ],
  },
  {
    query: 'someone is squatting our crate name',
    family: 'impersonation-and-takeover',
    situation: "Another person holds the project's name on the crates.io registry.",
    targets: ['/situations/package-name-taken-on-a-registry/'],
  },
  {
    query: 'locked out of our mastodon and now theres a second account saying its the real one',
    family: 'impersonation-and-takeover',
    situation: 'The project lost its social account and people cannot tell which account is official.',
    targets: ['/situations/lost-our-official-account/', '/templates/not-our-account/'],
  },
  {
    query: 'dodgy image pushed to our docker hub from my co-maintainers account overnight',
    family: 'impersonation-and-takeover',
    situation: "A container image was published from a maintainer's hijacked account.",
    targets: ['/situations/maintainer-account-hacked/', '/decide/outcomes/warn-users-without-naming-anyone/'],
  },
  {
    query: 'someone else grabbed our maven group id',
    family: 'impersonation-and-takeover',
    situation: "Another person registered the project's name on Maven Central.",
    targets: ['/situations/package-name-taken-on-a-registry/'],
  },
  {
    query: 'new guy keeps pushing me for merge rights, feels off',
    family: 'impersonation-and-takeover',
    situation: 'A newcomer presses a tired maintainer for commit access.',
    targets: ['/situations/pressure-to-give-someone-commit-access/', '/threats/trust-built-for-takeover/'],
  },
  {
    query: 'i think one of our own core devs planted the backdoor',
    family: 'impersonation-and-takeover',
    situation: 'Signs point to a team member behind a malicious change.',
    targets: ['/situations/suspect-one-of-our-maintainers/'],
  },
  {
    query: 'email claiming to be github security asking for our tokens',
    family: 'impersonation-and-takeover',
    situation: 'Someone falsely claims to speak for a platform to get access.',
    targets: ['/threats/false-claims-of-authority/'],
  },
  {
    query: 'bunch of brand new accounts all nagging us to hand over the repo',
    family: 'impersonation-and-takeover',
    situation: 'Several new accounts that may be one group push for a handover.',
    targets: ['/threats/sockpuppet-pressure/', '/situations/pressure-to-give-someone-commit-access/'],
  },
  {
    query: 'ons projectaccount is gehackt, wat moeten we doen',
    family: 'impersonation-and-takeover',
    situation: "The project's account was hacked (asked in Dutch).",
    targets: ['/situations/lost-our-official-account/', '/situations/maintainer-account-hacked/'],
    expect: 'language-notice',
  },

  // security-events
  {
    query: 'malicious version of a dependency got into our last release',
    family: 'security-events',
    situation: 'A compromised upstream package shipped in the project release.',
    targets: ['/situations/dependency-we-ship-was-compromised/'],
  },
  {
    query: 'bogus cve filed against us and scanners are freaking out',
    family: 'security-events',
    situation: 'A CVE lists a harmless bug as a vulnerability and users ask about it.',
    targets: ['/situations/cve-for-a-bug-that-is-not-a-vulnerability/', '/threats/bogus-severity-ratings/'],
  },
  {
    query: 'somebody posted a 0day poc in our gitter',
    family: 'security-events',
    situation: 'Working attack code was posted in the public project chat.',
    targets: ['/situations/exploit-pasted-in-public-chat/', '/templates/moved-to-a-private-route/'],
  },
  {
    query: 'drowning in chatgpt written security reports',
    family: 'security-events',
    situation: 'AI-generated reports pile up faster than the team can check them.',
    targets: ['/situations/flood-of-ai-generated-reports/', '/threats/floods-of-automated-reports/'],
  },
  {
    query: 'ddos on our website, users asking whats going on',
    family: 'security-events',
    situation: 'The project site is down from a traffic flood.',
    targets: ['/situations/site-or-downloads-are-down/'],
  },
  {
    query: 'our discourse got hacked, do we tell people to change passwords',
    family: 'security-events',
    situation: 'An attacker broke into the project forum.',
    targets: ['/situations/server-or-forum-broken-into/'],
  },
  {
    query: 'give debian and fedora a heads up before we go public',
    family: 'security-events',
    situation: 'The project needs to warn distributions privately before an announcement.',
    targets: ['/situations/warn-distributions-privately-before-announcing/', '/templates/downstream-warning/'],
  },
  {
    query: 'university researchers sent us buggy commits on purpose',
    family: 'security-events',
    situation: 'The project learns that merged patches were deliberately flawed.',
    targets: ['/situations/deliberately-broken-patches/', '/threats/bad-faith-contributions/'],
  },
  {
    query: 'dev unpublished all his packages and everyones builds broke',
    family: 'security-events',
    situation: 'A maintainer removed their packages and builds fail.',
    targets: ['/situations/maintainer-pulled-or-broke-their-packages/', '/threats/sudden-withdrawal/'],
  },
  {
    query: 'found a security hole in our code, where does that go',
    family: 'security-events',
    situation: 'A maintainer has a vulnerability in the code to handle.',
    targets: ['/decide/outcomes/a-flaw-in-code/', '/frameworks/openssf-vulnerability-disclosure/'],
  },

  // leaving-absent-or-burnt-out
  {
    query: 'our lead dev is resigning, what do we post',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The lead developer is leaving and the project must announce it.',
    targets: ['/situations/maintainer-steps-down/', '/templates/stepping-down-announcement/'],
  },
  {
    query: 'maintainer has ghosted us for 2 months',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer has stopped answering for weeks.',
    targets: ['/situations/maintainer-burnt-out-gone-quiet/', '/templates/check-in-with-a-quiet-maintainer/'],
  },
  {
    query: 'one of our core devs passed away',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A core developer has died.',
    targets: ['/situations/maintainer-has-died/', '/templates/in-memory-announcement/'],
  },
  {
    query: 'what do we write to his family',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The team wants to contact the family of a maintainer who died.',
    targets: ['/templates/message-to-a-family-after-a-death/', '/situations/maintainer-has-died/'],
  },
  {
    query: 'maintainer in the hospital and users keep asking where the release is',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer is ill and a release is late.',
    targets: ['/situations/maintainer-in-hospital/', '/templates/maintainer-unavailable/'],
  },
  {
    query: 'half the mod team walked out over the board',
    family: 'leaving-absent-or-burnt-out',
    situation: 'Several moderators resigned together in protest.',
    targets: ['/situations/several-people-resigned-in-protest/'],
  },
  {
    query: 'archiving the repo for good, how to break it to users',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The maintainers are ending the project.',
    targets: ['/situations/we-are-ending-the-project/', '/templates/project-end-notice/'],
  },
  {
    query: 'im exhausted and want to walk away from my project',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A burnt-out maintainer wants to step away from their own project.',
    targets: [
      '/situations/maintainer-steps-down/',
      '/checklists/safe-handover/',
      '/situations/maintainer-burnt-out-gone-quiet/',
    ],
  },
  {
    query: 'do we have to say why she left',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The team wonders whether to give the reasons a maintainer left.',
    targets: ['/norms/health-absence-and-private-life/', '/situations/maintainer-steps-down/'],
  },
  {
    query: 'co-maintainer off on parental leave, how much do we tell people',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer is away for a family reason and users notice the gap.',
    targets: [
      '/norms/health-absence-and-private-life/',
      '/situations/maintainer-in-hospital/',
      '/templates/maintainer-unavailable/',
    ],
  },
  {
    query: 'è morto uno dei nostri manutentori, cosa scriviamo?',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer has died (asked in Italian).',
    targets: ['/situations/maintainer-has-died/', '/templates/in-memory-announcement/'],
    expect: 'language-notice',
  },

  // access-held-by-one-person
  {
    query: 'only one guy can publish to npm and hes vanished',
    family: 'access-held-by-one-person',
    situation: 'One unreachable person holds the package registry rights.',
    targets: ['/situations/only-one-person-has-the-keys/', '/threats/single-point-of-failure/'],
  },
  {
    query: 'domain renewal due next month and only the founder can pay for it',
    family: 'access-held-by-one-person',
    situation: 'The domain expires soon and only one person can renew it.',
    targets: ['/situations/domain-or-release-key-about-to-expire/'],
  },
  {
    query: 'gpg signing key expring soon',
    family: 'access-held-by-one-person',
    situation: "The project's release signing key is about to expire.",
    targets: ['/situations/domain-or-release-key-about-to-expire/'],
  },
  {
    query: 'founder flogged our domain without asking anyone',
    family: 'access-held-by-one-person',
    situation: 'The person who held the domain sold it without telling the team.',
    targets: ['/situations/domain-or-package-sold-without-telling-us/', '/threats/undisclosed-transfer-of-assets/'],
  },
  {
    query: 'ex-maintainer refusing to hand back our gitlab group',
    family: 'access-held-by-one-person',
    situation: 'A former maintainer keeps control of the code host organisation.',
    targets: ['/situations/someone-left-and-we-cannot-get-access-back/', '/checklists/access-left-on-bad-terms/'],
  },
  {
    query: 'former admin still has owner role on our discord server',
    family: 'access-held-by-one-person',
    situation: 'Someone who left still holds top rights in the project chat.',
    targets: [
      '/threats/access-outliving-the-role/',
      '/situations/someone-left-and-we-cannot-get-access-back/',
      '/checklists/access-left-on-bad-terms/',
    ],
  },
  {
    query: 'our chat admin rage quit and deleted all the channels',
    family: 'access-held-by-one-person',
    situation: 'A departing admin destroyed the project chat spaces they controlled.',
    targets: [
      '/checklists/access-left-on-bad-terms/',
      '/threats/sudden-withdrawal/',
      '/situations/someone-left-and-we-cannot-get-access-back/',
    ],
  },
  {
    query: 'domain is paid on one persons credit card',
    family: 'access-held-by-one-person',
    situation: 'A project asset belongs to one individual.',
    targets: [
      '/threats/assets-held-by-individuals/',
      '/situations/only-one-person-has-the-keys/',
      '/checklists/asset-and-access-inventory/',
    ],
  },

  // money-sponsors-and-companies
  {
    query: 'company moved our project to sspl overnight',
    family: 'money-sponsors-and-companies',
    situation: 'The owning company relicensed the project without asking the community.',
    targets: [
      '/situations/company-changed-our-licence/',
      '/threats/relicensing-by-one-owner/',
      '/templates/change-we-do-not-control/',
    ],
  },
  {
    query: 'the corp that runs our plugin directory locked us out',
    family: 'money-sponsors-and-companies',
    situation: 'Whoever runs shared infrastructure blocked the project during a dispute.',
    targets: ['/situations/company-cut-off-our-infrastructure/', '/threats/infrastructure-as-leverage/'],
  },
  {
    query: 'big customer says fix it by friday or they go public',
    family: 'money-sponsors-and-companies',
    situation: 'A company user demands a fix by a date and threatens the project.',
    targets: ['/situations/company-demands-a-fix-with-threats/'],
  },
  {
    query: 'sponsor wants a tsc seat in exchange for the money',
    family: 'money-sponsors-and-companies',
    situation: 'A sponsor ties funding to a seat on the steering committee.',
    targets: ['/situations/sponsor-makes-funding-conditional/', '/templates/reply-to-a-sponsor-with-conditions/'],
  },
  {
    query: 'money missing from our open collective',
    family: 'money-sponsors-and-companies',
    situation: "The project's donated funds may have been misused.",
    targets: ['/situations/project-money-may-have-been-misused/', '/threats/control-of-money-and-fiscal-host/'],
  },
  {
    query: 'our biggest github sponsors donor is cancelling',
    family: 'money-sponsors-and-companies',
    situation: 'The main funder is stopping its funding.',
    targets: ['/situations/main-sponsor-stops-funding/', '/templates/funding-ends-notice/'],
  },
  {
    query: 'people angry we took money from a crypto company',
    family: 'money-sponsors-and-companies',
    situation: 'Contributors object in public to a sponsor the project accepted.',
    targets: ['/situations/people-object-to-a-sponsor/', '/templates/sponsorship-statement/'],
  },
  {
    query: 'startup shipping our gpl code with no source, isnt that a licence breach',
    family: 'money-sponsors-and-companies',
    situation: 'A company uses the project code against its license.',
    targets: ['/situations/someone-is-using-our-code-against-our-licence/'],
  },
  {
    query: 'sponsor asking for our download stats and user emails',
    family: 'money-sponsors-and-companies',
    situation: "A sponsor asks for the project's user data.",
    targets: ['/situations/sponsor-asks-for-our-users-data/'],
  },
  {
    query: 'sponsor shared layoff plans under nda, team keeps asking',
    family: 'money-sponsors-and-companies',
    situation: 'A sponsor shared news under a confidentiality agreement and others want to know.',
    targets: ['/situations/sponsor-told-us-under-nda/', '/decide/outcomes/follow-the-agreement/'],
  },
  {
    query: 'the company most of our tsc works for just got acquired',
    family: 'money-sponsors-and-companies',
    situation: 'The employer of several council members was bought.',
    targets: ['/situations/council-employer-was-bought/'],
  },
  {
    query: 'foundations new logo rules would ban our meetup stickers',
    family: 'money-sponsors-and-companies',
    situation: 'A draft trademark policy would stop common community uses of the name.',
    targets: ['/situations/draft-trademark-policy-upsets-the-community/', '/threats/restrictive-trademark-policy/'],
  },
  {
    query: 'our lead joined a rival company, conflict of interest?',
    family: 'money-sponsors-and-companies',
    situation: 'A project leader works for a competing company.',
    targets: ['/situations/leader-works-for-a-competitor/', '/templates/conflict-of-interest-declaration/'],
  },

  // legal-and-authority-requests
  {
    query: 'cease and desist over our project name',
    family: 'legal-and-authority-requests',
    situation: 'A company demands the project stop using its name.',
    targets: ['/situations/legal-threat-or-takedown-notice/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'dmca notice took down our repo',
    family: 'legal-and-authority-requests',
    situation: "A takedown notice removed the project's repository.",
    targets: ['/situations/legal-threat-or-takedown-notice/'],
  },
  {
    query: 'subpoena for a contributors emails',
    family: 'legal-and-authority-requests',
    situation: 'A court asks the project for information about a contributor.',
    targets: ['/situations/police-ask-for-a-contributors-data/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'user wants everything about them erased, gdpr',
    family: 'legal-and-authority-requests',
    situation: 'Someone asks the project to delete their personal data.',
    targets: ['/situations/request-to-delete-personal-data/', '/templates/data-request-received/'],
  },
  {
    query: 'contributor got arrested what do we say',
    family: 'legal-and-authority-requests',
    situation: 'A contributor was arrested and people ask the project.',
    targets: ['/situations/contributor-arrested-or-charged/'],
  },
  {
    query: 'our host says we have to kick out contributors from sanctioned countries',
    family: 'legal-and-authority-requests',
    situation: 'The host says sanctions require removing some contributors.',
    targets: ['/situations/told-to-remove-contributors-for-sanctions/', '/threats/compliance-applied-without-policy/'],
  },
  {
    query: 'someone says theyll sue us if we dont unban them',
    family: 'legal-and-authority-requests',
    situation: 'A banned person threatens legal action.',
    targets: ['/situations/legal-threat-or-takedown-notice/', '/decide/outcomes/the-law-may-be-involved/'],
  },

  // forks-splits-and-elections
  {
    query: 'ex contributors forked us and are trashing us on hacker news',
    family: 'forks-splits-and-elections',
    situation: 'A fork was announced with harsh criticism of the project.',
    targets: ['/situations/hostile-fork-announced/', '/templates/statement-on-a-fork/'],
  },
  {
    query: 'folks claiming our council vote was rigged',
    family: 'forks-splits-and-elections',
    situation: 'People say a project election was unfair.',
    targets: ['/situations/election-result-disputed/'],
  },
  {
    query: 'sudden wave of signups right before the tsc election',
    family: 'forks-splits-and-elections',
    situation: 'Many new accounts joined just before a vote.',
    targets: ['/situations/new-accounts-before-a-vote/', '/threats/vote-capture-by-coordinated-accounts/'],
  },
  {
    query: 'two core devs feuding on codeberg issues and users picking sides',
    family: 'forks-splits-and-elections',
    situation: 'Two maintainers argue in public.',
    targets: ['/situations/maintainers-fighting-in-public/'],
  },
  {
    query: 'motion of no confidence in our board chair',
    family: 'forks-splits-and-elections',
    situation: 'Someone proposed removing the chair by a vote.',
    targets: ['/situations/vote-to-remove-a-council-member/', '/templates/vote-announcement/'],
  },
  {
    query: 'chair broke the tie and now half the devs threaten to fork',
    family: 'forks-splits-and-elections',
    situation: 'A casting vote settled a divisive question and people talk of forking.',
    targets: ['/situations/vote-is-splitting-the-project/', '/threats/divisive-decision-by-a-tiny-body/'],
  },
  {
    query: 'they changed the election rules halfway through',
    family: 'forks-splits-and-elections',
    situation: 'Election rules changed while the vote was running.',
    targets: [
      '/threats/rules-changed-mid-election/',
      '/situations/election-result-disputed/',
      '/checklists/trustworthy-election/',
    ],
  },
  {
    query: 'council only posted the winners, not the numbers',
    family: 'forks-splits-and-elections',
    situation: 'Election results were announced without full counts.',
    targets: ['/threats/results-not-published/', '/checklists/trustworthy-election/'],
  },

  // press-and-public-attention
  {
    query: 'reporter emailed asking about the drama, deadline tomorrow',
    family: 'press-and-public-attention',
    situation: 'A journalist asks about an incident with a deadline.',
    targets: ['/situations/journalist-asks-about-an-incident/', '/templates/press-reply/'],
  },
  {
    query: 'tech site article got our story totally wrong',
    family: 'press-and-public-attention',
    situation: 'A news story got important facts about the project wrong.',
    targets: ['/situations/news-story-got-the-facts-wrong/', '/templates/correction-request-to-press/'],
  },
  {
    query: 'petition demanding the whole board step down',
    family: 'press-and-public-attention',
    situation: 'An open letter demands that the leaders resign.',
    targets: ['/situations/open-letter-demands-change/', '/templates/open-letter-response/'],
  },
  {
    query: 'hn mob dogpiling our PR',
    family: 'press-and-public-attention',
    situation: 'A crowd from outside floods a pull request.',
    targets: ['/situations/outsiders-flooding-an-issue/', '/templates/locked-thread-note/', '/threats/brigading/'],
  },
  {
    query: 'rumour on reddit that were abandoning the project',
    family: 'press-and-public-attention',
    situation: 'A false rumour about the project spreads on social media.',
    targets: ['/situations/rumour-spreading-on-social-media/'],
  },
  {
    query: 'we messed up big and need to say sorry, how to apologize',
    family: 'press-and-public-attention',
    situation: 'The project made a public mistake and must apologise.',
    targets: ['/situations/we-need-to-apologise-in-public/', '/templates/public-apology/'],
  },
  {
    query: 'our official account posted a dumb joke and now everyone is piling in',
    family: 'press-and-public-attention',
    situation: "A post on the project's account drew a crowd of angry replies.",
    targets: [
      '/situations/we-need-to-apologise-in-public/',
      '/situations/outsiders-flooding-an-issue/',
      '/threats/brigading/',
    ],
  },
  {
    query: 'we got a fact wrong in our announcement, how to fix it',
    family: 'press-and-public-attention',
    situation: 'The project said something wrong and wants to correct it.',
    targets: ['/templates/correction-notice/', '/norms/correct-the-record/'],
  },
  {
    query: 'leadership has said nothing for days and people are making stuff up',
    family: 'press-and-public-attention',
    situation: 'Silence from the leaders lets speculation spread.',
    targets: ['/threats/information-vacuum/', '/templates/holding-statement/', '/norms/say-what-you-know/'],
  },

  // warnings-from-partners
  {
    query: 'got a heads up marked tlp green, ok to put it on our blog?',
    family: 'warnings-from-partners',
    situation: 'A partner sent a TLP:GREEN warning and the team wonders about publishing it.',
    targets: ['/situations/partner-warned-us-under-tlp-green/', '/tlp/green/'],
  },
  {
    query: 'another project warned us a scammer is after commit rights',
    family: 'warnings-from-partners',
    situation: 'A partner project warned about someone seeking commit access.',
    targets: ['/situations/partner-warned-us-under-tlp-green/', '/decide/outcomes/act-on-a-community-warning/'],
  },
  {
    query: 'the person they warned us about is on our own mod team',
    family: 'warnings-from-partners',
    situation: 'A partner warning names a member of the moderation team.',
    targets: ['/situations/warning-names-someone-on-our-moderation-team/'],
  },
  {
    query: 'got three warnings about the same guy, one red one amber one green',
    family: 'warnings-from-partners',
    situation: 'Several partners sent warnings about one matter under different labels.',
    targets: ['/situations/warnings-with-different-labels/'],
  },
  {
    query: 'foundation gave us early notice of a merger thats not public yet',
    family: 'warnings-from-partners',
    situation: 'A foundation shared news early that must stay private until a date.',
    targets: ['/situations/told-something-until-a-date/'],
  },
  {
    query: 'embargoed till tuesday, can i tell my co-maintainers',
    family: 'warnings-from-partners',
    situation: 'The team holds news under embargo and wonders who may hear it.',
    targets: ['/situations/told-something-until-a-date/', '/glossary/embargo/'],
  },
  {
    query: 'can i forward the amber email to our zulip mods',
    family: 'warnings-from-partners',
    situation: 'A maintainer wants to pass TLP:AMBER information to the moderators in chat.',
    targets: ['/tlp/amber/', '/norms/match-channels-to-labels/'],
  },
  {
    query: 'want to tell contributors about the warning, source only said green',
    family: 'warnings-from-partners',
    situation: 'The team wants to pass a TLP:GREEN warning on to all contributors in public.',
    targets: [
      '/tlp/asking-to-share-wider/',
      '/templates/relayed-warning-for-contributors/',
      '/templates/permission-to-share-request/',
    ],
  },
  {
    query: 'tlp red from a security team, what am i even allowed to do with it',
    family: 'warnings-from-partners',
    situation: 'The project received TLP:RED information and must act on it.',
    targets: ['/tlp/red/', '/decide/outcomes/act-without-passing-it-on/'],
  },
  {
    query: 'warn other maintainers about the takeover trick without outing the project it hit',
    family: 'warnings-from-partners',
    situation: 'The team wants to share a takeover pattern while keeping the targeted project private.',
    targets: [
      '/templates/takeover-attempt-warning/',
      '/norms/share-patterns-keep-targets-private/',
      '/decide/outcomes/share-the-pattern-keep-targets-private/',
    ],
  },
  {
    query: 'oops pasted the green warning into our public slack',
    family: 'warnings-from-partners',
    situation: 'A partner warning was posted where its label does not allow.',
    targets: [
      '/norms/when-information-escapes/',
      '/templates/mis-disclosure-notice/',
      '/decide/outcomes/tell-the-source-it-escaped/',
    ],
  },

  // preparation
  {
    query: 'spreadsheet of every login our project has',
    family: 'preparation',
    situation: 'The team wants a list of its accounts and who holds them.',
    targets: ['/checklists/asset-and-access-inventory/'],
  },
  {
    query: 'what if our only admin gets hit by a bus',
    family: 'preparation',
    situation: 'The team worries about depending on one person.',
    targets: ['/glossary/bus-factor/', '/threats/single-point-of-failure/', '/glossary/succession-plan/'],
  },
  {
    query: 'pre-write statements before anything goes wrong',
    family: 'preparation',
    situation: 'The team wants first statements ready in advance.',
    targets: ['/checklists/holding-statements-in-advance/'],
  },
  {
    query: 'teaching new mods how we handle secret stuff',
    family: 'preparation',
    situation: 'A new moderator needs to learn how the project shares sensitive information.',
    targets: ['/checklists/onboarding-to-disclosure-norms/'],
  },
  {
    query: 'set up a private room for the core team on matrix',
    family: 'preparation',
    situation: 'The leaders want private channels that fit their labels.',
    targets: ['/checklists/private-channels-for-leadership/', '/norms/match-channels-to-labels/'],
  },
  {
    query: 'how vulnerable is our project, quick quiz',
    family: 'preparation',
    situation: 'A maintainer wants to assess how exposed the project is.',
    targets: ['/check/'],
  },
  {
    query: 'tlp for beginners',
    family: 'preparation',
    situation: 'A maintainer wants an introduction to the Traffic Light Protocol.',
    targets: ['/tlp/', '/glossary/tlp/', '/checklists/adopting-tlp/'],
  },
  {
    query: 'tlp:clear meaning',
    family: 'preparation',
    situation: 'A reader asks what TLP:CLEAR allows.',
    targets: ['/tlp/clear/'],
  },
  {
    query: 'amber vs amber+strict whats the diff',
    family: 'preparation',
    situation: 'A reader compares two TLP labels.',
    targets: ['/tlp/amber-strict/', '/tlp/amber/'],
  },
  {
    query: 'look back at how we handled the comms afterwards',
    family: 'preparation',
    situation: 'After an incident the team wants to review its messages.',
    targets: ['/checklists/communication-review/', '/norms/review-how-it-went/'],
  },
  {
    query: 'get our project crisis-ready over a weekend',
    family: 'preparation',
    situation: 'A small team wants a short plan to get ready.',
    targets: ['/prepare/'],
  },
  {
    query: 'downsides of having a bdfl',
    family: 'preparation',
    situation: 'A reader asks what risks a founder-led project carries.',
    targets: ['/structures/founder-led/', '/glossary/bdfl/'],
  },
  {
    query: 'drill where the founder quietly sells the project',
    family: 'preparation',
    situation: 'A team looks for an exercise about a secret change of ownership.',
    targets: ['/exercises/the-quiet-sale/'],
  },
  {
    query: 'chatham house vs tlp',
    family: 'preparation',
    situation: 'A reader asks how the Chatham House Rule differs from TLP.',
    targets: ['/tlp/tlp-and-chatham-house/', '/glossary/chatham-house-rule/', '/frameworks/chatham-house-rule/'],
  },
  {
    query: 'how to mark our meeting notes as private',
    family: 'preparation',
    situation: 'The team wants to label its minutes.',
    targets: ['/templates/meeting-agenda-and-minutes-header/', '/norms/mark-what-you-share/'],
  },
  {
    query: 'can it be made public later on',
    family: 'preparation',
    situation: 'A reader asks whether labelled information can go wider over time.',
    targets: ['/tlp/lowering-a-label/'],
  },
  {
    query: 'one email, some bits secret and some fine to share',
    family: 'preparation',
    situation: 'A message holds parts under different labels.',
    targets: ['/tlp/mixed-labels/'],
  },
  {
    query: 'who actually speaks for us',
    family: 'preparation',
    situation: 'The team has not decided who speaks for the project.',
    targets: ['/norms/know-your-audiences/', '/norms/speak-with-one-voice/'],
  },
  {
    query: 'who do we tell first',
    family: 'preparation',
    situation: 'A maintainer asks who should hear something first, with no topic given.',
    targets: ['/decide/', '/norms/know-your-audiences/'],
  },
  {
    query: 'how much is too much to say',
    family: 'preparation',
    situation: 'The team is unsure how much detail to share.',
    targets: ['/norms/find-the-balance/'],
  },
];
