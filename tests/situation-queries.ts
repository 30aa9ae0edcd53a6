/**
 * Situations as readers in trouble describe them: in their own words, in a hurry, sometimes
 * lower-case or with a typo, written without looking at the situations' titles or aliases. Each
 * names the situation pages (site paths, without the leading slash) that answer it; a query passes
 * when one of them is in the top three results and that page offers a template.
 *
 * The answers were written when the site had 26 situations. On 2026-12-06 a helper session on
 * branch `h19q` (issue 19, which has not tuned the search and did not run it to choose) compared each
 * query with the text (title, summary, what it looks like) of every situation added since, and added
 * a page where it answers the query as directly as the listed one: five queries gained one page each
 * (screenshots of private chat for two leaks, a package name held on a registry, new accounts before
 * a vote, a decided conduct case). None of the twelve newest situations answers a query here. Every
 * answer still exists; none was removed.
 */
export interface SituationQuery {
  query: string;
  answers: string[];
}

const s = (id: string) => `situations/${id}/`;

export const SITUATION_QUERIES: SituationQuery[] = [
  // People at risk.
  {
    query: 'someone posted where I live and said they would come round',
    answers: [s('home-address-posted-with-a-threat')],
  },
  { query: 'troll published my home address in our discord', answers: [s('home-address-posted-with-a-threat')] },
  { query: 'maintainer got doxed and threatened what do we do', answers: [s('home-address-posted-with-a-threat')] },
  { query: 'threats against a maintainer and their family', answers: [s('home-address-posted-with-a-threat')] },

  // Legal and authority requests.
  { query: 'cops emailed asking for a users ip address', answers: [s('police-ask-for-a-contributors-data')] },
  { query: 'we got a subpoena for our mailing list logs', answers: [s('police-ask-for-a-contributors-data')] },
  {
    query: 'law enforcement wants information on one of our contributors',
    answers: [s('police-ask-for-a-contributors-data')],
  },
  {
    query: 'we have to kick out contributors from a sanctioned country',
    answers: [s('told-to-remove-contributors-for-sanctions')],
  },
  {
    query: 'legal says remove maintainers because of export rules',
    answers: [s('told-to-remove-contributors-for-sanctions')],
  },

  // Security events.
  { query: 'someone dropped a working exploit in our matrix room', answers: [s('exploit-pasted-in-public-chat')] },
  { query: 'security hole posted publicly in a github issue', answers: [s('exploit-pasted-in-public-chat')] },
  { query: 'user posted a 0day on the forum', answers: [s('exploit-pasted-in-public-chat')] },
  { query: 'bogus cve filed against our library', answers: [s('cve-for-a-bug-that-is-not-a-vulnerability')] },
  {
    query: 'nvd gave a harmless bug of ours a critical score',
    answers: [s('cve-for-a-bug-that-is-not-a-vulnerability')],
  },
  { query: 'drowning in chatgpt written vulnerability reports', answers: [s('flood-of-ai-generated-reports')] },
  { query: 'bug bounty spam from llms wasting our time', answers: [s('flood-of-ai-generated-reports')] },
  {
    query: 'researchers submitted bad patches on purpose as an experiment',
    answers: [s('deliberately-broken-patches')],
  },
  { query: 'someone sent intentionally buggy PRs to test our review', answers: [s('deliberately-broken-patches')] },

  // Conduct.
  {
    query: 'a contributor told me privately that another member keeps bullying them',
    answers: [s('someone-reported-harassment')],
  },
  { query: 'got an email reporting a coc violation, what now', answers: [s('someone-reported-harassment')] },
  { query: 'report about one of our own coc team members', answers: [s('complaint-about-a-moderator')] },
  { query: 'a moderator is harassing people, who handles that', answers: [s('complaint-about-a-moderator')] },
  { query: 'complaint against someone on the conduct committee', answers: [s('complaint-about-a-moderator')] },
  { query: 'viral thread says our project lead is a harasser', answers: [s('maintainer-accused-in-public')] },
  { query: 'allegations against a core dev all over social media', answers: [s('maintainer-accused-in-public')] },
  { query: 'people demand we respond to accusations about a maintainer', answers: [s('maintainer-accused-in-public')] },
  {
    query: 'banned user complaining on twitter that the ban was unjust',
    answers: [s('banned-person-says-it-was-unfair')],
  },
  {
    query: 'people asking why we suspended a contributor',
    answers: [s('banned-person-says-it-was-unfair'), s('conduct-investigation-finished')],
  },

  // Leaks.
  {
    query: 'screenshots of our mod channel are on twitter',
    answers: [s('moderation-notes-leaked'), s('screenshots-of-private-chat-posted')],
  },
  { query: 'someone leaked what the moderators discussed privately', answers: [s('moderation-notes-leaked')] },
  {
    query: 'private council chat logs got posted on reddit',
    answers: [s('moderation-notes-leaked'), s('screenshots-of-private-chat-posted')],
  },

  // Impersonation, takeover and hacked accounts.
  {
    query: 'fake npm package using our name',
    answers: [s('someone-is-impersonating-the-project'), s('package-name-taken-on-a-registry')],
  },
  {
    query: 'someone made a twitter account pretending to be our project',
    answers: [s('someone-is-impersonating-the-project')],
  },
  { query: 'scam website copying our download page', answers: [s('someone-is-impersonating-the-project')] },
  {
    query: 'stranger keeps asking me to make them co-maintainer',
    answers: [s('pressure-to-give-someone-commit-access')],
  },
  {
    query: 'new contributor pressuring for npm publish rights',
    answers: [s('pressure-to-give-someone-commit-access')],
  },
  {
    query: 'several accounts pushing me to hand over the repo',
    answers: [s('pressure-to-give-someone-commit-access')],
  },
  { query: 'our maintainers github account got compromised', answers: [s('maintainer-account-hacked')] },
  { query: 'a release was published that none of us made', answers: [s('maintainer-account-hacked')] },
  { query: 'somebody logged into our admin account and pushed code', answers: [s('maintainer-account-hacked')] },

  // People leaving, absent, ill or burnt out.
  { query: 'lead dev is seriously ill and cannot work', answers: [s('maintainer-in-hospital')] },
  {
    query: 'our maintainer had an accident, the release will be late, what do we tell people',
    answers: [s('maintainer-in-hospital')],
  },
  { query: 'the maintainers family told us he is in hospital', answers: [s('maintainer-in-hospital')] },
  { query: 'core maintainer announced they are quitting', answers: [s('maintainer-steps-down')] },
  { query: 'I am burnt out and want to step away from the project', answers: [s('maintainer-steps-down')] },
  { query: 'how to announce a maintainer leaving', answers: [s('maintainer-steps-down')] },

  // Access and assets held by one person.
  { query: 'only one person has access to our domain and they vanished', answers: [s('only-one-person-has-the-keys')] },
  { query: 'the only owner of the npm package is not answering', answers: [s('only-one-person-has-the-keys')] },
  {
    query: 'our old domain was sold and now serves malware',
    answers: [s('domain-or-package-sold-without-telling-us')],
  },
  {
    query: 'former maintainer sold the package to a stranger',
    answers: [s('domain-or-package-sold-without-telling-us')],
  },

  // Money, sponsors and companies.
  {
    query: 'the company behind our project switched to a non open source license',
    answers: [s('company-changed-our-licence')],
  },
  { query: 'vendor relicensed the code overnight', answers: [s('company-changed-our-licence')] },
  { query: 'the company running our website locked us out', answers: [s('company-cut-off-our-infrastructure')] },
  { query: 'fiscal host froze our money during a dispute', answers: [s('company-cut-off-our-infrastructure')] },
  {
    query: 'new trademark rules would ban the name of our meetup',
    answers: [s('draft-trademark-policy-upsets-the-community')],
  },
  {
    query: 'people angry about the foundations draft brand policy',
    answers: [s('draft-trademark-policy-upsets-the-community')],
  },

  // Forks, splits and elections.
  { query: 'people claim the board election was rigged', answers: [s('election-result-disputed')] },
  {
    query: 'fake accounts voted in our election',
    answers: [s('election-result-disputed'), s('new-accounts-before-a-vote')],
  },
  { query: 'half the contributors want to fork after the vote', answers: [s('vote-is-splitting-the-project')] },
  { query: 'decision made in a private slack and people are furious', answers: [s('vote-is-splitting-the-project')] },

  // Press and public attention.
  { query: 'a reporter from a tech news site wants a comment', answers: [s('journalist-asks-about-an-incident')] },
  { query: 'journalist asking about the outage, deadline today', answers: [s('journalist-asks-about-an-incident')] },
  { query: 'petition calling for the steering council to resign', answers: [s('open-letter-demands-change')] },
  { query: 'community members signed a letter against our leadership', answers: [s('open-letter-demands-change')] },

  // Warnings from partners.
  { query: 'got a TLP:GREEN alert from another foundation', answers: [s('partner-warned-us-under-tlp-green')] },
  {
    query: 'another project warned us about a bad actor, can we tell our contributors',
    answers: [s('partner-warned-us-under-tlp-green')],
  },
];
