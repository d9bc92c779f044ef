/**
 * The measured extraction quality, asserted at a floor just under today's figures (see
 * docs/extraction.md) so that a rule change that loses quality fails here. Leave-one-out over
 * the curated seeds, and the held-out texts with their hand-made gold.
 */
import path from 'node:path';
import { heldOut, leaveOneOut } from '../../scripts/src/eval/extraction';
import { totals } from '../../scripts/src/eval/report';
import { byRound } from '../../scripts/src/eval/rounds';
import { SEEDS, REPO } from './helpers';

const HELD_OUT = path.join(REPO, 'test', 'fixtures', 'draft', 'held-out');

describe('extraction quality', () => {
  const loo = totals(leaveOneOut(SEEDS));
  const all = heldOut(HELD_OUT, SEEDS);
  const rounds = byRound(all);
  const held = totals(rounds.get('rounds 1-2')!);
  const round3 = totals(rounds.get('round 3')!);
  const round4 = totals(rounds.get('round 4')!);
  const round5 = totals(rounds.get('round 5')!);
  const round6 = totals(rounds.get('round 6')!);
  const round7 = totals(rounds.get('round 7')!);
  const round8 = totals(rounds.get('round 8')!);
  const round9 = totals(rounds.get('round 9')!);
  const round10 = totals(rounds.get('round 10')!);
  const round11 = totals(rounds.get('round 11')!);
  const round12 = totals(rounds.get('round 12')!);
  const round13 = totals(rounds.get('round 13')!);
  const round14 = totals(rounds.get('round 14')!);
  const round15 = totals(rounds.get('round 15')!);
  const round16 = totals(rounds.get('round 16')!);
  const round17 = totals(rounds.get('round 17')!);
  const round18 = totals(rounds.get('round 18')!);
  const round19 = totals(rounds.get('round 19')!);
  const round20 = totals(rounds.get('round 20')!);
  const round21 = totals(rounds.get('round 21')!);
  const round22 = totals(rounds.get('round 22')!);
  const round23 = totals(rounds.get('round 23')!);
  const round24 = totals(rounds.get('round 24')!);
  const round25 = totals(rounds.get('round 25')!);
  const round26 = totals(rounds.get('round 26')!);
  const round27 = totals(rounds.get('round 27')!);
  const round28 = totals(rounds.get('round 28')!);
  const round29 = totals(rounds.get('round 29')!);
  const round30 = totals(rounds.get('round 30')!);

  it('leave-one-out over the seeds: relationship F1, linking, verbatim, no wrong date', () => {
    // Measured 0.586 / 0.75 / 1.00 / 0.76 (issue 12, fourth session; 0.58 / 0.74 before it);
    // 0.60 / 0.76 with meetings, passive strikes and roles of the fifth session.
    // 0.61 / 0.77 in the sixth session (credit lines, bodies, roles; statements).
    // 0.62 / 0.78 in the seventh (registry events named by paraphrase, event merging).
    // 0.64 / 0.80 in the ninth (rounds 14-16's rules; none written from the seeds).
    // 0.65 / 0.81 in the tenth (rounds 17-18: statement targets, events; none from the seeds).
    expect(loo.f1).toBeGreaterThanOrEqual(0.64);
    expect(loo.precision).toBeGreaterThanOrEqual(0.8);
    expect(loo.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(loo.entityRecall).toBeGreaterThanOrEqual(0.7);
    expect(loo.verbatim).toBe(1);
    expect(loo.dates.wrong).toBe(0);
  });

  it('held-out texts of rounds 1-2: relationship F1, linking, verbatim, no wrong date', () => {
    // Ten texts (five in the styles the real test uses: wire with dateline, TV write-up, op-ed,
    // messy repost); measured 0.72 / 1.00 / 0.96 (0.65 before round 3).
    // 0.695 in the sixth session: a wire dateline's agency now REPORTED the claim its lead
    // tells (the lead's fresh blind gold records it; these older golds do not: 4 extras here).
    // 0.688 in the seventh session: an editor of a credit line is MEMBER_OF the agency too (the
    // lead's blind gold lists editors; these golds do not).
    expect(held.f1).toBeGreaterThanOrEqual(0.68);
    expect(held.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(held.entityRecall).toBeGreaterThanOrEqual(0.9);
    expect(held.verbatim).toBe(1);
    expect(held.dates.wrong).toBe(0);
  });

  it('held-out texts of round 3: relationship F1, linking, verbatim, no wrong date', () => {
    // First unbiased measurement 0.39 (P 0.53, R 0.31); 0.63 after the fixes of round 3, 0.70
    // with strikes as events (fourth session).
    expect(round3.f1).toBeGreaterThanOrEqual(0.69);
    expect(round3.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round3.entityRecall).toBeGreaterThanOrEqual(0.7);
    expect(round3.verbatim).toBe(1);
    expect(round3.dates.wrong).toBe(0);
  });

  it('held-out texts of round 4: relationship F1, linking, verbatim, no wrong date', () => {
    // TV write-up, Q&A transcript, strike wire, analysis, live-blog repost. First unbiased
    // measurement 0.40 (P 0.64, R 0.29; 62 gold facts); 0.58 after Q&A turns, broken lines,
    // mixed quote styles and accusations, 0.68 with strikes as events, 0.667 with one statement
    // per answer sentence (the lead's blind gold quotes Q&A answers so; ours quoted whole turns), 0.677 with hosts
    // named by 'moderator'/'host' before their name, 0.699 with speakers after an opening clause.
    expect(round4.relationships.tp + round4.relationships.fn).toBeGreaterThan(50);
    // 0.74 in the fifth session (statements).
    expect(round4.f1).toBeGreaterThanOrEqual(0.72);
    expect(round4.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round4.verbatim).toBe(1);
    expect(round4.dates.wrong).toBe(0);
  });

  it('held-out texts of round 5: relationship F1, linking, verbatim, no wrong date', () => {
    // Statements: wire copy with flat-quote denials, a Sunday-show write-up ("Asked about X's
    // comment", "pushed back", "took issue with"), an embassy statement repost, a Q&A and an
    // op-ed. First unbiased measurement 0.44 (P 0.58, R 0.36; 84 gold facts); 0.75 (P 0.77,
    // R 0.73) with the stance of attributed words, collective voices and responses, 0.80 (P 0.81,
    // R 0.79) with scare-quotes as statements too (optimistic: its misses were read).
    expect(round5.relationships.tp + round5.relationships.fn).toBeGreaterThan(80);
    expect(round5.f1).toBeGreaterThanOrEqual(0.78);
    expect(round5.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round5.verbatim).toBe(1);
    expect(round5.dates.wrong).toBe(0);
  });

  it('held-out texts of round 6: relationship F1, linking, verbatim, no wrong date', () => {
    // Bulleted briefing, Reuters-style wire, commentary, TV write-up, repost with ads (engineer
    // "facts"). First unbiased measurement 0.46 (P 0.62, R 0.36; 105 gold facts); 0.67 (P 0.73)
    // after roles in appositions and relative clauses, meetings by paraphrase, passive strikes,
    // dates carried from the lead, event linking by date, body-level claims; 0.71 (P 0.77) with
    // REPORTED calls, departments, named sites and one SPOKE_WITH per pair.
    expect(round6.relationships.tp + round6.relationships.fn).toBeGreaterThan(100);
    expect(round6.f1).toBeGreaterThanOrEqual(0.69);
    expect(round6.precision).toBeGreaterThanOrEqual(0.74);
    expect(round6.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round6.verbatim).toBe(1);
    expect(round6.dates.wrong).toBe(0);
  });

  it('held-out texts of round 7: relationship F1, linking, verbatim, no wrong date', () => {
    // Statements (engineer "speech", sixth session): wire copy with late speakers and an
    // anonymous official, an evening-news "Asked whether …" write-up, a commentary without cue
    // verbs, institutional denials without cue words, a reposted round-up with dash lines.
    // First unbiased measurement 0.51 (P 0.57, R 0.46; 92 gold facts; three dates after the
    // article's); 0.66 (P 0.73, R 0.61) after the attribution shapes, continued subjects,
    // denial cues and past-verb dates, 0.72 (P 0.75, R 0.68) with warnings and verdicts carried
    // by their words, 0.75 (P 0.79, R 0.72) with "the president" as the one the article titles
    // and no talk inside a "whether" clause (optimistic: its misses were read).
    expect(round7.relationships.tp + round7.relationships.fn).toBeGreaterThan(90);
    expect(round7.f1).toBeGreaterThanOrEqual(0.73);
    expect(round7.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round7.verbatim).toBe(1);
    expect(round7.dates.wrong).toBe(0);
  });

  it('held-out texts of round 8: relationship F1, linking, verbatim, no wrong date', () => {
    // Engineer "text" (sixth session): wire copy with a credit line, a Sunday-show write-up, a
    // think-tank commentary, a bulleted repost with HTML entities, a two-week timeline, an
    // AP-style wire with meetings. First unbiased measurement 0.57 (P 0.67, R 0.50; 160 gold
    // facts); 0.71 (P 0.73, R 0.68) after relative days, credit lines, bodies by acronym,
    // article-less appositions, programmes, seas, counterparts (optimistic: misses were read).
    expect(round8.relationships.tp + round8.relationships.fn).toBeGreaterThan(150);
    expect(round8.f1).toBeGreaterThanOrEqual(0.69);
    expect(round8.precision).toBeGreaterThanOrEqual(0.71);
    expect(round8.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round8.verbatim).toBe(1);
    expect(round8.dates.wrong).toBe(0);
  });

  it('held-out texts of round 9: relationship F1, linking, verbatim, no wrong date', () => {
    // Statements (engineer "speech", seventh session): a TV rush transcript with labelled host
    // and guests, a Reuters wire with late speakers (Putin's aide, an anonymous official, a
    // ministry, a spokesman named in the next sentence), a column without quotes, a social
    // repost with kickers and mixed quotes, a hallway gaggle, a podium briefing. First unbiased
    // measurement 0.40 (P 0.45, R 0.35; 99 gold facts); 0.66 (P 0.75, R 0.59) after transcript
    // turns, possessive appositions, asked clauses and bare replies (optimistic: misses read).
    expect(round9.relationships.tp + round9.relationships.fn).toBeGreaterThan(95);
    expect(round9.f1).toBeGreaterThanOrEqual(0.64);
    expect(round9.precision).toBeGreaterThanOrEqual(0.72);
    expect(round9.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round9.verbatim).toBe(1);
    expect(round9.dates.wrong).toBe(0);
  });

  it('held-out texts of round 10: relationship F1, linking, verbatim, no wrong date', () => {
    // Engineer "text" (seventh session): a Reuters wire with a two-city dateline and a credit
    // tail, a syndicated repost with a byline block, a newsletter round-up with headings and
    // links as text, a TV write-up in CRLF whose programme title carries its host, a timeline
    // with tabs and date labels, an AP wire from the UN. First unbiased measurement 0.56 (P 0.62,
    // R 0.50; 139 gold facts); 0.76 after the session's format rules (optimistic: misses read).
    expect(round10.relationships.tp + round10.relationships.fn).toBeGreaterThan(130);
    expect(round10.f1).toBeGreaterThanOrEqual(0.74);
    expect(round10.precision).toBeGreaterThanOrEqual(0.74);
    expect(round10.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round10.verbatim).toBe(1);
    expect(round10.dates.wrong).toBe(0);
  });

  it('held-out texts of round 11: relationship F1, linking, verbatim, no wrong date', () => {
    // Five texts heavy on events told by paraphrase (engineer "events", seventh session; gold
    // committed in 5cf19d3 before the engine ran on them): strikes with the weapon after the
    // verb and an operation named once, calls and talks referred back to, registry events
    // named only by paraphrase, a meeting told four ways, a brief that recalls a registry
    // interview and strike. First unbiased measurement 0.43 (P 0.55, R 0.35); 0.59 after.
    expect(round11.relationships.tp + round11.relationships.fn).toBeGreaterThan(120);
    expect(round11.f1).toBeGreaterThanOrEqual(0.57);
    expect(round11.precision).toBeGreaterThanOrEqual(0.62);
    expect(round11.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round11.verbatim).toBe(1);
    expect(round11.dates.wrong).toBe(0);
  });

  it('held-out texts of round 12: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts of commentary, op-eds, analysis and TV write-ups (engineer "stance", eighth
    // session; gold committed in 14054ff before the engine ran on them): criticism without
    // verdict words, an accusation of playing down, denials without a cue word, speakers named
    // by role before their name, a pronoun guest, quotes that name nothing. First unbiased
    // measurement 0.58 (P 0.70, R 0.50; three wrong dates); 0.76 (P 0.81, R 0.71) after.
    expect(round12.relationships.tp + round12.relationships.fn).toBeGreaterThan(100);
    expect(round12.f1).toBeGreaterThanOrEqual(0.74);
    expect(round12.precision).toBeGreaterThanOrEqual(0.78);
    expect(round12.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round12.verbatim).toBe(1);
    expect(round12.dates.wrong).toBe(0);
  });

  it('held-out texts of round 13: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts of wire copy and reposts with odd formatting (engineer "wire", eighth session;
    // gold committed in 5388ced before the engine ran on them): hard wraps at 70 columns,
    // ALL-CAPS headlines and kickers, HTML debris and entities, «guillemets», doubled single
    // quotes, a byte-order mark and no-break spaces, a sentence split over two paragraphs;
    // hearings, news conferences, bodies named through their country, claims worded as
    // guidance, strikes at sea. First unbiased measurement 0.40 (P 0.56, R 0.32); 0.61 after.
    expect(round13.relationships.tp + round13.relationships.fn).toBeGreaterThan(125);
    expect(round13.f1).toBeGreaterThanOrEqual(0.59);
    expect(round13.precision).toBeGreaterThanOrEqual(0.68);
    expect(round13.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round13.verbatim).toBe(1);
    expect(round13.dates.wrong).toBe(0);
  });

  it('held-out texts of round 14: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts of TV and radio interviews (engineer "tv", ninth session; gold committed in
    // c190634 before the engine ran on them): a Sunday-show write-up, a raw cable transcript
    // (labels, "(CROSSTALK)", "[inaudible]", a question quoting a critic), a podcast episode
    // summary, a cable segment ("would not rule out", "declined to say"), a radio interview
    // repost with HTML entities and hard wraps, an evening round-up of short interviews with
    // their days. First unbiased measurement 0.66 (P 0.70, R 0.64; one wrong date), 0.68 on the
    // gold with the INTERVIEWED convention added; 0.74 (P 0.78, R 0.71) after.
    expect(round14.relationships.tp + round14.relationships.fn).toBeGreaterThan(140);
    expect(round14.f1).toBeGreaterThanOrEqual(0.72);
    expect(round14.precision).toBeGreaterThanOrEqual(0.75);
    expect(round14.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round14.verbatim).toBe(1);
    expect(round14.dates.wrong).toBe(0);
  });

  it('held-out texts of round 15: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts of wire copy and reposts with odd formatting (engineer "wire2", ninth session;
    // gold committed in 698cd44 before the engine ran on them): an "— AFP" sign-off and a
    // title-case "(AFP)" dateline, "told Reuters" in Reuters copy, a state-media relay (TASS,
    // IRNA, Xinhua, "in a statement carried by"), a joint denial by two governments and military
    // spokesmen, a scraped page (menus, "Advertisement", mixed quotes, no-break spaces), an
    // update stack with repeated paragraphs. First unbiased measurement 0.54 (P 0.68, R 0.45);
    // 0.71 (P 0.81, R 0.63) at the end of the session.
    expect(round15.relationships.tp + round15.relationships.fn).toBeGreaterThan(125);
    expect(round15.f1).toBeGreaterThanOrEqual(0.69);
    expect(round15.precision).toBeGreaterThanOrEqual(0.79);
    expect(round15.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round15.verbatim).toBe(1);
    expect(round15.dates.wrong).toBe(0);
  });

  it('held-out texts of round 16: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts of commentary (engineer "comment", ninth session; gold committed in e4f75ba
    // before the engine ran on them): an op-ed with a byline and bio line, an unsigned
    // editorial under its paper's masthead, a "what we know" explainer under question headings,
    // an analysis quoting experts by affiliation, a newsletter round-up with links as text, a
    // think-tank commentary with history and conditional warnings. First unbiased measurement
    // 0.63 (P 0.73, R 0.56); 0.64 on the gold with two convention fixes (c.f. the docs).
    expect(round16.relationships.tp + round16.relationships.fn).toBeGreaterThan(115);
    expect(round16.f1).toBeGreaterThanOrEqual(0.77);
    expect(round16.precision).toBeGreaterThanOrEqual(0.86);
    expect(round16.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round16.verbatim).toBe(1);
    expect(round16.dates.wrong).toBe(0);
  });

  it('held-out texts of round 17: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts on which entity a statement is about (engineer "target", tenth session; gold
    // committed in b18a295 before the engine ran on them): a Sunday-show write-up, wire copy,
    // a Q&A briefing excerpt, an op-ed quoting several officials, a hard-wrapped repost, a
    // House hearing. First unbiased measurement 0.51 (0.53 after a gold name fix: P 0.62,
    // R 0.47); 0.59 (P 0.69, R 0.51) after the session's target rules.
    expect(round17.relationships.tp + round17.relationships.fn).toBeGreaterThan(120);
    expect(round17.f1).toBeGreaterThanOrEqual(0.57);
    expect(round17.precision).toBeGreaterThanOrEqual(0.67);
    expect(round17.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round17.verbatim).toBe(1);
    expect(round17.dates.wrong).toBe(0);
  });

  it('held-out texts of round 18: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts on events (engineer "events", tenth session; gold committed in 0fda76c before
    // the engine ran on them): wire copy on three strikes, a Sunday-show write-up, a Pentagon
    // briefing story, call readouts, a dated explainer, a live blog. First unbiased
    // measurement 0.60 (P 0.75, R 0.50); 0.70 (P 0.82, R 0.60) after the session's rules.
    expect(round18.relationships.tp + round18.relationships.fn).toBeGreaterThan(160);
    expect(round18.f1).toBeGreaterThanOrEqual(0.68);
    expect(round18.precision).toBeGreaterThanOrEqual(0.8);
    expect(round18.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round18.verbatim).toBe(1);
    expect(round18.dates.wrong).toBe(0);
  });

  it('held-out texts of round 19: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts (engineer "r19", eleventh session; gold committed in a93b948 before the engine
    // ran on them): a U.N. Security Council wire story with envoys named by possessive roles,
    // a Sunday-show write-up in partial quotes, a story on readouts and statements of bodies,
    // one on anonymous and role-only sources, a forum repost with hard wraps and HTML
    // entities, a newsletter digest with "— Reuters" credits. First unbiased measurement 0.55
    // (P 0.61, R 0.51; 0.56 after the same session's audit fixes); 0.62 (P 0.67, R 0.57) after.
    expect(round19.relationships.tp + round19.relationships.fn).toBeGreaterThan(170);
    expect(round19.f1).toBeGreaterThanOrEqual(0.6);
    expect(round19.precision).toBeGreaterThanOrEqual(0.65);
    expect(round19.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round19.verbatim).toBe(1);
    expect(round19.dates.wrong).toBe(0);
  });

  it('held-out texts of round 20: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts (engineer "r20", twelfth session; gold committed in c4329e1 before the engine
    // ran on them): AP wire copy with a command's strikes and denials without a denial word, a
    // Sunday-show write-up with a printed host question, an opinion column, a forwarded e-mail
    // of Reuters copy (">>" lines, ALL CAPS headline), three government readouts, a live blog of
    // a Senate hearing. First unbiased measurement 0.44 (P 0.60, R 0.35); 0.59 (P 0.71, R 0.50)
    // after the session's rules (optimistic: its misses were read).
    expect(round20.relationships.tp + round20.relationships.fn).toBeGreaterThan(150);
    expect(round20.f1).toBeGreaterThanOrEqual(0.56);
    expect(round20.precision).toBeGreaterThanOrEqual(0.68);
    expect(round20.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round20.verbatim).toBe(1);
    expect(round20.dates.wrong).toBe(0);
  });

  it('held-out texts of round 21: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts (engineer "r21", thirteenth session; gold committed in 8fdfc33 before the engine
    // ran on them): a Sunday-show write-up with paraphrased questions, a raw transcript with
    // time stamps, a clip and crosstalk, a hard-wrapped repost with share debris, an op-ed
    // criticising two officials, a Reuters wire with a correction note, an out-of-order live
    // blog. First unbiased measurement 0.52 (P 0.62, R 0.45; 1 wrong date); 0.64 (P 0.74,
    // R 0.56; 0 wrong dates) after the session's rules (optimistic: its misses were read).
    expect(round21.relationships.tp + round21.relationships.fn).toBeGreaterThan(155);
    expect(round21.f1).toBeGreaterThanOrEqual(0.61);
    expect(round21.precision).toBeGreaterThanOrEqual(0.71);
    expect(round21.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round21.verbatim).toBe(1);
    expect(round21.dates.wrong).toBe(0);
  });
  it('held-out texts of round 22: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts (engineer "r22", fifteenth session; gold committed in 0063f5f before the engine
    // ran on them): an AP wire with an "UPDATED … ET" and correction line, a Sunday-show
    // write-up with a quote over a paragraph break and a second guest, English-language state
    // media from Moscow (long titles, passive voice), a newsletter of one-line items with
    // "(Source)" credits, a first-person sarcastic column, an all-caps repost with "via
    // @handle" and a "Related:" list. First unbiased measurement 0.55 (P 0.70, R 0.46; 0 wrong
    // dates); 0.60 (P 0.75, R 0.50) after the session's rules (optimistic: its misses were read).
    expect(round22.relationships.tp + round22.relationships.fn).toBeGreaterThan(195);
    expect(round22.f1).toBeGreaterThanOrEqual(0.57);
    expect(round22.precision).toBeGreaterThanOrEqual(0.72);
    expect(round22.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round22.verbatim).toBe(1);
    expect(round22.dates.wrong).toBe(0);
  });
  it('held-out texts of round 23: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts on attacks and their victims (engineer "strike"; gold committed in 20ff0f8
    // before the engine ran on them): a Reuters-style wire on a drone strike in Jordan, a
    // military-briefing write-up, a Sunday-show write-up, a live blog, a forum repost of a
    // newsletter with ">>" lines, a commentary. First unbiased measurement 0.46 (P 0.58, R 0.38;
    // 0 wrong dates); 0.65 (P 0.75, R 0.57) after the session's strike rules (optimistic: its
    // misses were read).
    expect(round23.relationships.tp + round23.relationships.fn).toBeGreaterThan(160);
    expect(round23.f1).toBeGreaterThanOrEqual(0.62);
    expect(round23.precision).toBeGreaterThanOrEqual(0.72);
    expect(round23.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round23.verbatim).toBe(1);
    expect(round23.dates.wrong).toBe(0);
  });

  it('held-out texts of round 24: relationship F1, linking, verbatim, at most one wrong date', () => {
    // Six texts on affiliations (engineer "affil", session 2026-12-05 late morning; gold
    // committed in 6076bb2 before the engine ran on them): an AP wire with senators and a
    // think-tank fellow, a Sunday-show write-up with hosts and correspondents by network, an
    // analysis with two experts, a newsletter with bylines and a relayed Reuters credit line, a
    // State Department briefing write-up, a scraped AFP repost. First unbiased measurement 0.69
    // (P 0.78, R 0.62; 1 wrong date); 0.79 (P 0.83, R 0.75) after the session's rules
    // (optimistic: its misses were read). The wrong date is a quote with no day of its own dated
    // by the day of a meeting the sentence before reports ("Vance said X met Y on Monday"):
    // not fixed, so the floor allows it.
    expect(round24.relationships.tp + round24.relationships.fn).toBeGreaterThan(140);
    expect(round24.f1).toBeGreaterThanOrEqual(0.77);
    expect(round24.precision).toBeGreaterThanOrEqual(0.8);
    expect(round24.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round24.verbatim).toBe(1);
    expect(round24.dates.wrong).toBeLessThanOrEqual(1);
  });

  it('held-out texts of round 25: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts on who reported the claim and denials without a quote (engineer "report",
    // session 2026-12-05 late morning; gold committed in 8c403f4 before the engine ran on
    // them): a Reuters wire whose news is an intelligence agency's assessment, an IRNA English
    // item, a live blog with key points, a newsletter whose items end with "(AP)"-style
    // sources, a Sunday-show write-up, a Q&A explainer. First unbiased measurement 0.62 (P 0.78,
    // R 0.52; 2 wrong dates, fixed by the lead's dates rules); 0.70 (P 0.84, R 0.60) after the
    // session's rules (optimistic: its misses were read).
    expect(round25.relationships.tp + round25.relationships.fn).toBeGreaterThan(160);
    expect(round25.f1).toBeGreaterThanOrEqual(0.68);
    expect(round25.precision).toBeGreaterThanOrEqual(0.8);
    expect(round25.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round25.verbatim).toBe(1);
    expect(round25.dates.wrong).toBe(0);
  });
  it('held-out texts of round 26: relationship F1, linking, verbatim, no wrong date', () => {
    // Six texts (engineer "crit", session of 2026-12-05 late morning; gold committed in d3009a3
    // before the engine ran on them): criticism and warnings mostly without a criticism verb —
    // a hearing wire, a Sunday-show write-up, a column, an editorial, a Q&A briefing transcript,
    // a ministry statement in translation. First unbiased measurement 0.53 (P 0.58, R 0.48; 0
    // wrong dates); 0.62 (P 0.64, R 0.59) at the session's end (optimistic: its misses were read).
    expect(round26.relationships.tp + round26.relationships.fn).toBeGreaterThan(125);
    expect(round26.f1).toBeGreaterThanOrEqual(0.58);
    expect(round26.precision).toBeGreaterThanOrEqual(0.6);
    expect(round26.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round26.verbatim).toBe(1);
    expect(round26.dates.wrong).toBe(0);
  });
  it('held-out texts of round 27: relationship F1, linking, verbatim, no wrong date', () => {
    // Six wire texts (engineer "report2", session of 2026-12-05; gold committed in 8f838d3 before
    // the engine ran on them): state bodies as speakers and reporters ("…, the Israeli military
    // said Tuesday", "The Defense Intelligence Agency has assessed that …"), outlets in asides
    // ("…, the Wall Street Journal reported on Friday, citing …", "according to a report in The
    // New York Times that cited …"), ministries' first-person statements under a capital's
    // dateline, correction lines. First unbiased measurement 0.68 (P 0.76, R 0.62; 0 wrong
    // dates); 0.73 (P 0.78, R 0.69) after the session's rules (optimistic: its misses were read).
    expect(round27.relationships.tp + round27.relationships.fn).toBeGreaterThan(125);
    expect(round27.f1).toBeGreaterThanOrEqual(0.71);
    expect(round27.precision).toBeGreaterThanOrEqual(0.75);
    expect(round27.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round27.verbatim).toBe(1);
    expect(round27.dates.wrong).toBe(0);
  });
  it('held-out texts of round 28: relationship F1, linking, verbatim, no wrong date', () => {
    // Six reposts with page furniture (engineer "format", session of 2026-12-05; gold committed
    // in cebe97e before the engine ran on them): ALL-CAPS related headlines between paragraphs,
    // Getty/Navy caption credits, "Updated …" stamps as the only date (three texts give the
    // engine none), HTML entities without tags, ``doubled'' quotes, hard wraps with no blank
    // lines, a forum reply quoting with "> ", a mirrored headline with "Key points", CRLF/LF
    // mixed with non-breaking spaces. First unbiased measurement 0.59 (P 0.61, R 0.57; 0 wrong
    // dates); 0.65 after the session's furniture rules, 0.68 (P 0.70, R 0.66) with main's other
    // rules merged (optimistic: its misses were read).
    expect(round28.relationships.tp + round28.relationships.fn).toBeGreaterThan(85);
    expect(round28.f1).toBeGreaterThanOrEqual(0.65);
    expect(round28.precision).toBeGreaterThanOrEqual(0.66);
    expect(round28.knownLinked).toBeGreaterThanOrEqual(0.9);
    expect(round28.verbatim).toBe(1);
    expect(round28.dates.wrong).toBe(0);
  });
  it('held-out texts of round 29: relationship F1, linking, verbatim, no wrong date', () => {
    // Six commentary texts (engineer "target3", session of 2026-12-05; gold committed in f555120
    // before the engine ran on them): two signed op-eds (a byline with a bio line under it; a
    // guest essay), an analysis quoting four experts on the administration's answer, a think-tank
    // policy brief, an unsigned editorial ("This newspaper believes …"), an opinion roundup
    // ("writes" / "argues"). First unbiased measurement 0.65 (P 0.75, R 0.58; 0 wrong dates);
    // 0.67 (P 0.76, R 0.60) after the session's target rules (optimistic: its misses were read).
    expect(round29.relationships.tp + round29.relationships.fn).toBeGreaterThan(90);
    expect(round29.f1).toBeGreaterThanOrEqual(0.65);
    expect(round29.precision).toBeGreaterThanOrEqual(0.72);
    expect(round29.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round29.verbatim).toBe(1);
    expect(round29.dates.wrong).toBe(0);
  });

  it('held-out texts of round 30: relationship F1, linking, verbatim, at most one wrong date', () => {
    // Six texts on interviews, hearings and briefings as events (engineer "events2", session
    // 2026-12-05 afternoon; gold committed in 835424a before the engine ran on them): a Sunday
    // show write-up with host questions, a radio interview, a Senate hearing report, a podium
    // briefing, a cable interview "told Fox News' NAME", a two-city wire pairing a Sunday show
    // with a news conference. First unbiased measurement 0.64 (P 0.76, R 0.55; 1 wrong date);
    // 0.71 (P 0.80, R 0.64) after the session's rules (optimistic: its misses were read). The
    // wrong date (a lead "X said …, as Y on Monday rejected …": Monday is Y's) is not fixed.
    expect(round30.relationships.tp + round30.relationships.fn).toBeGreaterThan(170);
    expect(round30.f1).toBeGreaterThanOrEqual(0.69);
    expect(round30.precision).toBeGreaterThanOrEqual(0.77);
    expect(round30.knownLinked).toBeGreaterThanOrEqual(0.95);
    expect(round30.verbatim).toBe(1);
    expect(round30.dates.wrong).toBeLessThanOrEqual(1);
  });
});
