/**
 * Sentence templates, one list per relationship type. The article text is built from these, so
 * every evidence sentence and every quote is, by construction, a verbatim substring of it.
 * `a` and `b` are the forms of the endpoints as printed; `on` is a date phrase such as
 * "on 3 March 2021".
 */
import type { CuratedRelationshipType } from '@kg/server/contracts';

export interface Slots {
  a: string;
  b: string;
  on: string;
  /** SAID and DENIED: the words spoken, ending with punctuation. */
  quote: string;
}

type Template = (s: Slots) => string;

export const TEMPLATES: Record<CuratedRelationshipType, readonly Template[]> = {
  SAID: [
    (s) => `${s.a} said of ${s.b}: “${s.quote}”`,
    (s) => `“${s.quote}” ${s.a} said ${s.on}, referring to ${s.b}.`,
    (s) => `Speaking about ${s.b}, ${s.a} said: “${s.quote}”`,
  ],
  REPORTED: [
    (s) => `${s.a} reported ${s.on} on ${s.b}.`,
    (s) => `${s.a} carried a report about ${s.b}.`,
  ],
  DENIED: [
    (s) => `${s.a} denied any role in ${s.b}, saying: “${s.quote}”`,
    (s) => `“${s.quote}” ${s.a} said ${s.on}, denying the reports about ${s.b}.`,
  ],
  DISMISSED: [
    (s) => `${s.a} dismissed the reports about ${s.b} as exaggerated.`,
    (s) => `${s.a} played down the significance of ${s.b}.`,
  ],
  ALLIED_WITH: [
    (s) => `${s.a} reaffirmed its strategic partnership with ${s.b}.`,
    (s) => `${s.a} renewed its alliance with ${s.b} ${s.on}.`,
  ],
  LEADS: [
    (s) => `${s.a}, who heads ${s.b}, attended the meeting.`,
    (s) => `${s.a} has led ${s.b} since taking office.`,
  ],
  MEMBER_OF: [
    (s) => `${s.a} is a member of ${s.b}.`,
    (s) => `${s.a}, who serves in ${s.b}, spoke to reporters.`,
  ],
  ADVISES: [(s) => `${s.a} advises ${s.b} on security matters.`],
  REPRESENTS: [
    (s) => `${s.a} spoke on behalf of ${s.b}.`,
    (s) => `${s.a}, an envoy for ${s.b}, arrived ${s.on}.`,
  ],
  SPOKE_WITH: [
    (s) => `${s.a} held talks with ${s.b} ${s.on}.`,
    (s) => `${s.a} spoke by phone with ${s.b}.`,
  ],
  CONTACTED: [(s) => `${s.a} reached out to ${s.b} for comment.`],
  INTERVIEWED: [
    (s) => `${s.a} interviewed ${s.b} ${s.on}.`,
    (s) => `${s.a} questioned ${s.b} at a briefing.`,
  ],
  APPEARED_ON: [(s) => `${s.a} appeared on ${s.b} ${s.on}.`],
  PARTICIPATED_IN: [(s) => `${s.a} took part in ${s.b}.`, (s) => `${s.a} joined ${s.b} ${s.on}.`],
  CITED: [
    (s) => `${s.a} cited ${s.b} as a source.`,
    (s) => `${s.a}, citing ${s.b}, said the details were accurate.`,
  ],
  CRITICIZED: [(s) => `${s.a} criticised ${s.b} ${s.on}.`, (s) => `${s.a} sharply rebuked ${s.b}.`],
  WARNED: [
    (s) => `${s.a} warned ${s.b} to stay out of the conflict.`,
    (s) => `${s.a} issued a warning to ${s.b} ${s.on}.`,
  ],
  RESPONDED_TO: [
    (s) => `${s.a} responded to ${s.b} ${s.on}.`,
    (s) => `${s.a} reacted to ${s.b} within hours.`,
  ],
  ATTACKED: [(s) => `${s.a} struck ${s.b} ${s.on}.`, (s) => `${s.a} launched an attack on ${s.b}.`],
  SUPPLIED_ARMS_TO: [
    (s) => `${s.a} supplied weapons to ${s.b}, according to officials.`,
    (s) => `${s.a} allegedly sent drones to ${s.b}.`,
  ],
  SHARED_INTELLIGENCE_WITH: [
    (s) => `${s.a} shared intelligence with ${s.b}.`,
    (s) => `${s.a} is reported to have passed intelligence to ${s.b}.`,
  ],
  PART_OF: [(s) => `${s.a} is part of ${s.b}.`, (s) => `${s.a} was one phase of ${s.b}.`],
  OCCURRED_IN: [(s) => `${s.a} took place in ${s.b}.`, (s) => `${s.a} unfolded in ${s.b} ${s.on}.`],
  LOCATED_IN: [(s) => `${s.a} is located in ${s.b}.`, (s) => `${s.a} is based in ${s.b}.`],
};

/** How often each type occurs, roughly as in news extraction: statements dominate. */
export const TYPE_WEIGHTS: Record<CuratedRelationshipType, number> = {
  SAID: 18,
  REPORTED: 8,
  DENIED: 4,
  DISMISSED: 2,
  ALLIED_WITH: 2,
  LEADS: 3,
  MEMBER_OF: 5,
  ADVISES: 2,
  REPRESENTS: 2,
  SPOKE_WITH: 6,
  CONTACTED: 2,
  INTERVIEWED: 3,
  APPEARED_ON: 2,
  PARTICIPATED_IN: 6,
  CITED: 4,
  CRITICIZED: 6,
  WARNED: 4,
  RESPONDED_TO: 5,
  ATTACKED: 3,
  SUPPLIED_ARMS_TO: 1,
  SHARED_INTELLIGENCE_WITH: 1,
  PART_OF: 2,
  OCCURRED_IN: 4,
  LOCATED_IN: 2,
};

/** Verb of the headline built from an article's first fact. */
export const HEADLINE_VERB: Record<CuratedRelationshipType, string> = {
  SAID: 'speaks on',
  REPORTED: 'reports on',
  DENIED: 'denies',
  DISMISSED: 'dismisses',
  ALLIED_WITH: 'stands with',
  LEADS: 'at the helm of',
  MEMBER_OF: 'inside',
  ADVISES: 'advises',
  REPRESENTS: 'speaks for',
  SPOKE_WITH: 'holds talks with',
  CONTACTED: 'reaches out to',
  INTERVIEWED: 'interviews',
  APPEARED_ON: 'appears on',
  PARTICIPATED_IN: 'joins',
  CITED: 'cites',
  CRITICIZED: 'criticises',
  WARNED: 'warns',
  RESPONDED_TO: 'responds to',
  ATTACKED: 'strikes',
  SUPPLIED_ARMS_TO: 'arms',
  SHARED_INTELLIGENCE_WITH: 'shares intelligence with',
  PART_OF: 'part of',
  OCCURRED_IN: 'in',
  LOCATED_IN: 'in',
};
