/**
 * Which held-out texts belong to which round. Each round's gold was written before the engine
 * first ran on its texts, so a round's first measurement is an unbiased estimate for new text;
 * later figures on it are optimistic (its misses were read). The eval prints each round apart,
 * and test/draft/eval.test.ts keeps a floor per round.
 */
import type { ArticleScore } from './extraction';

/** Rounds 3 and onwards by text id; every other held-out text is of rounds 1-2. */
export const HELD_OUT_ROUNDS: Readonly<Record<string, readonly string[]>> = {
  'round 3': [
    'wire-tehran-ministry-denial',
    'tv-okafor-state-of-the-union',
    'analysis-hormuz-drone',
    'repost-kremlin-no-grounds',
    'wire-bahrain-depot',
  ],
  'round 4': [
    'tv-delaney-meet-the-press',
    'qa-marsh-nato-envoy',
    'wire-fujairah-strike',
    'analysis-quiet-axis',
    'liveblog-repost-row',
  ],
  'round 5': [
    'wire-moscow-crude-fabrication',
    'tv-hale-this-week',
    'repost-embassy-categorically',
    'qa-rahimi-nothing-of-the-sort',
    'oped-mild-answer',
  ],
  'round 6': [
    'brief-weekend-key-points',
    'wire-geneva-talks',
    'analysis-partners-of-necessity',
    'tv-leavitt-evening-edition',
    'repost-second-call',
  ],
  'round 7': [
    'wire-official-price-warning',
    'tv-hegseth-nightly-asked-whether',
    'oped-answer-was-a-shrug',
    'wire-we-reject-this-entirely',
    'repost-what-was-said-today',
  ],
  'round 8': [
    'wire-air-force-one-imagery',
    'tv-brandt-this-week',
    'analysis-experts-split',
    'repost-what-we-know-bullets',
    'timeline-leak-to-call',
    'wire-nato-allies-evidence',
  ],
  'round 9': [
    'tv-transcript-sunday-report',
    'wire-ushakov-not-one-fact',
    'oped-silence-is-a-choice',
    'repost-envoy-we-know-what-we-saw',
    'gaggle-senators-hallway',
    'briefing-state-spokeswoman',
  ],
  'round 10': [
    'wire-reuters-odni-no-comment',
    'repost-syndicated-ledger',
    'newsletter-situation-brief',
    'tv-witkoff-meet-the-press-crlf',
    'explainer-timeline-tabs',
    'wire-ap-un-council-clash',
  ],
  'round 11': [
    'wire-jask-launch-sites',
    'tv-moreau-state-of-the-union',
    'analysis-old-favours',
    'repost-istanbul-what-we-know',
    'brief-hegseth-hearing',
  ],
  'round 12': [
    'oped-explaining-away',
    'tv-hegseth-will-answer',
    'analysis-four-answers',
    'tv-witkoff-newspaper-story',
    'commentary-non-answer',
    'tv-envoy-story-for-children',
  ],
  'round 13': [
    'wire-ap-admiral-hearing',
    'repost-html-patrol-boat',
    'wire-afp-guillemet-denials',
    'brief-vienna-key-points-bom',
    'wire-reuters-negev-intercept',
    'repost-sunday-crane-hardwrap',
  ],
  'round 14': [
    'tv-dunmore-face-the-nation',
    'tv-transcript-capitol-hour',
    'podcast-lindqvist-across-the-aisle',
    'tv-rubio-america-tonight',
    'repost-radio-worldline-rudin',
    'roundup-evening-wrap-on-air',
  ],
  'round 15': [
    'wire-afp-tanker-signoff',
    'wire-reuters-told-reuters-officers',
    'wire-state-media-relay',
    'wire-ap-joint-denial-radar',
    'repost-scraped-navy-chief',
    'breaking-update-stack-boarding',
  ],
  'round 16': [
    'oped-monitoring-not-a-policy',
    'editorial-show-congress',
    'explainer-salalah-what-we-know',
    'analysis-experts-by-affiliation',
    'newsletter-hormuz-memo',
    'commentary-done-this-before',
  ],
  'round 17': [
    'tv-prewitt-sunday-futures',
    'wire-kremlin-shift-blame',
    'qa-ostrow-pentagon-podium',
    'oped-answers-keep-changing',
    'repost-wrapped-un-envoys',
    'hearing-tull-foreign-affairs',
  ],
  'round 18': [
    'wire-reuters-jubail-drones',
    'tv-halloran-this-week',
    'briefing-pentagon-carver',
    'wire-afp-readouts-two-calls',
    'explainer-six-months-in-dates',
    'liveblog-gulf-latest',
  ],
  'round 19': [
    'wire-reuters-council-possessive-envoys',
    'tv-maddox-fox-news-sunday',
    'wire-ap-readouts-and-ministries',
    'wire-officials-firehose-anonymous',
    'repost-forum-wrapped-entities',
    'newsletter-digest-bold-credits',
  ],
  'round 20': [
    'wire-ap-lengeh-not-a-party',
    'tv-witkoff-state-of-the-union-mercer',
    'oped-kremlin-word-is-nothing',
    'repost-forwarded-email-fujairah',
    'readout-state-pentagon-kremlin-calls',
    'liveblog-castell-hearing-updates',
  ],
  'round 21': [
    'tv-gabbard-face-the-nation-hargrove',
    'tv-transcript-evening-dispatch-crosstalk',
    'repost-wires-share-debris-sanctions',
    'oped-ellery-vague-words',
    'wire-reuters-moscow-summons-correction',
    'liveblog-durant-hearing-out-of-order',
  ],
  'round 22': [
    'wire-ap-updated-orbita-sanctions',
    'tv-witkoff-this-week-karlsen',
    'statemedia-tass-devoid-of-foundation',
    'newsletter-readout-paren-sources',
    'column-vanwert-deep-concern',
    'repost-caps-via-handle-moscow-talks',
  ],
  'round 23': [
    'wire-reuters-jordan-outpost-soldiers',
    'briefing-centcom-halloway-sailors',
    'tv-ivers-state-of-the-union-albright',
    'liveblog-harir-base-day',
    'repost-forum-arifjan-newsletter',
    'commentary-count-the-attacks',
  ],
  'round 24': [
    'wire-ap-senators-hudson-fellow',
    'tv-nbc-deputy-secretary-panel',
    'analysis-carnegie-two-experts',
    'newsletter-war-room-credits',
    'briefing-state-deputy-spokesman-vance',
    'repost-scraped-kremlin-envoys-vienna',
  ],
  'round 25': [
    'wire-reuters-sohar-dia-assessed',
    'statemedia-irna-never-received',
    'liveblog-ras-tanura-both-deny',
    'newsletter-capitol-memo-credits',
    'tv-ashgrove-face-the-nation-denial',
    'explainer-who-says-who-denies',
  ],
  'round 26': [
    'wire-ap-armed-services-covering-for-moscow',
    'tv-bessent-face-the-nation-will-pay',
    'oped-marchbanks-silence-is-surrender',
    'editorial-meridian-star-say-so',
    'qa-state-haskell-cheap-shot',
    'statement-russian-mfa-will-not-go-unanswered',
  ],
  'round 27': [
    'wire-reuters-kremlin-pure-fiction-wsj',
    'wire-ap-israeli-military-haifa-coordinates',
    'wire-afp-tehran-categorically-reject',
    'wire-reuters-dia-director-not-bystanders',
    'wire-ap-kremlin-readout-nyt-report',
    'wire-reuters-guards-axios-embassy',
  ],
  'round 28': [
    'repost-getty-caps-stamp',
    'repost-entities-doubled-quotes',
    'repost-wrapped-no-blank-lines',
    'forum-quoted-wire-reply',
    'mirror-repeated-headline-bullets',
    'aggregator-crlf-nbsp-liveblog',
  ],
  'round 29': [
    'oped-quillan-only-words',
    'analysis-four-experts-quiet-answer',
    'brief-halvorsen-closing-the-gap',
    'editorial-cascade-courier-make-him-choose',
    'oped-greaves-pentagon-shrug',
    'commentary-roundup-granite-observer',
  ],
  'round 30': [
    'tv-calloway-meet-the-press-pressed',
    'radio-okonjo-morning-edition',
    'hearing-whitlock-armed-services',
    'briefing-state-prentiss-podium',
    'tv-hegseth-fox-told-host',
    'tv-rubio-face-the-nation-lavrov',
  ],
  'round 31': [
    'commentary-castellano-president-himself',
    'tv-whitcombe-state-of-the-union-descriptors',
    'wire-ap-harrow-long-appositions',
    'repost-drayton-bahrami-semicolon',
    'tv-everly-fox-former-general',
    'wire-reuters-ryabkov-veteran-diplomat',
  ],
  'round 32': [
    'tv-marlowe-state-of-the-union-anchor',
    'wire-ryabkov-rossiya-24-witkoff-cnbc',
    'radio-quist-all-things-considered',
    'hearing-achterberg-worldwide-threats',
    'hearing-catesby-foreign-relations',
    'repost-hegseth-60-minutes-correspondent',
  ],
  'round 33': [
    'wire-ellory-all-but-in-the-war',
    'tv-okafor-state-of-the-union-eyes',
    'wire-harlan-policy-question',
    'oped-raman-looking-away',
    'repost-calder-feeding-the-map',
    'tv-vela-meet-the-press-entitled',
  ],
  'round 34': [
    'wire-ap-senate-panel-six-sites',
    'oped-castellanos-green-light',
    'repost-reuters-guards-foreign-eyes',
    'statement-moscow-tehran-reject-house-report',
    'wire-reuters-uk-mod-red-sea-imagery',
    'editorial-harbor-ledger-alibi',
  ],
  'round 35': [
    'wire-ap-korsak-no-such-programme',
    'tv-nasseri-psychological-war',
    'briefing-state-orr-on-the-table',
    'repost-fairy-tales-share-bar',
    'wire-reuters-tanf-our-choosing',
    'tv-grushin-domestic-consumption',
  ],
  'round 36': [
    'wire-reuters-dhafra-retaliation',
    'wire-ap-umm-qasr-sailors',
    'liveblog-gulf-attacks-day-twelve',
    'tv-whitlock-meet-the-press-mesa-verde',
    'repost-forum-erbil-quoted-wire',
    'wire-afp-ain-al-asad-toll',
  ],
  'round 37 (commentary2)': [
    'editorial-halverson-gazette-board-looking-away',
    'editorial-northfield-register-board-denial',
    'wire-ap-kremlin-shrugs-off-assessment',
    'column-ashdown-their-own-words',
    'analysis-wren-playing-it-down',
    'oped-delacroix-condemning-is-easy',
  ],
};

/** The round a held-out text belongs to. */
export function roundOf(id: string): string {
  for (const [round, ids] of Object.entries(HELD_OUT_ROUNDS)) if (ids.includes(id)) return round;
  return 'rounds 1-2';
}

/** Held-out scores grouped by round, in round order. */
export function byRound(runs: ArticleScore[]): Map<string, ArticleScore[]> {
  const out = new Map<string, ArticleScore[]>([['rounds 1-2', []]]);
  for (const round of Object.keys(HELD_OUT_ROUNDS)) out.set(round, []);
  for (const r of runs) out.get(roundOf(r.id))!.push(r);
  return out;
}
