/**
 * Search test set, FRESH development set (issue 19): tuning on these queries is allowed, and they
 * have no pass bar; the spec prints their score and misses.
 *
 * Who and when: written on 2026-12-06 by a helper session on branch `h19q` for issue 19, which has
 * not tuned the search and did not run it while writing.
 *
 * Why: the blind set (tests/search-queries-dev.ts, tests/search-queries-held-out.ts) was written
 * before twelve situation pages existed, so its development half has been tuned against. This set
 * is a new measure for development, written after those pages landed.
 *
 * How: the queries were written as stressed volunteer maintainers type them into a search box (on a
 * phone mid-crisis, or preparing in calm times): short keywords, whole questions, feelings and
 * everyday words rather than the site's own terms, a few typos, and three queries in other
 * languages, which expect the note that the guidance is in English. The writer did not read the
 * queries of tests/search-queries.ts, tests/search-queries-dev.ts, tests/search-queries-held-out.ts
 * or tests/situation-queries.ts first (it saw only the headers of the two blind files, and the ten
 * MUST_FIND queries listed in tests/e2e/search-quality.spec.ts), did not read the search index or
 * the search code, and did not run the search. It read the `title` and `summary` of every page in
 * content/ and the `outcomes`, `templates` and `checklists` a situation lists; the `aliases` of four
 * entries were in view once (a situation, a template, a glossary entry and a threat) and shaped no
 * query. Targets: every page that directly answers the query, as a reader would accept it (the
 * situation page, the template or checklist the query asks for, and a decision outcome or threat page
 * where its title matches the query's problem); every target was checked to exist in the built
 * site. Each family of situations (the `family:` of content/situations/*.mdx, mapped to
 * SEARCH_FAMILIES) has at least five queries (legal and authority requests 5, access held by one
 * person 6, the others 7 to 14); `preparation` (33) holds governance, exercises, the exposure check,
 * TLP questions, templates and checklists.
 *
 * Measured before any change made with this set, on 2026-12-06 at commit 58f74c6 (the search of
 * branch main then), through tests/e2e/search-quality.spec.ts: 128 of 142 (90 %) in the top 5. The
 * fourteen misses were in eight families (five in preparation); the three queries in other
 * languages all got the note. After that run, tests/unit/search-query-sets.test.ts found that four
 * queries were, word for word, queries of the development half (a death, a bus factor of one, a
 * cease-and-desist letter, a DMCA takedown); they were removed, since they measure nothing new. All
 * four had passed, so the same run scores the 138 left at 124 of 138 (90 %).
 */
import type { SearchQuery } from './search-query-set.ts';

