/**
 * Stage 3b': bodies named in lower case after a country: "Iran's foreign ministry", "the
 * Russian foreign ministry", "Ukraine's military intelligence agency". News English writes
 * many government bodies this way; each is an organisation of its own (the ministry denies,
 * its spokesman represents it, a reporter contacts it), not the country. The country's mention
 * stays, nested inside the body's. A registry body of that name ("the Russian Embassy in
 * Washington") is linked; any other is proposed as new ("Iranian Foreign Ministry").
 */
import type { DraftContext } from './context';
import type { Doc } from './document';
import { addMention, existingEntity, newEntity } from './entities';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';

/** Domain words before the head noun ("foreign", "military intelligence"). */
const DOMAIN =
  '(?:sovereign|wealth|central|investment|space|development|foreign|defen[cs]e|interior|finance|economy|justice|energy|intelligence|military|security|state|emergencies|health|war|trade|culture|education|information|national|federal|presidential|armed|naval|nuclear|atomic|revolutionary|foreign intelligence)';
const HEAD =
  '(?:ministry|agency|service|office|council|committee|embassy|consulate|parliament|navy|army|air force|coast guard|guards|corps|mission|fund|bank|military intelligence)';
// An acronym may open it: "Russia's GRU military intelligence agency".
const BODY = new RegExp(`^(['’]s)?\\s+((?:[A-Z]{2,6}\\s+)?(?:${DOMAIN}\\s+){0,3}${HEAD})\\b`);
/** "Iran's embassy in Moscow": the place completes the name. */
const IN_PLACE = /^[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)/u;

const titleCase = (s: string) =>
  s.replace(/\b([a-z])([a-z]*)/g, (_, a: string, b: string) => a.toUpperCase() + b);

export function findLowerCaseBodies(doc: Doc, ctx: DraftContext): void {
  const countries = doc.mentions.filter(
    (m) => !m.nested && doc.entities.get(m.entity)?.label === 'Country' && m.kind !== 'capital',
  );
  for (const m of countries) {
    const after = doc.text.slice(m.end, m.end + 80);
    const b = BODY.exec(after);
    // Capitalised bodies ("Russia's Defense Ministry") are names the name stage proposes.
    if (!b || /\p{Lu}/u.test(b[2]!.replace(/^[A-Z]{2,6}\s+/, ''))) continue;
    // An acronym alone is not a lower-case body ("Russia's GRU agency" needs a head noun).
    if (/^[A-Z]{2,6}\s+(?:army|navy|office|fund|bank)$/.test(b[2]!)) continue;
    // "the Russians' ministry" is not a form; "Russian" (adjective) or "Russia's" are.
    const surface = doc.text.slice(m.start, m.end);
    const country = doc.entities.get(m.entity)!;
    const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(country.name));
    if (!b[1] && !info?.adjective.some((a) => nameKey(a) === nameKey(surface))) continue;
    const adjective = info?.adjective.find((a) => /^\p{Lu}\p{Ll}/u.test(a)) ?? country.name;
    let end = m.end + b[0].length;
    let name = `${adjective} ${titleCase(b[2]!)}`;
    const place = IN_PLACE.exec(doc.text.slice(end, end + 40));
    const withPlace = place ? `${name} in ${place[1]}` : undefined;
    const key = (s: string) => nameKey(s.replace(/^the\s+/i, ''));
    const known = ctx.entities.find(
      (e) =>
        e.label === 'Organization' &&
        [e.name, ...e.aliases].some(
          (f) => key(f) === key(name) || (withPlace !== undefined && key(f) === key(withPlace)),
        ),
    );
    if (withPlace && (known || b[2]!.endsWith('embassy'))) {
      end += place![0].length;
      name = withPlace;
    }
    const entity = known
      ? existingEntity(doc, ctx, known.id)
      : newEntity(doc, ctx, name, 'Organization');
    if (!entity) continue;
    // "The Russian foreign ministry": the phrase starts at the article when one opens it.
    const lead = /\bthe\s+$/i.exec(doc.text.slice(Math.max(0, m.start - 4), m.start));
    const start = lead && !b[1] ? m.start - lead[0].length : m.start;
    const text = doc.text.slice(start, end);
    if (entity.status === 'new' && !entity.aliases.includes(text)) entity.aliases.push(text);
    m.nested = true;
    for (const x of doc.mentions)
      if (x !== m && x.start >= m.start && x.end <= end && !x.nested) x.nested = true;
    addMention(doc, entity, start, end, 'name', known ? 0.75 : 0.65);
  }
}
