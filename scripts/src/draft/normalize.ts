/**
 * Stage 1: normalise the pasted text. The result is the text every offset of the draft points
 * into (NFC, HTML tags and entities removed, line endings unified, a leading "date YYYY-MM-DD"
 * header cut off as ingestion does) plus a same-length "fold" of it used only for matching:
 * curly quotes, dashes, odd spaces and diacritics are unified character by character, so an
 * offset found in the fold is an offset in the text and quotes stay verbatim.
 */

/** A leading "date YYYY-MM-DD" header, as in the seed articles (see ingest/text.ts). */
const DATE_HEADER = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
/** A stray header line anywhere in a repost: not content, but its date is honoured. */
const DATE_LINE = /^[ \t]*date:? (\d{4}-\d{2}-\d{2})[ \t]*$/gim;
export const HTML_TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/;
/** The ">" marks an e-mail client puts before each quoted line (">", ">>", "> >"). */
export const EMAIL_QUOTED = /^[ \t]*>(?:[ \t]?>)*[ \t]?/gm;

/** The marks of UTF-8 text decoded as Windows-1252: "â€™", "â€œ", "â€”", "Ã©". */
const MOJIBAKE = /â€[™œ˜”“\u009d\uFFFD–—¦¢]|Ã[\u00a0-\u00bf]/g;

/** Windows-1252's characters for the bytes 0x80-0x9F (the five it leaves undefined pass as is). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** The byte each Windows-1252 character stands for. */
const BYTE_OF = new Map<string, number>(
  Array.from({ length: 256 }, (_, b) => [
    b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b),
    b,
  ]),
);
/** The characters of a UTF-8 continuation byte (0x80-0xBF) read as Windows-1252. */
const CONT = `[${CP1252_HIGH}\u00a0-\u00bf]`;
/** A UTF-8 sequence read as Windows-1252: a lead byte and its continuation bytes. */
const MOJIBAKE_SEQUENCE = new RegExp(`[\u00c2-\u00f4]${CONT}{1,3}|â€(?!${CONT})`, 'g');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The forms a character takes in UTF-8 read as Windows-1252, longest first: "’" is "â€™";
 * "”" (whose last byte Windows-1252 leaves undefined) also "â€" + a replacement mark, or "â€"
 * alone once the undefined byte is dropped.
 */
export function mojibakeForms(c: string): string[] {
  const bytes = new TextEncoder().encode(c);
  if (bytes.length < 2) return [];
  const form = Array.from(bytes, (b) =>
    b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b),
  ).join('');
  return form.endsWith('\u009d') ? [form, `${form.slice(0, -1)}\uFFFD`, form.slice(0, -1)] : [form];
}

/**
 * UTF-8 text once read as Windows-1252 ("Washingtonâ€™s", "â€œnonsenseâ€"), read back: each
 * sequence that decodes as UTF-8 becomes its character; "â€" with its last byte lost is "”".
 * Other characters are left alone, so a text that mixes both keeps what was right.
 */
export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE_SEQUENCE, (m) => {
    if (m === 'â€') return '”';
    const bytes = Array.from(m, (c) => BYTE_OF.get(c) ?? -1);
    if (bytes.includes(-1)) return m;
    const want = bytes[0]! >= 0xf0 ? 4 : bytes[0]! >= 0xe0 ? 3 : 2;
    if (bytes.length < want) return m === 'â€\uFFFD' ? '”' : m;
    try {
      return STRICT_UTF8.decode(new Uint8Array(bytes.slice(0, want))) + m.slice(want);
    } catch {
      return m;
    }
  });
}

export interface Normalized {
  text: string;
  fold: string;
  /** The date of a `date YYYY-MM-DD` header, when the text carried one. */
  headerDate?: string;
  notes: string[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  eacute: 'é',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** Block-level tags become line breaks so paragraphs survive; every other tag disappears. */
function stripHtml(s: string): string {
  return s
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<(br|\/p|p|\/div|div|\/li|li|\/h[1-6]|h[1-6]|\/tr|\/blockquote|blockquote|figcaption|\/figcaption)\b[^<>]*>/gi,
      '\n',
    )
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
}

export function normalize(input: string): Normalized {
  const notes: string[] = [];
  let text = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  if (HTML_TAG.test(text) || /&(#\d+|#x[0-9a-f]+|[a-z]{2,7});/i.test(text)) {
    const cleaned = decodeEntities(stripHtml(text));
    if (cleaned !== text) {
      notes.push('HTML tags and entities were removed; offsets point into the cleaned text.');
      text = cleaned;
    }
  }
  // A forwarded or replied-to e-mail quotes every line with ">" (">> " at the second level):
  // the marks are the mail client's, not the article's.
  if ((text.match(EMAIL_QUOTED) ?? []).length >= 3) {
    text = text.replace(EMAIL_QUOTED, '');
    notes.push('E-mail quote marks (">") at the start of lines were removed.');
  }
  // Old wire copy and some CMSs print quotation marks doubled: ``like this'' (or ''like this'').
  // Each pair is read as one curly mark, so the quote stages see a quote; the draft maps each
  // back onto the two marks of the submitted text (original.ts).
  const doubled = text.match(/``|''/g)?.length ?? 0;
  if (doubled >= 2 && /``\S|(?:^|[\s([—–-])''\S/m.test(text)) {
    text = text
      .replace(/(^|[\s([—–-])(?:``|'')(?=\S)/gm, '$1“')
      .replace(/``(?=\S)/g, '“')
      .replace(/(?<=\S)''/g, '”');
    notes.push("Doubled quotation marks (``…'') were read as quotation marks.");
  }
  // UTF-8 once read as Windows-1252 and pasted as text ("Washingtonâ€™s", "â€œ…â€�"): its
  // quote marks would be missed. Read back for the stages; the draft maps quotes and evidence
  // onto the text as pasted (original.ts), so they stay verbatim in it.
  if ((text.match(MOJIBAKE) ?? []).length >= 2) {
    const repaired = repairMojibake(text);
    if (repaired !== text) {
      text = repaired;
      notes.push(
        'The text was UTF-8 read as Windows-1252 ("â€™" for "’"): it was read back as UTF-8; quotes and evidence hold the characters as pasted. Paste it again from its source, or save it as UTF-8, for a clean article text.',
      );
    }
  }
  // Collapse the blank runs tag stripping leaves; keep single blank lines as paragraph breaks.
  text = text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  let headerDate: string | undefined;
  const m = DATE_HEADER.exec(text);
  if (m) {
    headerDate = m[1];
    text = text.slice(m[0].length);
  } else {
    DATE_LINE.lastIndex = 0;
    const line = DATE_LINE.exec(text);
    if (line) headerDate = line[1];
  }
  return { text, fold: fold(text), ...(headerDate ? { headerDate } : {}), notes };
}

const FOLD: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '‑': '-',
  '‐': '-',
  '−': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

/** One UTF-16 unit in, one out: quotes, dashes and spaces unified, diacritics dropped. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const f = FOLD[c];
    if (f !== undefined) {
      out += f;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0xc0 && code < 0x250) {
      const base = c.normalize('NFD')[0]!;
      out += base.length === 1 ? base : c;
    } else out += c;
  }
  return out;
}

/** Case- and diacritics-insensitive key of a name, for comparing forms. */
export function nameKey(s: string): string {
  return fold(s.normalize('NFC'))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}@+]+/gu, ' ')
    .trim();
}