export const SEARCH_QUERIES_FRESH: readonly SearchQuery[] = [
  {
    query: 'someone posted my home adress and says they will come to my house',
    family: 'people-at-risk',
    situation: "A maintainer's home address was posted together with a threat to visit them.",
    targets: ['/situations/home-address-posted-with-a-threat/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'user says they want to end it all',
    family: 'people-at-risk',
    situation: 'A community member wrote that they want to kill themselves.',
    targets: [
      '/situations/someone-says-they-will-harm-themselves/',
      '/templates/reply-to-someone-in-distress/',
      '/decide/outcomes/someone-may-be-in-danger/',
    ],
  },
  {
    query: 'what do i write to someone who is suicidal',
    family: 'people-at-risk',
    situation: 'A maintainer wants words for a private reply to a person who said they may hurt themselves.',
    targets: ['/templates/reply-to-someone-in-distress/', '/situations/someone-says-they-will-harm-themselves/'],
  },
  {
    query: 'grown man sending dms to a 14 year old contributor',
    family: 'people-at-risk',
    situation: 'An adult in the community privately messages a young teenager in a worrying way.',
    targets: ['/situations/adult-may-be-targeting-a-child/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'grooming in our discord',
    family: 'people-at-risk',
    situation: "An adult may be grooming a minor in the project's chat.",
    targets: ['/situations/adult-may-be-targeting-a-child/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'csam posted in chat what do i do',
    family: 'people-at-risk',
    situation: "Someone posted child sexual abuse images in the project's chat.",
    targets: ['/situations/illegal-images-posted-in-our-chat/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'bomb threat against our conference',
    family: 'people-at-risk',
    situation: "A message threatens violence at the project's event.",
    targets: ['/situations/threat-of-violence-against-the-project/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'someone said they would shoot up the meetup',
    family: 'people-at-risk',
    situation: 'A message threatens to hurt people at a project meetup.',
    targets: ['/situations/threat-of-violence-against-the-project/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'our maintainer is getting abuse on mastodon, email and in our issues',
    family: 'people-at-risk',
    situation: "A maintainer is harassed on several platforms and in the project's own spaces at once.",
    targets: ['/situations/maintainer-harassed-on-several-sites/', '/decide/outcomes/protect-the-person-first/'],
  },
  {
    query: 'how do we publicly stand behind a contributor who is being attacked online',
    family: 'people-at-risk',
    situation: 'The project wants to publish support for a harassed contributor.',
    targets: [
      '/situations/targeted-person-wants-a-public-statement/',
      '/templates/support-statement/',
      '/situations/maintainer-harassed-on-several-sites/',
    ],
  },
  {
    query: 'they doxxed our moderator',
    family: 'people-at-risk',
    situation: "A moderator's personal details were published to harass them.",
    targets: [
      '/situations/home-address-posted-with-a-threat/',
      '/threats/exposure-of-personal-information/',
      '/decide/outcomes/protect-the-person-first/',
    ],
  },
  {
    query: 'someone told me privately a contributor harassed them, what now',
    family: 'conduct-and-complaints',
    situation: 'A person privately reports harassment by a contributor.',
    targets: [
      '/situations/someone-reported-harassment/',
      '/checklists/first-hour-after-a-sensitive-report/',
      '/templates/report-acknowledgement/',
    ],
  },
  {
    query: 'coc violation report received',
    family: 'conduct-and-complaints',
    situation: 'The project received a code of conduct report.',
    targets: [
      '/situations/someone-reported-harassment/',
      '/checklists/first-hour-after-a-sensitive-report/',
      '/templates/report-acknowledgement/',
    ],
  },
  {
    query: 'how to tell the reporter the outcome',
    family: 'conduct-and-complaints',
    situation: 'The moderators decided a case and must tell the person who reported it.',
    targets: [
      '/templates/outcome-to-the-reporter/',
      '/situations/conduct-investigation-finished/',
      '/decide/outcomes/announce-a-moderation-decision/',
    ],
  },
  {
    query: 'banned guy is ranting on reddit that we were unfair',
    family: 'conduct-and-complaints',
    situation: 'A banned person says in public that the ban was unjust.',
    targets: ['/situations/banned-person-says-it-was-unfair/'],
  },
  {
    query: 'complaint against one of the mods',
    family: 'conduct-and-complaints',
    situation: 'Someone complained about a member of the moderation team.',
    targets: ['/situations/complaint-about-a-moderator/', '/decide/outcomes/take-it-outside-the-group/'],
  },
  {
    query: 'people want us to kick someone out over their tweets',
    family: 'conduct-and-complaints',
    situation: 'People demand the project remove a contributor for offensive posts on another site.',
    targets: ['/situations/demands-to-remove-someone-for-posts-elsewhere/'],
  },
  {
    query: 'victim wants us to name the guy publicly',
    family: 'conduct-and-complaints',
    situation: 'The person who was harmed asks the project to name the person they reported.',
    targets: [
      '/situations/person-harmed-wants-it-public/',
      '/templates/what-we-can-say-in-public/',
      '/decide/outcomes/speak-publicly-with-their-consent/',
    ],
  },
  {
    query: "our project lead is accused of harrassment and people think we'll cover it up",
    family: 'conduct-and-complaints',
    situation: 'A public complaint names a project leader and people expect the leaders to protect them.',
    targets: [
      '/situations/complaint-about-a-leader-fear-of-cover-up/',
      '/situations/maintainer-accused-in-public/',
      '/decide/outcomes/allegations-are-public/',
    ],
  },
  {
    query: 'blog post accusing our maintainer of misconduct',
    family: 'conduct-and-complaints',
    situation: 'A public post accuses a maintainer of misconduct and people want a response.',
    targets: [
      '/situations/maintainer-accused-in-public/',
      '/templates/allegations-under-review/',
      '/decide/outcomes/allegations-are-public/',
    ],
  },
  {
    query: 'we saw someone being creepy at the meetup but nobody reported it',
    family: 'conduct-and-complaints',
    situation: 'Moderators saw harassment themselves at an event, with no report made.',
    targets: ['/situations/moderators-saw-harassment-themselves/', '/decide/outcomes/ask-the-person-at-risk/'],
  },
  {
    query: 'announce a ban without naming anyone',
    family: 'conduct-and-complaints',
    situation: 'The moderators want to announce an action without naming the person.',
    targets: [
      '/templates/moderation-action-announcement/',
      '/situations/conduct-investigation-finished/',
      '/decide/outcomes/announce-a-moderation-decision/',
    ],
  },
  {
    query: 'should we warn other communities about this guy',
    family: 'conduct-and-complaints',
    situation: 'A person the moderators acted against is active in other projects.',
    targets: [
      '/situations/warn-other-projects-about-a-harasser/',
      '/templates/warning-about-a-person-to-another-project/',
    ],
  },
  {
    query: 'keep the reporter anonymous',
    family: 'conduct-and-complaints',
    situation: 'The team wants to keep the identity of a person who reported safe.',
    targets: ['/checklists/protecting-reporters/', '/norms/protect-the-people-involved/'],
  },
  {
    query: 'someone leaked screenshots of our private slack',
    family: 'leaks-and-private-material',
    situation: "Screenshots of the team's private chat were posted publicly.",
    targets: [
      '/situations/screenshots-of-private-chat-posted/',
      '/templates/reply-after-a-leak/',
      '/decide/outcomes/reply-after-our-leak/',
    ],
  },
  {
    query: 'mod channel logs are public now',
    family: 'leaks-and-private-material',
    situation: "The moderation team's private channel logs were leaked.",
    targets: ['/situations/moderation-notes-leaked/', '/decide/outcomes/reply-after-our-leak/'],
  },
  {
    query: "accidently cc'd the whole mailing list on a harassment report",
    family: 'leaks-and-private-material',
    situation: 'A private conduct report was sent to a public list by mistake.',
    targets: [
      '/situations/sent-a-private-report-to-the-wrong-people/',
      '/templates/mis-disclosure-notice/',
      '/decide/outcomes/tell-the-source-it-escaped/',
    ],
  },
  {
    query: 'pay or we leak your emails',
    family: 'leaks-and-private-material',
    situation: "Someone demands payment or they will publish the project's private emails.",
    targets: ['/situations/someone-threatens-to-publish-unless/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'extortion threat maintainer',
    family: 'leaks-and-private-material',
    situation: 'A maintainer is being extorted with a threat to publish private material.',
    targets: ['/situations/someone-threatens-to-publish-unless/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'we published the attendee list with everyones email by mistake',
    family: 'leaks-and-private-material',
    situation: "The project exposed attendees' personal data by mistake.",
    targets: [
      '/situations/we-exposed-peoples-personal-data-by-mistake/',
      '/decide/outcomes/tell-the-source-it-escaped/',
    ],
  },
  {
    query: 'aws key committed to github',
    family: 'leaks-and-private-material',
    situation: 'A cloud access key was committed to a public repository.',
    targets: ['/situations/ci-secrets-or-tokens-leaked/', '/templates/leaked-secret-notice/'],
  },
  {
    query: 'npm token in public ci logs',
    family: 'leaks-and-private-material',
    situation: 'A package registry token appeared in public CI logs.',
    targets: ['/situations/ci-secrets-or-tokens-leaked/', '/templates/leaked-secret-notice/'],
  },
  {
    query: 'someone forwarded our amber email to a public list',
    family: 'leaks-and-private-material',
    situation: 'Information shared under TLP:AMBER reached a public list.',
    targets: [
      '/norms/when-information-escapes/',
      '/decide/outcomes/tell-the-source-it-escaped/',
      '/templates/mis-disclosure-notice/',
    ],
  },
  {
    query: 'fake twitter account pretending to be us',
    family: 'impersonation-and-takeover',
    situation: 'A fake social media account poses as the project.',
    targets: ['/situations/someone-is-impersonating-the-project/', '/templates/not-our-account/'],
  },
  {
    query: 'maintainer npm account compromized, malicious release published',
    family: 'impersonation-and-takeover',
    situation: "A maintainer's registry account was taken over and used to publish a bad release.",
    targets: ['/situations/maintainer-account-hacked/', '/decide/outcomes/warn-users-without-naming-anyone/'],
  },
  {
    query: 'someone got into our mastodon account and is posting',
    family: 'impersonation-and-takeover',
    situation: "The project's social media account was taken over.",
    targets: ['/situations/lost-our-official-account/', '/templates/account-no-longer-ours/'],
  },
  {
    query: 'someone is squatting our name on pypi',
    family: 'impersonation-and-takeover',
    situation: "Another party holds the project's name on a package registry.",
    targets: ['/situations/package-name-taken-on-a-registry/'],
  },
  {
    query: 'new guy keeps pushing for release rights, feels off',
    family: 'impersonation-and-takeover',
    situation: 'A newcomer presses the maintainer for release rights.',
    targets: ['/situations/pressure-to-give-someone-commit-access/', '/threats/trust-built-for-takeover/'],
  },
  {
    query: 'what if the backdoor came from one of our own maintainers',
    family: 'impersonation-and-takeover',
    situation: 'The team suspects one of its own maintainers of a malicious change.',
    targets: ['/situations/suspect-one-of-our-maintainers/', '/decide/outcomes/take-it-outside-the-group/'],
  },
  {
    query: 'typosquatted package using our name',
    family: 'impersonation-and-takeover',
    situation: "A look-alike package poses as the project's package.",
    targets: [
      '/situations/someone-is-impersonating-the-project/',
      '/threats/lookalike-accounts-and-forks/',
      '/templates/not-our-account/',
    ],
  },
  {
    query: 'how do people know which account is really ours',
    family: 'impersonation-and-takeover',
    situation: 'The project wants to tell users which channels are official after confusion.',
    targets: [
      '/templates/not-our-account/',
      '/situations/lost-our-official-account/',
      '/situations/someone-is-impersonating-the-project/',
    ],
  },
  {
    query: 'our forum got hacked',
    family: 'security-events',
    situation: "An attacker broke into the project's forum.",
    targets: ['/situations/server-or-forum-broken-into/'],
  },
  {
    query: 'server breach user passwords',
    family: 'security-events',
    situation: "The project's server was breached and user passwords may be exposed.",
    targets: ['/situations/server-or-forum-broken-into/'],
  },
  {
    query: 'malicious version of a library we bundle',
    family: 'security-events',
    situation: 'A dependency the project ships published a malicious version.',
    targets: ['/situations/dependency-we-ship-was-compromised/'],
  },
  {
    query: 'website down ddos what do we tell users',
    family: 'security-events',
    situation: "The project's website is down, possibly from an attack.",
    targets: ['/situations/site-or-downloads-are-down/', '/templates/status-update/'],
  },
  {
    query: 'someone posted a zero day in the public matrix room',
    family: 'security-events',
    situation: 'Someone posted an undisclosed security flaw in the public chat.',
    targets: [
      '/situations/exploit-pasted-in-public-chat/',
      '/templates/moved-to-a-private-route/',
      '/decide/outcomes/a-flaw-in-code/',
    ],
  },
  {
    query: 'drowning in AI slop security reports',
    family: 'security-events',
    situation: 'The project receives a flood of machine-written security reports.',
    targets: ['/situations/flood-of-ai-generated-reports/', '/threats/floods-of-automated-reports/'],
  },
  {
    query: 'bogus cve filed against us',
    family: 'security-events',
    situation: 'A CVE was published for a bug the maintainers say is not a vulnerability.',
    targets: ['/situations/cve-for-a-bug-that-is-not-a-vulnerability/', '/threats/bogus-severity-ratings/'],
  },
  {
    query: 'researchers sent us bad patches on purpose',
    family: 'security-events',
    situation: 'The project learns that merged patches were deliberately flawed.',
    targets: ['/situations/deliberately-broken-patches/', '/threats/bad-faith-contributions/'],
  },
  {
    query: 'maintainer deleted all his packages and everyones builds broke',
    family: 'security-events',
    situation: "A maintainer unpublished their packages and users' builds fail.",
    targets: ['/situations/maintainer-pulled-or-broke-their-packages/', '/threats/sudden-withdrawal/'],
  },
  {
    query: 'heads up to linux distros before we announce',
    family: 'security-events',
    situation: 'The project must warn distributions privately before a public announcement.',
    targets: [
      '/situations/warn-distributions-privately-before-announcing/',
      '/templates/downstream-warning/',
      '/decide/outcomes/warn-downstream-privately/',
    ],
  },
  {
    query: 'where do i report a security bug',
    family: 'security-events',
    situation: 'Someone wants to know how to report or handle a security vulnerability.',
    targets: ['/decide/outcomes/a-flaw-in-code/', '/frameworks/openssf-vulnerability-disclosure/'],
  },
  {
    query: 'what to say to his family',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The project wants to write to the family of a maintainer who died.',
    targets: ['/templates/message-to-a-family-after-a-death/', '/situations/maintainer-has-died/'],
  },
  {
    query: 'co-maintainer hasnt answered in two months',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A fellow maintainer has gone silent for weeks.',
    targets: ['/situations/maintainer-burnt-out-gone-quiet/', '/templates/check-in-with-a-quiet-maintainer/'],
  },
  {
    query: 'dev is sick, update is late, people are asking',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer is ill and users ask why a release is late.',
    targets: [
      '/situations/maintainer-in-hospital/',
      '/templates/maintainer-unavailable/',
      '/norms/health-absence-and-private-life/',
    ],
  },
  {
    query: 'im exhausted and want to quit maintaining',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer wants to step down from burnout.',
    targets: [
      '/situations/maintainer-steps-down/',
      '/templates/stepping-down-announcement/',
      '/checklists/safe-handover/',
    ],
  },
  {
    query: 'half the mods quit at once and posted why',
    family: 'leaving-absent-or-burnt-out',
    situation: 'Several moderators resigned together in protest.',
    targets: ['/situations/several-people-resigned-in-protest/'],
  },
  {
    query: 'archiving the repo, how to announce end of project',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The maintainers are ending the project and archiving it.',
    targets: ['/situations/we-are-ending-the-project/'],
  },
  {
    query: 'how to hand over maintainership',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer wants to pass the project to someone else safely.',
    targets: ['/checklists/safe-handover/', '/templates/handover-announcement/', '/situations/maintainer-steps-down/'],
  },
  {
    query: 'only one person has the domain login and they vanished',
    family: 'access-held-by-one-person',
    situation: 'One person alone controls the domain and cannot be reached.',
    targets: ['/situations/only-one-person-has-the-keys/'],
  },
  {
    query: 'ex maintainer wont give back the github org',
    family: 'access-held-by-one-person',
    situation: 'A former maintainer refuses to hand back the code host organisation.',
    targets: ['/situations/someone-left-and-we-cannot-get-access-back/', '/checklists/access-left-on-bad-terms/'],
  },
  {
    query: 'gpg signing key expires next week',
    family: 'access-held-by-one-person',
    situation: 'The release signing key expires soon and only one person can renew it.',
    targets: ['/situations/domain-or-release-key-about-to-expire/'],
  },
  {
    query: 'our domain was sold and nobody told us',
    family: 'access-held-by-one-person',
    situation: 'The person holding the domain sold it without telling the project.',
    targets: ['/situations/domain-or-package-sold-without-telling-us/', '/threats/undisclosed-transfer-of-assets/'],
  },
  {
    query: 'list of who has admin on what',
    family: 'access-held-by-one-person',
    situation: 'The team wants to record who holds each account and asset.',
    targets: ['/checklists/asset-and-access-inventory/'],
  },
  {
    query: 'remove access after someone leaves angry',
    family: 'access-held-by-one-person',
    situation: 'A person with access left after a dispute.',
    targets: ['/checklists/access-left-on-bad-terms/', '/situations/someone-left-and-we-cannot-get-access-back/'],
  },
  {
    query: 'sponsor says merge our PR or we pull funding',
    family: 'money-sponsors-and-companies',
    situation: 'A sponsor ties its funding to a merge.',
    targets: ['/situations/sponsor-makes-funding-conditional/', '/templates/reply-to-a-sponsor-with-conditions/'],
  },
  {
    query: 'main funder pulling out',
    family: 'money-sponsors-and-companies',
    situation: 'The main sponsor is ending its funding.',
    targets: ['/situations/main-sponsor-stops-funding/', '/templates/funding-ends-notice/'],
  },
  {
    query: 'backlash over taking money from a sponsor',
    family: 'money-sponsors-and-companies',
    situation: 'People object publicly to a sponsor the project accepted.',
    targets: ['/situations/people-object-to-a-sponsor/', '/templates/sponsorship-statement/'],
  },
  {
    query: 'treasurer spent donations without asking anyone',
    family: 'money-sponsors-and-companies',
    situation: 'Project money may have been spent without approval.',
    targets: ['/situations/project-money-may-have-been-misused/', '/threats/control-of-money-and-fiscal-host/'],
  },
  {
    query: 'council member works for a rival company',
    family: 'money-sponsors-and-companies',
    situation: 'A leader works for a competing company.',
    targets: ['/situations/leader-works-for-a-competitor/', '/templates/conflict-of-interest-declaration/'],
  },
  {
    query: 'company relicensed the project overnight',
    family: 'money-sponsors-and-companies',
    situation: 'The company that owns the project changed its licence without consulting.',
    targets: [
      '/situations/company-changed-our-licence/',
      '/templates/change-we-do-not-control/',
      '/threats/relicensing-by-one-owner/',
    ],
  },
  {
    query: 'the company hosting our plugins locked us out in a dispute',
    family: 'money-sponsors-and-companies',
    situation: 'Whoever runs the infrastructure blocks access during a dispute.',
    targets: ['/situations/company-cut-off-our-infrastructure/', '/threats/infrastructure-as-leverage/'],
  },
  {
    query: 'new trademark rules ban our meetup names and people are furious',
    family: 'money-sponsors-and-companies',
    situation: 'A draft trademark policy upsets the community.',
    targets: ['/situations/draft-trademark-policy-upsets-the-community/', '/threats/restrictive-trademark-policy/'],
  },
  {
    query: 'sponsor told us something under nda can the team know',
    family: 'money-sponsors-and-companies',
    situation: 'A sponsor shared information under a confidentiality agreement.',
    targets: ['/situations/sponsor-told-us-under-nda/', '/decide/outcomes/follow-the-agreement/'],
  },
  {
    query: 'company that employs most of our council just got acquired',
    family: 'money-sponsors-and-companies',
    situation: 'The employer of several council members was bought.',
    targets: ['/situations/council-employer-was-bought/'],
  },
  {
    query: 'police want ip logs of a user',
    family: 'legal-and-authority-requests',
    situation: "The police ask the project for a user's IP logs.",
    targets: ['/situations/police-ask-for-a-contributors-data/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'subpoena for our chat history',
    family: 'legal-and-authority-requests',
    situation: 'A court orders the project to hand over chat records.',
    targets: ['/situations/police-ask-for-a-contributors-data/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'gdpr request to erase my data',
    family: 'legal-and-authority-requests',
    situation: 'A person asks the project to delete their personal data.',
    targets: ['/situations/request-to-delete-personal-data/', '/templates/data-request-received/'],
  },
  {
    query: 'contributor got arrested',
    family: 'legal-and-authority-requests',
    situation: 'A contributor was arrested.',
    targets: ['/situations/contributor-arrested-or-charged/'],
  },
  {
    query: 'lawyer says we must block contributors from a sanctioned country',
    family: 'legal-and-authority-requests',
    situation: 'The project is told to remove contributors because of sanctions.',
    targets: ['/situations/told-to-remove-contributors-for-sanctions/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'someone forked us and is trashing us on hacker news',
    family: 'forks-splits-and-elections',
    situation: 'A fork was announced with harsh criticism of the project.',
    targets: ['/situations/hostile-fork-announced/', '/templates/statement-on-a-fork/'],
  },
  {
    query: 'people say the election was rigged',
    family: 'forks-splits-and-elections',
    situation: "People dispute the result of the project's election.",
    targets: ['/situations/election-result-disputed/'],
  },
  {
    query: 'sockpuppets signing up right before the vote',
    family: 'forks-splits-and-elections',
    situation: 'Many new accounts appeared just before a vote.',
    targets: ['/situations/new-accounts-before-a-vote/', '/threats/vote-capture-by-coordinated-accounts/'],
  },
  {
    query: 'vote of no confidence against our chair',
    family: 'forks-splits-and-elections',
    situation: 'A motion asks to remove the chair of the council.',
    targets: ['/situations/vote-to-remove-a-council-member/', '/templates/vote-announcement/'],
  },
  {
    query: 'two core devs flaming each other in the issues',
    family: 'forks-splits-and-elections',
    situation: 'Two maintainers argue publicly and users take sides.',
    targets: ['/situations/maintainers-fighting-in-public/'],
  },
  {
    query: 'decided in a private chat now everyone threatens to fork',
    family: 'forks-splits-and-elections',
    situation: 'A small group settled a divisive question privately and people talk of forking.',
    targets: [
      '/situations/vote-is-splitting-the-project/',
      '/threats/divisive-decision-by-a-tiny-body/',
      '/threats/decisions-in-informal-channels/',
    ],
  },
  {
    query: 'how to run a fair election',
    family: 'forks-splits-and-elections',
    situation: 'The project wants to run an election people trust.',
    targets: ['/checklists/trustworthy-election/', '/templates/vote-announcement/'],
  },
  {
    query: 'reporter emailed about the drama, deadline tomorrow',
    family: 'press-and-public-attention',
    situation: 'A journalist asks about an incident with a deadline.',
    targets: ['/situations/journalist-asks-about-an-incident/', '/templates/press-reply/'],
  },
  {
    query: 'article about us has it all wrong',
    family: 'press-and-public-attention',
    situation: 'A news article gets facts about the project wrong.',
    targets: ['/situations/news-story-got-the-facts-wrong/', '/templates/correction-request-to-press/'],
  },
  {
    query: 'rumor going around that the project is dead',
    family: 'press-and-public-attention',
    situation: 'A rumour that the project is dying spreads on social media.',
    targets: ['/situations/rumour-spreading-on-social-media/'],
  },
  {
    query: 'petition demanding the steering council resign',
    family: 'press-and-public-attention',
    situation: 'An open letter demands the leaders resign.',
    targets: ['/situations/open-letter-demands-change/', '/templates/open-letter-response/'],
  },
  {
    query: 'our issue went viral and is full of angry strangers',
    family: 'press-and-public-attention',
    situation: 'Outsiders flood an issue after it was shared elsewhere.',
    targets: ['/situations/outsiders-flooding-an-issue/', '/templates/locked-thread-note/', '/threats/brigading/'],
  },
  {
    query: 'how to say sorry publicly for a mistake',
    family: 'press-and-public-attention',
    situation: 'The project needs to apologise in public.',
    targets: ['/situations/we-need-to-apologise-in-public/', '/templates/public-apology/'],
  },
  {
    query: 'everyone is speculating because we said nothing',
    family: 'press-and-public-attention',
    situation: 'People fill the silence with guesses because the project has not spoken.',
    targets: [
      '/threats/information-vacuum/',
      '/templates/holding-statement/',
      '/situations/rumour-spreading-on-social-media/',
      '/norms/say-what-you-know/',
    ],
  },
  {
    query: 'we got something wrong in our announcement',
    family: 'press-and-public-attention',
    situation: 'The project must correct something it said earlier.',
    targets: ['/templates/correction-notice/', '/norms/correct-the-record/'],
  },
  {
    query: 'another project sent us a tlp green warning, what can we do with it',
    family: 'warnings-from-partners',
    situation: 'A partner project sent a warning marked TLP:GREEN.',
    targets: [
      '/situations/partner-warned-us-under-tlp-green/',
      '/decide/outcomes/act-on-a-community-warning/',
      '/tlp/green/',
    ],
  },
  {
    query: "got a warning about someone and it's one of our own mods",
    family: 'warnings-from-partners',
    situation: "A partner's warning names a member of the project's moderation team.",
    targets: ['/situations/warning-names-someone-on-our-moderation-team/'],
  },
  {
    query: 'one warning is red another is amber about the same thing',
    family: 'warnings-from-partners',
    situation: 'Several warnings about one matter arrived under different labels.',
    targets: ['/situations/warnings-with-different-labels/', '/tlp/mixed-labels/'],
  },
  {
    query: 'embargo until the release date, can we start preparing',
    family: 'warnings-from-partners',
    situation: 'The project was told news that stays private until a set date.',
    targets: ['/situations/told-something-until-a-date/'],
  },
  {
    query: 'can i forward an amber email to my team',
    family: 'warnings-from-partners',
    situation: 'Someone received TLP:AMBER information and wants to share it with their team.',
    targets: ['/tlp/amber/'],
  },
  {
    query: 'pass a partner warning on to our contributors',
    family: 'warnings-from-partners',
    situation: "The project wants to relay a partner's warning to its contributors.",
    targets: [
      '/templates/relayed-warning-for-contributors/',
      '/situations/partner-warned-us-under-tlp-green/',
      '/tlp/asking-to-share-wider/',
    ],
  },
  {
    query: 'foundation told us about a merger before it is announced',
    family: 'warnings-from-partners',
    situation: 'A foundation told the project early about news to be published on a date.',
    targets: ['/situations/told-something-until-a-date/'],
  },
  {
    query: 'ways a project can be taken over or abused',
    family: 'preparation',
    situation: 'A reader wants the catalogue of governance threats.',
    targets: ['/threats/', '/categories/'],
  },
  {
    query: 'slow takeover like xz',
    family: 'preparation',
    situation: 'A reader wants to understand a long-game takeover of a project.',
    targets: ['/threats/trust-built-for-takeover/', '/cases/xz-utils-backdoor-2024/'],
  },
  {
    query: 'risks of a bdfl project',
    family: 'preparation',
    situation: 'A founder-led project wants to know its weak points.',
    targets: ['/structures/founder-led/'],
  },
  {
    query: 'weak spots of a foundation hosted project',
    family: 'preparation',
    situation: 'A foundation-hosted project wants to know where it is exposed.',
    targets: ['/structures/foundation-hosted/'],
  },
  {
    query: 'one company controls the project, what can go wrong',
    family: 'preparation',
    situation: 'A company-led project wants to know its risks.',
    targets: ['/structures/company-led/', '/threats/single-company-control/'],
  },
  {
    query: 'practice a crisis with the team',
    family: 'preparation',
    situation: 'A team wants to rehearse a crisis.',
    targets: ['/exercises/', '/checklists/running-a-tabletop-exercise/', '/exercises/abusability-testing/'],
  },
  {
    query: 'tabletop scenario for a leaked thread',
    family: 'preparation',
    situation: 'A team wants a ready exercise about a leak.',
    targets: ['/exercises/the-leaked-thread/'],
  },
  {
    query: 'try this guidance in our project',
    family: 'preparation',
    situation: 'A team wants to pilot the guidance.',
    targets: ['/exercises/pilot-kit/'],
  },
  {
    query: 'how exposed is our project quiz',
    family: 'preparation',
    situation: 'A team wants a quick self-check of its exposure.',
    targets: ['/check/', '/exercises/pilot-kit/'],
  },
  {
    query: 'get ready before anything happens',
    family: 'preparation',
    situation: 'A team wants to prepare in calm times.',
    targets: ['/prepare/', '/checklists/holding-statements-in-advance/'],
  },
  {
    query: 'write statements ahead of time',
    family: 'preparation',
    situation: 'A team wants to prepare first statements in advance.',
    targets: ['/checklists/holding-statements-in-advance/'],
  },
  {
    query: 'threat taxonomy json',
    family: 'preparation',
    situation: 'A reader wants the threat taxonomy as data.',
    targets: ['/threats/machine-readable-taxonomy/'],
  },
  {
    query: 'load it in attack navigator',
    family: 'preparation',
    situation: 'A reader wants to load the taxonomy into ATT&CK Navigator.',
    targets: ['/threats/machine-readable-taxonomy/'],
  },
  {
    query: 'set up a private channel for the mod team',
    family: 'preparation',
    situation: 'A team wants private channels for moderators.',
    targets: ['/checklists/private-channels-for-leadership/', '/norms/match-channels-to-labels/'],
  },
  {
    query: 'onboarding new moderators',
    family: 'preparation',
    situation: 'A team is bringing in new moderators.',
    targets: ['/checklists/onboarding-to-disclosure-norms/'],
  },
  {
    query: 'post mortem after the incident',
    family: 'preparation',
    situation: 'A team wants to review how its communication went.',
    targets: ['/checklists/communication-review/', '/norms/review-how-it-went/'],
  },
  {
    query: 'who should i tell',
    family: 'preparation',
    situation: 'A reader wants to decide who hears about something.',
    targets: ['/decide/', '/norms/know-your-audiences/'],
  },
  {
    query: 'message templates',
    family: 'preparation',
    situation: 'A reader wants ready messages.',
    targets: ['/templates/'],
  },
  {
    query: 'checklist before we post a statement',
    family: 'preparation',
    situation: 'A team wants checks before a public statement.',
    targets: ['/checklists/before-a-public-statement/'],
  },
  {
    query: 'status update template',
    family: 'preparation',
    situation: 'A team wants a template for a regular update.',
    targets: ['/templates/status-update/'],
  },
  {
    query: 'first public statement template',
    family: 'preparation',
    situation: 'A team needs a first message before it knows much.',
    targets: ['/templates/holding-statement/'],
  },
  {
    query: 'how often should we post updates',
    family: 'preparation',
    situation: 'A team wants to know how often to update during an incident.',
    targets: ['/norms/timing-and-cadence/'],
  },
  {
    query: 'make announcements screen reader friendly',
    family: 'preparation',
    situation: 'A team wants accessible messages.',
    targets: ['/norms/make-messages-accessible/'],
  },
  {
    query: 'minutes header with label',
    family: 'preparation',
    situation: 'A team wants a header to mark meeting minutes.',
    targets: ['/templates/meeting-agenda-and-minutes-header/', '/norms/mark-what-you-share/'],
  },
  {
    query: 'what does tlp red mean',
    family: 'preparation',
    situation: 'A reader asks what TLP:RED means.',
    targets: ['/tlp/red/'],
  },
  {
    query: 'difference between amber and amber strict',
    family: 'preparation',
    situation: 'A reader asks how TLP:AMBER and TLP:AMBER+STRICT differ.',
    targets: ['/tlp/amber-strict/', '/tlp/amber/'],
  },
  {
    query: 'traffic light protocol',
    family: 'preparation',
    situation: 'A reader wants the Traffic Light Protocol explained.',
    targets: ['/tlp/', '/glossary/tlp/'],
  },
  {
    query: 'how to mark an email as tlp',
    family: 'preparation',
    situation: 'A reader asks where to put the label in an email.',
    targets: ['/norms/mark-what-you-share/'],
  },
  {
    query: 'can tlp green go on a public forum',
    family: 'preparation',
    situation: 'A reader asks whether TLP:GREEN may be posted in public.',
    targets: ['/tlp/green/', '/norms/match-channels-to-labels/'],
  },
  {
    query: 'chatham house rule vs tlp',
    family: 'preparation',
    situation: 'A reader asks how the Chatham House Rule differs from TLP.',
    targets: ['/tlp/tlp-and-chatham-house/'],
  },
  {
    query: 'who can downgrade a label',
    family: 'preparation',
    situation: 'A reader asks who may lower a TLP label.',
    targets: ['/tlp/lowering-a-label/'],
  },
  {
    query: 'start using tlp in our project',
    family: 'preparation',
    situation: 'A project wants to adopt TLP.',
    targets: ['/checklists/adopting-tlp/', '/tlp/'],
  },
  {
    query: 'one message with two different labels',
    family: 'preparation',
    situation: 'A reader must send a message with parts under different labels.',
    targets: ['/tlp/mixed-labels/'],
  },
  {
    query: 'falleció nuestro mantenedor qué hacemos',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer has died (written in Spanish).',
    targets: ['/situations/maintainer-has-died/', '/templates/in-memory-announcement/'],
    expect: 'language-notice',
  },
  {
    query: 'mein Konto wurde gehackt',
    family: 'impersonation-and-takeover',
    situation: "A maintainer's account was hacked (written in German).",
    targets: ['/situations/maintainer-account-hacked/'],
    expect: 'language-notice',
  },
  {
    query: 'signalement de harcèlement que faire',
    family: 'conduct-and-complaints',
    situation: 'Someone reported harassment (written in French).',
    targets: ['/situations/someone-reported-harassment/'],
    expect: 'language-notice',
  },
];
