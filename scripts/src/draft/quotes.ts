/**
 * Stage 4: quoted spans. Curly quotes say which side they are on; a straight quote opens after
 * a space or an opening bracket and closes elsewhere. A quote left open at the end of a
 * paragraph runs to its end (the news convention for a quote that continues in the next
 * paragraph). Single quotes count only as ‘curly’ pairs or as a straight pair around words
 * ('not a big deal'), never as apostrophes. A short title-case quote naming an entity
 * (CBS's "60 Minutes") is a title, not a statement.
 */
import { mentionsIn, type Doc, type Span } from './document';

export interface Quote extends Span {
  /** The paragraph it sits in. */
  paragraph: number;
  /** True when the closing mark is missing before the paragraph ends. */
  open: boolean;
  /** A title or a name in quote marks, not a statement. */
  title: boolean;
}

function doubleQuotes(
  text: string,
  start: number,
  end: number,
): { s: number; e: number; open: boolean }[] {
  const out: { s: number; e: number; open: boolean }[] = [];
  let openAt = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '“' || c === '„' || c === '«') {
      // A second opening mark: the first quote ended without its closing mark.
      if (openAt >= 0) out.push({ s: openAt, e: i, open: true });
      openAt = i + 1;
    } else if (c === '”' || c === '»') {
      if (openAt >= 0) out.push({ s: openAt, e: i, open: false });
      openAt = -1;
    } else if (c === '"') {
      // Straight quotes alternate.
      if (openAt < 0) openAt = i + 1;
      else {
        out.push({ s: openAt, e: i, open: false });
        openAt = -1;
      }
    }
  }
  if (openAt >= 0) out.push({ s: openAt, e: end, open: true });
  return out;
}

function singleQuotes(
  text: string,
  start: number,
  end: number,
): { s: number; e: number; open: boolean }[] {
  const out: { s: number; e: number; open: boolean }[] = [];
  const chunk = text.slice(start, end);
  const re =
    /(^|[\s(:—–-])[‘'](?=\p{L})([^‘’'\n]*?(?:\p{L}['’]\p{L}[^‘’'\n]*?)*)[’'](?=$|[\s.,;:!?)—–-])/gu;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const s = start + m.index + m[1]!.length + 1;
    const e = s + m[2]!.length;
    if (m[2]!.trim().includes(' ')) out.push({ s, e, open: false });
  }
  return out;
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export function findQuotes(doc: Doc): Quote[] {
  const out: Quote[] = [];
  doc.paragraphs.forEach((p, pi) => {
    const doubles = doubleQuotes(doc.text, p.start, p.end);
    // ‘Single’ quotes count outside double ones too: a paragraph may mix both styles
    // (“sitting on” … ‘Congress found out,’ she wrote); inside a double quote they are nested.
    const singles = singleQuotes(doc.text, p.start, p.end).filter(
      (x) => !doubles.some((d) => x.s < d.e + 1 && d.s - 1 < x.e),
    );
    const spans = [...doubles, ...singles].sort((a, b) => a.s - b.s);
    for (const q of spans) {
      const span = trim(doc.text, q.s, q.e);
      if (span.end - span.start < 2) continue;
      const inner = doc.text.slice(span.start, span.end);
      const words = inner.split(/\s+/).filter(Boolean);
      const names = mentionsIn(doc, span);
      // "Fox & Friends": an ampersand joins a title's words like "and".
      const small = /^(the|of|and|a|an|in|on|for|to|at|with|&)$/;
      const titleCase =
        words.length <= 6 &&
        /^[\p{Lu}\p{N}]/u.test(words[0] ?? '') &&
        words.every((w) => /^[\p{Lu}\p{N}"“‘']/u.test(w) || small.test(w));
      const isName = names.length > 0 && names[0]!.start === span.start && titleCase;
      out.push({
        ...span,
        paragraph: pi,
        open: q.open,
        // NBC's "Meet the Press with Claire Ambrose." ends the sentence inside the quote marks:
        // after a possessive or "on", a title-case quote is a programme's name all the same.
        title:
          (titleCase &&
            (!/[.!?]$/.test(inner) ||
              isName ||
              /(?:['’]s|s['’]|\bon)\s+["“'‘]?$/.test(
                doc.fold.slice(Math.max(0, span.start - 6), span.start),
              ))) ||
          isName ||
          // "so-called “intelligence cooperation”": a scare quote names a thing; nobody says it.
          /\bso[- ]called\s+["“'‘]?$/i.test(
            doc.fold.slice(Math.max(0, span.start - 12), span.start),
          ),
      });
    }
  });
  doc.quotes = out;
  return out;
}
