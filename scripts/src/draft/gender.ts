/**
 * Grammatical gender of a person, so that "she said" is never given to Donald Trump nor "he
 * said" to Rachel Dunmore. The evidence, strongest first: an honorific or a gendered role word
 * right before a mention ("Ms. Leavitt", "spokeswoman Maria Z."), then compromise's first-name
 * lexicon (#FemaleName / #MaleName) on the mention's first word or on the entity's name.
 * Unknown is compatible with both pronouns: a rule only ever rules a person out.
 */
import nlp from 'compromise';
import type { Doc } from './document';

export type Gender = 'm' | 'f';

const BY_NAME = new Map<string, Gender | undefined>();

const FEMININE =
  /\b(?:ms|mrs|miss|madam|spokeswoman|congresswoman|chairwoman|businesswoman|anchorwoman|stateswoman|first lady|queen|princess)\.?\s+$/i;
const MASCULINE =
  /\b(?:mr|spokesman|congressman|chairman|businessman|anchorman|statesman|king|prince)\.?\s+$/i;

function ofName(name: string): Gender | undefined {
  if (BY_NAME.has(name)) return BY_NAME.get(name);
  const first = name.trim().split(/\s+/)[0] ?? '';
  let g: Gender | undefined;
  // A first name alone: compromise reads "Karoline Leavitt" better word by word.
  if (/^\p{Lu}[\p{L}'-]+$/u.test(first)) {
    const d = nlp(first);
    if (d.has('#FemaleName')) g = 'f';
    else if (d.has('#MaleName')) g = 'm';
  }
  BY_NAME.set(name, g);
  return g;
}

/** The gender the article and the name give a person entity, if any. */
export function genderOf(doc: Doc, entity: string): Gender | undefined {
  const e = doc.entities.get(entity);
  if (!e || e.label !== 'Person') return undefined;
  for (const m of doc.mentions) {
    if (m.entity !== entity) continue;
    const before = doc.fold.slice(Math.max(0, (m.phraseStart ?? m.start) - 20), m.start);
    if (FEMININE.test(before)) return 'f';
    if (MASCULINE.test(before)) return 'm';
    const tags = doc.tags.get(m.start);
    if (tags?.has('FemaleName')) return 'f';
    if (tags?.has('MaleName')) return 'm';
  }
  return ofName(e.name);
}

/** Whether a he/she pronoun may stand for the entity (anything not a person may not). */
export function agrees(doc: Doc, entity: string, pronoun: string): boolean {
  const p = pronoun.toLowerCase();
  const want: Gender | undefined =
    p === 'she' || p === 'her' || p === 'hers' || p === 'herself'
      ? 'f'
      : p === 'he' || p === 'him' || p === 'his' || p === 'himself'
        ? 'm'
        : undefined;
  if (!want) return true;
  const g = genderOf(doc, entity);
  return g === undefined || g === want;
}
