/**
 * Search test set, VALIDATION set (issue 19): a blind measure of how well the search finds the
 * right page for words nobody wrote down. Do not tune the search on these queries; a change that is
 * tuned on them makes the set measure nothing.
 *
 * Who and when: written on 2026-12-06 by a helper session on branch `h19v` for issue 19. That
 * session has not tuned the search, did not run it while writing, and wrote no other query set.
 *
 * How: the queries were written as stressed volunteer maintainers type them into a search box, on a
 * phone mid-crisis or while getting ready in calm times: two- or three-word keywords, whole
 * questions, feelings, slang and platform names (Discord, GitHub, Mastodon, Reddit, npm, PyPI),
 * abbreviations, a few typos and missing apostrophes, British and American spellings, questions
 * with no topic word at all, and three queries in other languages (German, Portuguese, Japanese),
 * which expect the note that the guidance is in English. The writer avoided the wording of the
 * site's titles and used everyday words instead.
 *
 * What the writer read: the `title` and `summary` of every entry in content/ (situations also their
 * `family`, `outcomes`, `templates` and `checklists`), the ids and titles of the outcomes in
 * content/decisions/, the title, summary and questions of content/project-facts.yaml (the exposure
 * check), the file names under src/pages/, src/lib/routes.ts (how a page's address is made), the
 * type file tests/search-query-set.ts, lines 1-40 of tests/search-queries-fresh.ts (its header)
 * and tests/unit/search-query-sets.test.ts. What it did not read: the search code
 * (src/lib/search*.ts, src/lib/lexicon*.ts, src/lib/word-forms.ts, src/lib/wordnet.ts,
 * src/scripts/search.ts, scripts/search-lexicon.ts), the queries of any other set
 * (tests/search-queries.ts, tests/search-queries-dev.ts, tests/search-queries-held-out.ts,
 * tests/search-queries-fresh.ts, tests/situation-queries.ts), the `aliases` or `looksLike` of any
 * entry, dist/ or any search index. One exception: after all queries were written, a grep for the
 * top-level keys of content/decisions/disclosure.yaml showed its `aliases` line once; no query was
 * written or changed after that, except the three repeats named below.
 *
 * Targets: every page that directly answers the query as a reader would accept it (the situation
 * page, the template or checklist asked for, and a decision outcome, norm, TLP page, threat page or
 * start page whose title matches the problem). Every target was checked to exist as a file in
 * content/ (or an outcome id in content/decisions/disclosure.yaml, or a page under src/pages/) by a
 * throwaway script, and again through the address list that tests/unit/search-query-sets.test.ts
 * builds. No query repeats, word for word, a query of another set: a throwaway script loaded every
 * set and printed only the count of repeats and the repeated queries of this set. It found three
 * (a threat of violence at an event, the police asking for an IP address, the difference between
 * two TLP labels), which were reworded and checked again (none left).
 *
 * Use: like the held-out half, only its score is printed (tests/site/search-quality.test.ts), never
 * its queries or misses, and it must not fall below its last score. Measured on 2026-12-06, score
 * only, by the lead who tuned the search that day and never read its queries or misses: 119 of 130
 * on main at 6d9763f, before that day's changes; 121 of 130 after them (indefinite pronouns as stop
 * words, the decision framework and section aliases in the index, service names in the lexicon).
 * Changes it disfavoured were dropped on its score (weighting words by rarity: 114 to 116 of 130).
 *
 * Families: each SEARCH_FAMILIES family has at least six queries; `preparation` (30) holds
 * governance weak spots, exercises, the exposure check, TLP questions, getting ready, and
 * templates and checklists asked for in everyday words.
 */
import type { SearchQuery } from './search-query-set.ts';

