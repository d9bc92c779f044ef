/**
 * The checks on one curated relationship that go beyond its schema and its verbatim strings:
 * the dating rule (never after the article), what only statements may carry (stance, where it
 * was said) and the quote-or-paraphrase rule. Each problem is a path inside the relationship and
 * a message; validate.ts turns them into file/line errors.
 */
import {
  QUOTED_TYPES,
  STATEMENT_TYPES,
  type EntityLabel,
  type RelationshipSeed,
} from '@kg/server/contracts';

export interface RelationshipProblem {
  path: string[];
  message: string;
}

/**
 * Labels a statement's `at` may name: the interview, briefing or post (Event), the outlet or
 * platform it appeared on (Outlet, Organization such as X), or the place.
 */
const VENUE_LABELS: readonly EntityLabel[] = ['Event', 'Outlet', 'Organization', 'Location'];

const isStatement = (type: string) => (STATEMENT_TYPES as readonly string[]).includes(type);

export function checkRelationship(
  r: RelationshipSeed,
  articleDate: string | undefined,
  labelOf: (id: string) => EntityLabel | undefined,
): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (r.date && articleDate && r.date > articleDate) {
    problems.push({
      path: ['date'],
      message: `${r.date} is after the article's date ${articleDate}: a statement or event is dated the day it happened, which cannot follow its report`,
    });
  }
  if (QUOTED_TYPES.includes(r.type)) {
    if (r.quote === undefined && !r.paraphrase)
      problems.push({
        path: ['quote'],
        message: `${r.type} needs a verbatim quote (or paraphrase: true when the article gives none)`,
      });
    if (r.quote !== undefined && r.paraphrase)
      problems.push({ path: ['paraphrase'], message: 'is set but the statement has a quote' });
  } else if (r.paraphrase) {
    problems.push({ path: ['paraphrase'], message: `only ${QUOTED_TYPES.join(' and ')} take it` });
  }
  if (!isStatement(r.type)) {
    for (const k of ['stance', 'at'] as const)
      if (r[k] !== undefined)
        problems.push({
          path: [k],
          message: `only statements (${STATEMENT_TYPES.join(', ')}) carry ${k}, not ${r.type}`,
        });
  }
  if (r.at !== undefined) {
    const label = labelOf(r.at);
    if (label && !VENUE_LABELS.includes(label))
      problems.push({
        path: ['at'],
        message: `"${r.at}" is a ${label}; where a statement was made is an Event, Outlet, Organization or Location`,
      });
  }
  return problems;
}
