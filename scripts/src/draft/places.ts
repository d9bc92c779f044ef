/**
 * Stage 6h: a city's country when the text says it.
 * - A dateline "MUSCAT, Oman, Oct 21 (Reuters) -" places every city of that name the draft
 *   holds (talks "in Muscat") in that country.
 * - "in Muscat, Oman", "Tehran, Iran": a capital the lexicon reads as its country's government,
 *   followed by ", " and that country's own name, is the city, in that country.
 * Other places ("Yanbu, Saudi Arabia", "Istanbul, Turkey") are the structure stage's.
 */
import type { DraftContext } from './context';
import { insideQuote, type Doc } from './document';
import { placeId } from './events';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';
import { relate } from './relate';
import { datelineCountry } from './strikes';

export function cityCountries(doc: Doc, ctx: DraftContext): void {
  const located = (id: string) =>
    doc.relationships.some((r) => r.type === 'LOCATED_IN' && r.from === id);
  // "MUSCAT, Oman, Oct 21 (Reuters) -": the dateline's country.
  for (const e of [...doc.entities.values()]) {
    if (e.label !== 'Location' || e.status !== 'new' || located(e.id)) continue;
    const country = datelineCountry(doc, ctx, e.name);
    if (!country || country.id === e.id || e.name.split(/\s+/).length > 2) continue;
    const d = doc.datelines[0]!;
    relate(doc, {
      type: 'LOCATED_IN',
      from: e.id,
      to: country.id,
      evidence: [{ start: d.start, end: d.end }],
      confidence: 0.5,
      rule: 'place:dateline-country',
    });
  }
  // "in Muscat, Oman": the capital followed by its country's name.
  const ms = doc.mentions.filter((m) => !m.nested).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (a.entity !== b.entity || insideQuote(doc, a.start)) continue;
    const e = doc.entities.get(a.entity);
    if (e?.label !== 'Country') continue;
    if (!/^,\s*$/.test(doc.fold.slice(a.end, b.start))) continue;
    const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(e.name));
    const city = nameKey(doc.text.slice(a.start, a.end));
    if (!info?.capital.some((c) => nameKey(c) === city)) continue;
    // "In Moscow, Russian diplomats …", "In Tehran, Iran's foreign ministry …": a demonym or a
    // possessive opens the clause; only the country's own name after the comma is an address.
    const second = nameKey(doc.text.slice(b.start, b.end).replace(/^the\s+/i, ''));
    if (second !== nameKey(e.name) && second !== nameKey(info.name)) continue;
    if (/^['’]s\b/.test(doc.fold.slice(b.end, b.end + 3))) continue;
    const place = placeId(doc, ctx, a);
    if (place === e.id || located(place)) continue;
    const s = doc.sentences.find((x) => x.start <= a.start && b.end <= x.end);
    relate(doc, {
      type: 'LOCATED_IN',
      from: place,
      to: e.id,
      evidence: [s ?? { start: a.start, end: b.end }],
      confidence: 0.55,
      rule: 'place:capital-comma-country',
    });
  }
}