export const SEARCH_QUERIES_VALIDATION: readonly SearchQuery[] = [
  // people-at-risk
  {
    query: 'someone doxxed our lead dev, home address plus threats',
    family: 'people-at-risk',
    situation: "A maintainer's home address was posted together with a threat.",
    targets: [
      '/situations/home-address-posted-with-a-threat/',
      '/decide/outcomes/someone-may-be-in-danger/',
      '/threats/exposure-of-personal-information/',
    ],
  },
  {
    query: 'older guy in our discord keeps DMing a 14 year old, what do i do',
    family: 'people-at-risk',
    situation: 'An adult member seems to be grooming a child in the project chat.',
    targets: ['/situations/adult-may-be-targeting-a-child/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'contributor posted that they want to end it all',
    family: 'people-at-risk',
    situation: 'A contributor says in public that they want to kill themselves.',
    targets: [
      '/situations/someone-says-they-will-harm-themselves/',
      '/templates/reply-to-someone-in-distress/',
      '/decide/outcomes/someone-may-be-in-danger/',
    ],
  },
  {
    query: 'anon email says they will attack people at our meetup next month',
    family: 'people-at-risk',
    situation: 'Someone threatened violence at a project event.',
    targets: ['/situations/threat-of-violence-against-the-project/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query: 'csam got uploaded to our matrix room',
    family: 'people-at-risk',
    situation: 'Child sexual abuse images were posted in the project chat.',
    targets: ['/situations/illegal-images-posted-in-our-chat/', '/decide/outcomes/someone-may-be-in-danger/'],
  },
  {
    query:
      'im so scared for her, people are going after our maintainer on twitter, mastodon and email all at the same time',
    family: 'people-at-risk',
    situation: 'A maintainer is being harassed across several platforms at once.',
    targets: [
      '/situations/maintainer-harassed-on-several-sites/',
      '/decide/outcomes/protect-the-person-first/',
      '/threats/harassment-across-projects/',
    ],
  },
  {
    query: 'the contributor who got piled on is asking us to post something backing them',
    family: 'people-at-risk',
    situation: 'A harassed contributor wants the project to publish a statement of support.',
    targets: [
      '/situations/targeted-person-wants-a-public-statement/',
      '/templates/support-statement/',
      '/decide/outcomes/protect-the-person-first/',
    ],
  },
  {
    query: 'do we call the cops or not',
    family: 'people-at-risk',
    situation: 'A team unsure whether a threat or danger to someone is a matter for the police.',
    targets: ['/decide/outcomes/someone-may-be-in-danger/', '/situations/threat-of-violence-against-the-project/'],
  },

  // conduct-and-complaints
  {
    query: 'got a CoC report, now what',
    family: 'conduct-and-complaints',
    situation: 'Someone privately reported a code of conduct violation.',
    targets: [
      '/situations/someone-reported-harassment/',
      '/checklists/first-hour-after-a-sensitive-report/',
      '/templates/report-acknowledgement/',
    ],
  },
  {
    query: 'complaint about one of our own mods',
    family: 'conduct-and-complaints',
    situation: 'A conduct report is about a member of the moderation team.',
    targets: ['/situations/complaint-about-a-moderator/', '/decide/outcomes/ask-again-for-a-group-without-them/'],
  },
  {
    query: 'banned user crying censorship on reddit',
    family: 'conduct-and-complaints',
    situation: 'A banned person says publicly that the ban was unjust.',
    targets: ['/situations/banned-person-says-it-was-unfair/'],
  },
  {
    query: 'our project lead is accused of sexual harrasment in a blog post',
    family: 'conduct-and-complaints',
    situation: 'A public post accuses a project leader of harassment.',
    targets: [
      '/situations/maintainer-accused-in-public/',
      '/decide/outcomes/allegations-are-public/',
      '/templates/allegations-under-review/',
    ],
  },
  {
    query: 'people think the council will protect their own guy after the complaint',
    family: 'conduct-and-complaints',
    situation: 'A complaint about a leader is public and people expect a cover-up.',
    targets: [
      '/situations/complaint-about-a-leader-fear-of-cover-up/',
      '/threats/no-route-for-complaints-about-leaders/',
    ],
  },
  {
    query: 'we decided to ban someone, how do we announce it',
    family: 'conduct-and-complaints',
    situation: 'A conduct case ended in a ban and the team must tell people.',
    targets: [
      '/situations/conduct-investigation-finished/',
      '/templates/moderation-action-announcement/',
      '/decide/outcomes/announce-a-moderation-decision/',
      '/templates/decision-to-the-person/',
    ],
  },
  {
    query: 'twitter mob wants us to kick a contributor over his old tweets',
    family: 'conduct-and-complaints',
    situation: 'People demand the project remove a contributor for posts made on another site.',
    targets: ['/situations/demands-to-remove-someone-for-posts-elsewhere/'],
  },
  {
    query: 'mods saw someone being abusive in voice chat but nobody reported it',
    family: 'conduct-and-complaints',
    situation: 'Moderators witnessed harassment themselves, with no report made.',
    targets: ['/situations/moderators-saw-harassment-themselves/', '/decide/outcomes/ask-the-person-at-risk/'],
  },
  {
    query: 'victim wants us to name and shame the harasser',
    family: 'conduct-and-complaints',
    situation: 'The person harmed asks the project to make the case and the name public.',
    targets: [
      '/situations/person-harmed-wants-it-public/',
      '/templates/what-we-can-say-in-public/',
      '/decide/outcomes/speak-publicly-with-their-consent/',
    ],
  },
  {
    query: 'Alguém denunciou assédio no nosso projeto, o que devemos fazer?',
    family: 'conduct-and-complaints',
    situation: 'In Portuguese: someone reported harassment in the project; what should we do?',
    targets: ['/situations/someone-reported-harassment/', '/checklists/first-hour-after-a-sensitive-report/'],
    expect: 'language-notice',
  },

  // leaks-and-private-material
  {
    query: 'someone leaked screenshots from our core team slack',
    family: 'leaks-and-private-material',
    situation: "Screenshots of the team's private chat are circulating.",
    targets: [
      '/situations/screenshots-of-private-chat-posted/',
      '/templates/reply-after-a-leak/',
      '/decide/outcomes/reply-after-our-leak/',
      '/threats/leak-of-private-deliberations/',
    ],
  },
  {
    query: 'mod channel logs ended up on pastebin',
    family: 'leaks-and-private-material',
    situation: "The moderation team's private notes or logs were published.",
    targets: [
      '/situations/moderation-notes-leaked/',
      '/decide/outcomes/tell-the-source-it-escaped/',
      '/decide/outcomes/reply-after-our-leak/',
    ],
  },
  {
    query: 'oops i forwarded a confidential report to the public mailing list',
    family: 'leaks-and-private-material',
    situation: 'A private report was sent to a public list by mistake.',
    targets: [
      '/situations/sent-a-private-report-to-the-wrong-people/',
      '/templates/mis-disclosure-notice/',
      '/decide/outcomes/tell-the-source-it-escaped/',
      '/norms/when-information-escapes/',
    ],
  },
  {
    query: 'aws key committed to github by accident',
    family: 'leaks-and-private-material',
    situation: 'A cloud credential was pushed to a public repository.',
    targets: ['/situations/ci-secrets-or-tokens-leaked/', '/templates/leaked-secret-notice/'],
  },
  {
    query: 'attendee spreadsheet with everyones emails went public by mistake',
    family: 'leaks-and-private-material',
    situation: "The project exposed attendees' personal data by accident.",
    targets: ['/situations/we-exposed-peoples-personal-data-by-mistake/', '/templates/message-to-affected-person/'],
  },
  {
    query: 'someone is blackmailing us, says theyll release our DMs unless we unban him',
    family: 'leaks-and-private-material',
    situation: 'Someone threatens to publish private messages unless the project gives in.',
    targets: ['/situations/someone-threatens-to-publish-unless/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'an amber email got pasted into our public chat',
    family: 'leaks-and-private-material',
    situation: 'A TLP:AMBER message reached a public channel.',
    targets: [
      '/norms/when-information-escapes/',
      '/templates/mis-disclosure-notice/',
      '/glossary/mis-disclosure/',
      '/decide/outcomes/tell-the-source-it-escaped/',
      '/situations/sent-a-private-report-to-the-wrong-people/',
    ],
  },

  // impersonation-and-takeover
  {
    query: 'our projects twitter got hijacked',
    family: 'impersonation-and-takeover',
    situation: "The project's social media account was taken over.",
    targets: ['/situations/lost-our-official-account/', '/templates/account-no-longer-ours/'],
  },
  {
    query: 'someone logged into my npm account and pushed a malicious version',
    family: 'impersonation-and-takeover',
    situation: "A maintainer's registry account was hijacked and used to publish a release.",
    targets: ['/situations/maintainer-account-hacked/', '/decide/outcomes/warn-users-without-naming-anyone/'],
  },
  {
    query: 'fake discord server pretending to be us',
    family: 'impersonation-and-takeover',
    situation: 'A look-alike chat server uses the project name.',
    targets: [
      '/situations/someone-is-impersonating-the-project/',
      '/templates/not-our-account/',
      '/threats/lookalike-accounts-and-forks/',
    ],
  },
  {
    query: 'typosquat of our package on pypi',
    family: 'impersonation-and-takeover',
    situation: "A package with a name close to the project's is on a registry.",
    targets: [
      '/situations/someone-is-impersonating-the-project/',
      '/situations/package-name-taken-on-a-registry/',
      '/threats/lookalike-accounts-and-forks/',
    ],
  },
  {
    query: 'new guy wants merge rights asap and random accounts keep backing him up',
    family: 'impersonation-and-takeover',
    situation: 'A newcomer, with support from several accounts, presses for commit rights.',
    targets: [
      '/situations/pressure-to-give-someone-commit-access/',
      '/threats/sockpuppet-pressure/',
      '/threats/trust-built-for-takeover/',
    ],
  },
  {
    query: 'is this an xz style takeover attempt?',
    family: 'impersonation-and-takeover',
    situation: 'A maintainer suspects a long-game takeover of the project like the xz backdoor.',
    targets: [
      '/threats/trust-built-for-takeover/',
      '/situations/pressure-to-give-someone-commit-access/',
      '/cases/xz-utils-backdoor-2024/',
      '/templates/takeover-attempt-warning/',
    ],
  },
  {
    query: 'i think a fellow maintainer slipped the backdoor in himself',
    family: 'impersonation-and-takeover',
    situation: 'The signs point to an insider behind a malicious change.',
    targets: ['/situations/suspect-one-of-our-maintainers/'],
  },
  {
    query: 'someone squatted our crate name and wont give it back',
    family: 'impersonation-and-takeover',
    situation: "Someone else holds the project's name on a package registry.",
    targets: ['/situations/package-name-taken-on-a-registry/'],
  },
  {
    query: 'email claiming to be from the foundations legal team demanding admin access',
    family: 'impersonation-and-takeover',
    situation: 'Someone claims official authority to get access.',
    targets: ['/threats/false-claims-of-authority/'],
  },

  // security-events
  {
    query: 'someone dropped a 0day in our public channel',
    family: 'security-events',
    situation: 'Exploit details were posted in a public chat.',
    targets: [
      '/situations/exploit-pasted-in-public-chat/',
      '/templates/moved-to-a-private-route/',
      '/decide/outcomes/a-flaw-in-code/',
    ],
  },
  {
    query: 'a library we bundle got backdoored',
    family: 'security-events',
    situation: 'A dependency shipped in releases was compromised.',
    targets: ['/situations/dependency-we-ship-was-compromised/'],
  },
  {
    query: 'our forum got hacked, user passwords may be stolen',
    family: 'security-events',
    situation: "An attacker broke into the project's forum.",
    targets: ['/situations/server-or-forum-broken-into/'],
  },
  {
    query: 'ddos took the docs site offline',
    family: 'security-events',
    situation: 'The project website is down, perhaps from a traffic flood.',
    targets: ['/situations/site-or-downloads-are-down/'],
  },
  {
    query: 'bogus 9.8 cvss on a non issue and scanners are going crazy',
    family: 'security-events',
    situation: 'A vulnerability database lists a harmless bug as critical.',
    targets: ['/situations/cve-for-a-bug-that-is-not-a-vulnerability/', '/threats/bogus-severity-ratings/'],
  },
  {
    query: 'drowning in chatgpt slop bug reports',
    family: 'security-events',
    situation: 'The project is flooded with AI-generated reports.',
    targets: ['/situations/flood-of-ai-generated-reports/', '/threats/floods-of-automated-reports/'],
  },
  {
    query: 'researchers sent us bad commits on purpose to see if we would notice',
    family: 'security-events',
    situation: 'The project learns that merged patches were deliberately broken.',
    targets: ['/situations/deliberately-broken-patches/', '/threats/bad-faith-contributions/'],
  },
  {
    query: 'he unpublished all his packages and every CI is red',
    family: 'security-events',
    situation: 'A maintainer pulled their packages and users’ builds fail.',
    targets: ['/situations/maintainer-pulled-or-broke-their-packages/', '/threats/sudden-withdrawal/'],
  },
  {
    query: 'how do i give debian and fedora a heads up before we go public',
    family: 'security-events',
    situation: 'Distributions must be warned privately before an announcement.',
    targets: [
      '/situations/warn-distributions-privately-before-announcing/',
      '/templates/downstream-warning/',
      '/decide/outcomes/warn-downstream-privately/',
    ],
  },
  {
    query: 'Unser Server wurde gehackt, was sagen wir den Nutzern?',
    family: 'security-events',
    situation: 'In German: our server was hacked, what do we tell users?',
    targets: ['/situations/server-or-forum-broken-into/'],
    expect: 'language-notice',
  },

  // leaving-absent-or-burnt-out
  {
    query: 'our maintainer passed away',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer has died.',
    targets: ['/situations/maintainer-has-died/', '/templates/in-memory-announcement/'],
  },
  {
    query: 'what to say to the family of a dev who died',
    family: 'leaving-absent-or-burnt-out',
    situation: 'The team wants words for a message to the family of a maintainer who died.',
    targets: ['/templates/message-to-a-family-after-a-death/', '/situations/maintainer-has-died/'],
  },
  {
    query: 'maintainer ghosted us for 2 months',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer has stopped answering for weeks.',
    targets: ['/situations/maintainer-burnt-out-gone-quiet/', '/templates/check-in-with-a-quiet-maintainer/'],
  },
  {
    query: 'release delayed bc lead dev is sick',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A release is late because a maintainer is ill.',
    targets: [
      '/situations/maintainer-in-hospital/',
      '/templates/maintainer-unavailable/',
      '/norms/health-absence-and-private-life/',
    ],
  },
  {
    query: 'i want to quit maintaining, how do i hand it off properly',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer wants to step down and hand over their work.',
    targets: [
      '/situations/maintainer-steps-down/',
      '/checklists/safe-handover/',
      '/templates/stepping-down-announcement/',
    ],
  },
  {
    query: 'half the mod team just quit and posted a callout',
    family: 'leaving-absent-or-burnt-out',
    situation: 'Several moderators resigned together and said why in public.',
    targets: ['/situations/several-people-resigned-in-protest/', '/templates/open-letter-response/'],
  },
  {
    query: "we're archiving the repo, how do we tell users",
    family: 'leaving-absent-or-burnt-out',
    situation: 'The maintainers are ending the project.',
    targets: ['/situations/we-are-ending-the-project/', '/templates/project-end-notice/'],
  },
  {
    query: 'exhausted, entitled users yell at me every single day',
    family: 'leaving-absent-or-burnt-out',
    situation: 'A maintainer is being worn down by hostile users.',
    targets: ['/threats/sustained-hostility-towards-maintainers/', '/situations/maintainer-burnt-out-gone-quiet/'],
  },
  {
    query: 'メンテナが燃え尽きて返事をしなくなった',
    family: 'leaving-absent-or-burnt-out',
    situation: 'In Japanese: a maintainer burnt out and stopped replying.',
    targets: ['/situations/maintainer-burnt-out-gone-quiet/'],
    expect: 'language-notice',
  },

  // access-held-by-one-person
  {
    query: 'only bob has the dns login and hes not answering',
    family: 'access-held-by-one-person',
    situation: 'One unreachable person controls the domain.',
    targets: ['/situations/only-one-person-has-the-keys/', '/threats/assets-held-by-individuals/'],
  },
  {
    query: 'just one person can publish to pypi, how bad is that',
    family: 'access-held-by-one-person',
    situation: 'Release rights rest with a single person.',
    targets: [
      '/threats/single-point-of-failure/',
      '/threats/assets-held-by-individuals/',
      '/checklists/asset-and-access-inventory/',
      '/situations/only-one-person-has-the-keys/',
    ],
  },
  {
    query: 'domain runs out next week and only the founder can renew it',
    family: 'access-held-by-one-person',
    situation: 'The domain expires soon and one person holds it.',
    targets: ['/situations/domain-or-release-key-about-to-expire/'],
  },
  {
    query: 'gpg release key expiring soon',
    family: 'access-held-by-one-person',
    situation: 'The release signing key runs out soon.',
    targets: ['/situations/domain-or-release-key-about-to-expire/'],
  },
  {
    query: 'ex maintainer refuses to hand over the github org',
    family: 'access-held-by-one-person',
    situation: 'A former maintainer keeps control of the code host organisation.',
    targets: ['/situations/someone-left-and-we-cannot-get-access-back/', '/checklists/access-left-on-bad-terms/'],
  },
  {
    query: 'founder sold our domain to some random company without asking anyone',
    family: 'access-held-by-one-person',
    situation: 'The person holding the domain sold it quietly.',
    targets: ['/situations/domain-or-package-sold-without-telling-us/', '/threats/undisclosed-transfer-of-assets/'],
  },
  {
    query: 'former admin still has root on the server after the fallout',
    family: 'access-held-by-one-person',
    situation: 'Someone who left after a dispute still holds server access.',
    targets: [
      '/checklists/access-left-on-bad-terms/',
      '/threats/access-outliving-the-role/',
      '/situations/someone-left-and-we-cannot-get-access-back/',
    ],
  },

  // money-sponsors-and-companies
  {
    query: 'our biggest sponsor is pulling out',
    family: 'money-sponsors-and-companies',
    situation: 'The main funder is ending its funding.',
    targets: ['/situations/main-sponsor-stops-funding/', '/templates/funding-ends-notice/'],
  },
  {
    query: 'sponsor says merge our PR or we stop paying',
    family: 'money-sponsors-and-companies',
    situation: 'A sponsor ties its money to a merge.',
    targets: ['/situations/sponsor-makes-funding-conditional/', '/templates/reply-to-a-sponsor-with-conditions/'],
  },
  {
    query: 'the corp that owns the repo switched the license to BSL overnight',
    family: 'money-sponsors-and-companies',
    situation: 'The owning company relicensed the project without the community.',
    targets: [
      '/situations/company-changed-our-licence/',
      '/templates/change-we-do-not-control/',
      '/threats/relicensing-by-one-owner/',
    ],
  },
  {
    query: 'i think our treasurer spent the donations on himself',
    family: 'money-sponsors-and-companies',
    situation: 'Project money may have been misused.',
    targets: ['/situations/project-money-may-have-been-misused/'],
  },
  {
    query: 'people are furious we took money from a crypto company',
    family: 'money-sponsors-and-companies',
    situation: 'Contributors object to a sponsor the project accepted.',
    targets: ['/situations/people-object-to-a-sponsor/', '/templates/sponsorship-statement/'],
  },
  {
    query: 'sponsor wants the email list of all our members',
    family: 'money-sponsors-and-companies',
    situation: "A sponsor asks for the project's users' data.",
    targets: ['/situations/sponsor-asks-for-our-users-data/'],
  },
  {
    query: 'company that hosts our plugin site locked us out during a dispute',
    family: 'money-sponsors-and-companies',
    situation: 'The operator of shared infrastructure uses it as leverage.',
    targets: ['/situations/company-cut-off-our-infrastructure/', '/threats/infrastructure-as-leverage/'],
  },
  {
    query: 'draft trademark rules would ban our meetups and stickers',
    family: 'money-sponsors-and-companies',
    situation: 'A draft trademark policy upsets the community.',
    targets: ['/situations/draft-trademark-policy-upsets-the-community/', '/threats/restrictive-trademark-policy/'],
  },
  {
    query: 'startup shipping our GPL code closed source with no credit',
    family: 'money-sponsors-and-companies',
    situation: 'A company uses the project code against its licence.',
    targets: ['/situations/someone-is-using-our-code-against-our-licence/'],
  },
  {
    query: 'core member also works for our competitor, conflict of interest?',
    family: 'money-sponsors-and-companies',
    situation: 'A leader works for a company that competes with the project.',
    targets: ['/situations/leader-works-for-a-competitor/', '/templates/conflict-of-interest-declaration/'],
  },
  {
    query: 'sponsor told us something in confidence, can we tell the rest of the team',
    family: 'money-sponsors-and-companies',
    situation: 'A sponsor shared information under an NDA and others want to know.',
    targets: ['/situations/sponsor-told-us-under-nda/', '/decide/outcomes/follow-the-agreement/'],
  },

  // legal-and-authority-requests
  {
    query: 'got a letter from lawyers telling us to stop using the name',
    family: 'legal-and-authority-requests',
    situation: 'A legal threat demands the project stop using its name.',
    targets: ['/situations/legal-threat-or-takedown-notice/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'a detective wants the IP logs of one of our contributers',
    family: 'legal-and-authority-requests',
    situation: 'The police asked for information about a contributor.',
    targets: ['/situations/police-ask-for-a-contributors-data/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'GDPR erasure request from an ex contributor',
    family: 'legal-and-authority-requests',
    situation: 'Someone asks the project to delete their personal data.',
    targets: ['/situations/request-to-delete-personal-data/', '/templates/data-request-received/'],
  },
  {
    query: 'host says we have to remove contributors from sanctioned countries',
    family: 'legal-and-authority-requests',
    situation: 'The project is told to remove contributors because of sanctions.',
    targets: ['/situations/told-to-remove-contributors-for-sanctions/', '/threats/compliance-applied-without-policy/'],
  },
  {
    query: 'one of our devs got arrested, what do we say',
    family: 'legal-and-authority-requests',
    situation: 'A contributor was arrested.',
    targets: ['/situations/contributor-arrested-or-charged/'],
  },
  {
    query: 'github took our repo down after a copyright complaint',
    family: 'legal-and-authority-requests',
    situation: "The project's code was taken down after a legal notice.",
    targets: ['/situations/legal-threat-or-takedown-notice/', '/decide/outcomes/the-law-may-be-involved/'],
  },
  {
    query: 'subpoena for our chat logs',
    family: 'legal-and-authority-requests',
    situation: 'A court demands project records about people.',
    targets: ['/situations/police-ask-for-a-contributors-data/', '/decide/outcomes/the-law-may-be-involved/'],
  },

  // forks-splits-and-elections
  {
    query: 'ex contributors forked us and are trash talking us on hacker news',
    family: 'forks-splits-and-elections',
    situation: 'A fork was announced with harsh criticism of the project.',
    targets: ['/situations/hostile-fork-announced/', '/templates/statement-on-a-fork/'],
  },
  {
    query: 'people saying the vote was rigged',
    family: 'forks-splits-and-elections',
    situation: 'An election result is disputed.',
    targets: ['/situations/election-result-disputed/'],
  },
  {
    query: 'loads of brand new accounts signed up right before the board vote',
    family: 'forks-splits-and-elections',
    situation: 'Many new accounts appeared before a vote.',
    targets: ['/situations/new-accounts-before-a-vote/', '/threats/vote-capture-by-coordinated-accounts/'],
  },
  {
    query: 'motion to kick out a council member',
    family: 'forks-splits-and-elections',
    situation: 'A vote of no confidence in a council member is proposed.',
    targets: ['/situations/vote-to-remove-a-council-member/', '/templates/vote-announcement/'],
  },
  {
    query: 'two core devs flaming each other in github issues',
    family: 'forks-splits-and-elections',
    situation: 'Two maintainers argue in public and users take sides.',
    targets: ['/situations/maintainers-fighting-in-public/'],
  },
  {
    query: 'a casting vote settled it and now half the community wants to fork',
    family: 'forks-splits-and-elections',
    situation: 'A decision by a small body is splitting the project.',
    targets: ['/situations/vote-is-splitting-the-project/', '/threats/divisive-decision-by-a-tiny-body/'],
  },
  {
    query: 'they changed the election rules halfway thru',
    family: 'forks-splits-and-elections',
    situation: 'The rules of an election changed while it ran.',
    targets: ['/threats/rules-changed-mid-election/', '/situations/election-result-disputed/'],
  },
  {
    query: 'how do we run a fair TSC election',
    family: 'forks-splits-and-elections',
    situation: 'A project wants to hold an election people will trust.',
    targets: ['/checklists/trustworthy-election/', '/templates/vote-announcement/'],
  },

  // press-and-public-attention
  {
    query: 'journo from the verge emailing about the drama, deadline tomorrow',
    family: 'press-and-public-attention',
    situation: 'A journalist asks about an incident with a deadline.',
    targets: ['/situations/journalist-asks-about-an-incident/', '/templates/press-reply/'],
  },
  {
    query: 'article says we got hacked and we didnt',
    family: 'press-and-public-attention',
    situation: 'A news story got the facts about the project wrong.',
    targets: ['/situations/news-story-got-the-facts-wrong/', '/templates/correction-request-to-press/'],
  },
  {
    query: 'everyone on mastodon is saying the project is dead',
    family: 'press-and-public-attention',
    situation: 'A false rumour about the project spreads on social media.',
    targets: ['/situations/rumour-spreading-on-social-media/', '/threats/information-vacuum/'],
  },
  {
    query: 'we messed up, how do we say sorry publicly',
    family: 'press-and-public-attention',
    situation: 'The project made a mistake and must apologise.',
    targets: ['/situations/we-need-to-apologise-in-public/', '/templates/public-apology/'],
  },
  {
    query: 'petition demanding the BDFL resign',
    family: 'press-and-public-attention',
    situation: 'An open letter demands a leader step down.',
    targets: ['/situations/open-letter-demands-change/', '/templates/open-letter-response/'],
  },
  {
    query: 'orange site crowd brigading our issue tracker',
    family: 'press-and-public-attention',
    situation: 'Outsiders flood an issue after a post elsewhere.',
    targets: ['/situations/outsiders-flooding-an-issue/', '/templates/locked-thread-note/', '/threats/brigading/'],
  },
  {
    query: 'thread went viral, 500 angry comments, should i lock it',
    family: 'press-and-public-attention',
    situation: 'An issue is flooded with comments and the team considers locking it.',
    targets: ['/situations/outsiders-flooding-an-issue/', '/templates/locked-thread-note/'],
  },
  {
    query: 'what do we post first when we barely know anything yet',
    family: 'press-and-public-attention',
    situation: 'Something happened and the team needs a first public message with few facts.',
    targets: ['/templates/holding-statement/', '/glossary/holding-statement/'],
  },

  // warnings-from-partners
  {
    query: 'another project sent us a green heads up about a scammer',
    family: 'warnings-from-partners',
    situation: 'A partner project warned under TLP:GREEN.',
    targets: ['/situations/partner-warned-us-under-tlp-green/', '/decide/outcomes/act-on-a-community-warning/'],
  },
  {
    query: 'we got warned about a creep and it turns out hes one of our mods',
    family: 'warnings-from-partners',
    situation: 'A partner warning names a member of the moderation team.',
    targets: ['/situations/warning-names-someone-on-our-moderation-team/'],
  },
  {
    query: 'three warnings about the same guy, one red one amber one green, help',
    family: 'warnings-from-partners',
    situation: 'Several warnings on one matter came under different labels.',
    targets: ['/situations/warnings-with-different-labels/', '/tlp/mixed-labels/'],
  },
  {
    query: 'foundation told us about a merger but we cant say a word till friday',
    family: 'warnings-from-partners',
    situation: 'The project holds news under embargo until a set date.',
    targets: ['/situations/told-something-until-a-date/', '/glossary/embargo/'],
  },
  {
    query: 'can i repost an amber warning to all our contributors',
    family: 'warnings-from-partners',
    situation: 'The team wants to pass on a restricted warning more widely.',
    targets: [
      '/tlp/asking-to-share-wider/',
      '/templates/permission-to-share-request/',
      '/templates/relayed-warning-for-contributors/',
      '/tlp/amber/',
    ],
  },
  {
    query: 'how to pass a partners warning on to our community',
    family: 'warnings-from-partners',
    situation: "The team wants to relay a partner's warning to its contributors.",
    targets: [
      '/templates/relayed-warning-for-contributors/',
      '/situations/partner-warned-us-under-tlp-green/',
      '/tlp/asking-to-share-wider/',
    ],
  },

  // preparation
  {
    query: 'how do we get ready before something goes wrong',
    family: 'preparation',
    situation: 'A team wants to prepare for a crisis in calm times.',
    targets: ['/prepare/', '/exercises/pilot-kit/'],
  },
  {
    query: 'crisis prep plan for a tiny volunteer team',
    family: 'preparation',
    situation: 'A small volunteer project wants a short plan to get ready.',
    targets: ['/prepare/', '/exercises/pilot-kit/'],
  },
  {
    query: 'how vulnerable is our governance, is there a quiz',
    family: 'preparation',
    situation: 'A team wants to assess its own governance risks.',
    targets: ['/check/'],
  },
  {
    query: 'self assessment of our project risks',
    family: 'preparation',
    situation: 'A team wants a self-check of how exposed its project is.',
    targets: ['/check/', '/exercises/pilot-kit/'],
  },
  {
    query: 'run a practice drill with the maintainers',
    family: 'preparation',
    situation: 'A team wants to run a tabletop exercise.',
    targets: ['/checklists/running-a-tabletop-exercise/', '/exercises/', '/exercises/abusability-testing/'],
  },
  {
    query: 'practice scenario where an election gets gamed',
    family: 'preparation',
    situation: 'A team wants an exercise about a manipulated election.',
    targets: ['/exercises/election-under-pressure/'],
  },
  {
    query: 'roleplay exercise about a leaked moderator thread',
    family: 'preparation',
    situation: 'A team wants an exercise about leaked moderation discussions.',
    targets: ['/exercises/the-leaked-thread/'],
  },
  {
    query: 'what does tlp clear mean',
    family: 'preparation',
    situation: 'A reader asks what the TLP:CLEAR label allows.',
    targets: ['/tlp/clear/'],
  },
  {
    query: 'amber vs amber+strict, whats the diff',
    family: 'preparation',
    situation: 'A reader compares TLP:AMBER and TLP:AMBER+STRICT.',
    targets: ['/tlp/amber-strict/', '/tlp/amber/'],
  },
  {
    query: 'marked red, who am i allowed to tell',
    family: 'preparation',
    situation: 'A reader asks who may hear information labelled TLP:RED.',
    targets: ['/tlp/red/'],
  },
  {
    query: 'is chatham house the same thing as tlp',
    family: 'preparation',
    situation: 'A reader asks how the Chatham House Rule relates to TLP.',
    targets: ['/tlp/tlp-and-chatham-house/', '/glossary/chatham-house-rule/', '/frameworks/chatham-house-rule/'],
  },
  {
    query: 'how to label a doc that has both public and private bits',
    family: 'preparation',
    situation: 'A document holds parts under different TLP labels.',
    targets: ['/tlp/mixed-labels/'],
  },
  {
    query: 'when can a red label be downgraded to green',
    family: 'preparation',
    situation: 'A reader asks how a stricter label can later be relaxed.',
    targets: ['/tlp/lowering-a-label/'],
  },
  {
    query: 'introducing the traffic light thing to our team',
    family: 'preparation',
    situation: 'A project wants to start using TLP.',
    targets: ['/checklists/adopting-tlp/', '/tlp/', '/tlp/applying-tlp/'],
  },
  {
    query: 'pre-written statements for emergencies',
    family: 'preparation',
    situation: 'A team wants to draft first statements before a crisis.',
    targets: ['/checklists/holding-statements-in-advance/', '/templates/holding-statement/'],
  },
  {
    query: 'spreadsheet of who has which passwords and accounts',
    family: 'preparation',
    situation: 'A team wants to list who holds each project asset and account.',
    targets: ['/checklists/asset-and-access-inventory/'],
  },
  {
    query: 'teaching new mods what they can and cant share',
    family: 'preparation',
    situation: 'New moderators need to learn the disclosure norms.',
    targets: ['/checklists/onboarding-to-disclosure-norms/'],
  },
  {
    query: 'set up a private room for the security team',
    family: 'preparation',
    situation: 'A team wants private channels for its leadership or security group.',
    targets: ['/checklists/private-channels-for-leadership/', '/norms/match-channels-to-labels/'],
  },
  {
    query: 'post mortem on how our announcements went',
    family: 'preparation',
    situation: 'After an incident the team wants to review its communication.',
    targets: ['/checklists/communication-review/', '/norms/review-how-it-went/'],
  },
  {
    query: 'things to double check before posting an announcement',
    family: 'preparation',
    situation: 'A team wants checks to run before a public statement.',
    targets: ['/checklists/before-a-public-statement/'],
  },
  {
    query: 'solo maintainer, what happens if i get hit by a bus',
    family: 'preparation',
    situation: 'A single maintainer wants to plan for succession.',
    targets: [
      '/structures/single-maintainer/',
      '/glossary/succession-plan/',
      '/glossary/bus-factor/',
      '/threats/single-point-of-failure/',
      '/checklists/safe-handover/',
    ],
  },
  {
    query: 'risks of having a benevolent dictator',
    family: 'preparation',
    situation: 'A reader asks about the weak spots of a founder-led project.',
    targets: ['/structures/founder-led/', '/glossary/bdfl/'],
  },
  {
    query: 'weak spots when one company runs everything',
    family: 'preparation',
    situation: 'A reader asks about the risks of a company-led project.',
    targets: ['/structures/company-led/', '/threats/single-company-control/'],
  },
  {
    query: 'what can go wrong with an elected steering council',
    family: 'preparation',
    situation: 'A reader asks about the threats to an elected council.',
    targets: ['/structures/elected-council/'],
  },
  {
    query: 'how often should we post updates during an outage or incident',
    family: 'preparation',
    situation: 'A team asks how often to update during an incident.',
    targets: ['/norms/timing-and-cadence/'],
  },
  {
    query: 'who should be our spokesperson',
    family: 'preparation',
    situation: 'A team asks who speaks for the project.',
    targets: ['/norms/speak-with-one-voice/', '/norms/know-your-audiences/'],
  },
  {
    query: 'make our announcements work with screen readers and for non native speakers',
    family: 'preparation',
    situation: 'A team wants accessible messages.',
    targets: ['/norms/make-messages-accessible/'],
  },
  {
    query: 'our moderators have no power over the leaders, is that a problem',
    family: 'preparation',
    situation: 'A governance weak spot: moderators cannot act on leaders.',
    targets: ['/threats/moderators-without-standing/', '/threats/leadership-overriding-moderation/'],
  },
  {
    query: 'real decisions keep getting made in a private telegram group',
    family: 'preparation',
    situation: 'A governance weak spot: decisions made in informal side channels.',
    targets: ['/threats/decisions-in-informal-channels/'],
  },
  {
    query: 'who do i tell first',
    family: 'preparation',
    situation: 'No topic word: a reader wants to know who should hear something first; the decision tree answers.',
    targets: ['/decide/', '/norms/know-your-audiences/'],
  },
];
