/**
 * Page furniture of reposted and scraped news text, recognised line by line so that it never
 * becomes the title, a sentence or a fact: share buttons, "Posted by …", bylines, update
 * stamps, "RELATED: …" links, "Advertisement", calls to action, photo captions that carry a
 * "Photo:" label or a "(Agency/Photographer)" credit, copyright lines and wire sign-offs. And
 * hard-wrapped lines (a repost cut at 70–80 columns) joined back into their paragraph.
 *
 * Patterns are data; each is anchored to a whole line, so a sentence that merely contains
 * "click here" or "photo" is content.
 */

/** Whole lines that are furniture, not article text. */
export const BOILERPLATE_LINES: RegExp[] = [
  // Share bars and social buttons.
  /^(?:share|share this(?: article| story| page)?|share on \w+|tweet|email|print|copy link|save|comments?|\d+\s+comments?|facebook|twitter|x|linkedin|whatsapp|reddit)(?:\s*[|·•/]\s*\w+)*\s*$/i,
  /^share (?:this|on)\b.{0,40}$/i,
  // A line of hashtags or handles under a post ("#Russia #Iran #intel").
  /^(?:[#@][\p{L}\p{N}_]+[\s,;·|]*){1,12}$/u,
  // Author and time furniture.
  /^posted (?:by|on|at)\b.{0,80}$/i,
  /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|de|van|von|al|bin|and|&)){1,5}(?:\s*[,|]\s*[^.!?]{0,40})?$/u,
  /^(?:updated|published|last updated|first published|posted)\b:?\s*(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday).{0,100}$/i,
  /^\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{2,4}T?|ET|GMT|UTC)?\b.{0,40}$/i,
  /^(?:contributing|staff|senior|guest)?\s*(?:columnist|writer|correspondent|reporter|editor)s?$/i,
  // Links and calls to action.
  /^(?:related|read more|more|see also|also read|recommended|watch more|most read|trending|up next|more from \w+)\s*[:|»>-].{0,160}$/i,
  /^(?:related (?:stories|articles|coverage)|read more|recommended for you|most popular|you may also like)\s*$/i,
  /^advertisement\s*$/i,
  /^(?:sponsored|promoted)(?: content)?\s*$/i,
  /^(?:click|tap) here\b.{0,120}$/i,
  /^(?:subscribe|sign up|follow us|follow \w+ on|get the latest|download (?:our|the) app|join our)\b.{0,120}$/i,
  /^(?:skip to (?:content|main content)|back to top|scroll to continue|continue reading|loading\W*)\s*$/i,
  /^(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad|video))?|continue reading (?:below|the (?:main )?story))\W*$/i,
  /^(?:click|tap) to (?:share|expand|enlarge|play|watch|view|listen)\b.{0,80}$/i,
  // A line of e-mail addresses and handles alone ("jdoe@example.com | @jdoe").
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w]+)(?:\s*[|·•,/]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w]+))*\s*$/,
  // Captions and credits with a label or an agency/photographer credit.
  /^(?:photo|image|picture|video|caption|credit|photograph|file photo|pictured)\s*(?:credit)?\s*[:|-].{0,300}$/i,
  /^.{0,300}\((?:[\p{L} .&-]{2,40}\/[\p{L} .&/-]{2,60}|(?:AP|AFP|Reuters|Getty Images|EPA) Photo|Getty Images|EPA)\)\s*$/u,
  /^.{0,200}(?:Getty Images|AP Photo\/|AFP via Getty)[^.]{0,60}$/,
  // A caption's credit in brackets at its end: "(U.S. Navy photo by Petty Officer 2nd Class X/
  // Handout via Reuters)", "(Pool photo by X)", "(Courtesy of X)".
  /^.{0,300}\((?:[^()]{0,80}\b(?:photo by|photo:|photo courtesy|pool photo|handout|courtesy of)\b[^()]{0,100}|[^()]{0,100}\bvia (?:Getty Images|Reuters|AP|AFP|EPA)\b[^()]{0,30})\)\s*$/i,
  /^.{0,250}[.!?]\s+(?:photo|image|picture|credit)s?\s*(?:credit)?:\s*[\p{L} .&/-]{2,60}$/iu,
  // Legal lines and wire sign-offs.
  /^(?:copyright|©|\(c\))\s*.{0,120}$/i,
  /^.{0,80}all rights reserved\.?\s*$/i,
  /^\((?:reporting|additional reporting|writing|editing|compiled) by\b.{0,200}\)\s*$/i,
];

/**
 * A label that opens a list of links ("Related:", "Read more:", "See also"): the list items
 * under it ("→ Hegseth: “We will protect our people”", "- What we know so far") are headlines
 * of other pages, not statements of this one.
 */
const LINK_LIST_LABEL =
  /^(?:related|read more|see also|also read|recommended|more on this(?: story)?|related (?:stories|articles|coverage|links|reading)|you may also like)\s*[:|»>-]?\s*$/i;
const LINK_ITEM = /^\s*(?:[-•*·▪►→»▸›]|\d{1,2}[.)])\s*\S.{0,160}$/u;

export function opensLinkList(line: string): boolean {
  return LINK_LIST_LABEL.test(line.trim());
}

export function isLinkItem(line: string): boolean {
  return LINK_ITEM.test(line);
}

/**
 * A caption credited to a wire agency alone: "Iranian soldiers march in Tehran. (AP)". In a
 * digest whose items each end with their source ("… the White House said. (Reuters)"), the
 * same shape is an item's credit, not a caption: see `creditedItems`.
 */
const BARE_AGENCY_CAPTION = /^.{0,300}\((?:AP|AFP|Reuters)\)\s*$/;

/** A line that ends with a short source in brackets: "(Bloomberg)", "(TASS)", "(WSJ)". */
const ITEM_CREDIT = /\(\p{Lu}[\p{L}.&' -]{0,30}\)\s*$/u;

/** Whether a text's lines end with their sources: two such lines or more. */
export function creditedItems(lines: string[]): boolean {
  return lines.filter((l) => ITEM_CREDIT.test(l.trim())).length >= 2;
}

/**
 * A link to a video or a gallery between paragraphs: "Watch: Hegseth takes questions (2:14)",
 * "LISTEN: …". Only after the article has begun: a video page's own title starts "WATCH:".
 */
const MEDIA_LINK =
  /^(?:watch|listen|video|audio|gallery|photos|in pictures|podcast)\s*[:|›»]\s*\S.{0,200}$/i;

export function isMediaLink(line: string): boolean {
  return MEDIA_LINK.test(line.trim());
}

/**
 * A headline of another story set between paragraphs in capitals ("RUSSIA WARNS U.S. OVER
 * NAVAL PATROLS IN BLACK SEA"): six words or more, nearly all letters upper case, no closing
 * punctuation, no numbering or decoration of a newsletter's section head ("2. MOSCOW SAYS NO",
 * "== ON THE CALENDAR =="). Read only once the article's running text has begun.
 */
export function isCapsHeadline(line: string): boolean {
  const t = line.trim();
  if (/[.!?:;,]["”’)]?$/.test(t) || /^(?:\d{1,2}[.)]|[=*#_([>])/.test(t)) return false;
  if (t.split(/\s+/).length < 6) return false;
  const letters = t.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return letters.length >= 20 && upper / letters.length >= 0.9;
}

/** A label over a summary list ("Key points:", "Highlights", "What to know"). */
const SUMMARY_LABEL =
  /^(?:key points|key takeaways|takeaways|highlights|in brief|summary|at a glance|what to know|the big picture|tl;?dr|story highlights|in short)\s*[:|-]?\s*$/i;

export function opensSummary(line: string): boolean {
  return SUMMARY_LABEL.test(line.trim());
}

/** The quoted words of a line ("…" or “…”), at least two words each. */
export function quotedIn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"\n]{3,200})"|“([^”\n]{3,200})”/g)) {
    const q = (m[1] ?? m[2] ?? '').trim();
    if (/\s/.test(q)) out.push(q);
  }
  return out;
}

export function isBoilerplate(line: string, items = false): boolean {
  const t = line.trim();
  return (
    t.length > 0 &&
    (BOILERPLATE_LINES.some((re) => re.test(t)) || (!items && BARE_AGENCY_CAPTION.test(t)))
  );
}

/** A section label in front of a headline: "Opinion | …", "ANALYSIS: …". */
export const SECTION_LABEL =
  /^(?:opinion|analysis|commentary|editorial|op-ed|column|exclusive|breaking(?: news)?|explainer|live|update)\s*[|:–—-]\s*/i;

const TERMINAL = /[.!?:;"”’)]$/;

/**
 * A byline or a credit line ("By Ana Ruiz | aruiz@example.com | The Ledger"): a line of its
 * own, never a piece of a wrapped paragraph, however long.
 */
function isByline(line: string): boolean {
  const t = line.trim();
  return /^by\s+\p{Lu}/iu.test(t) || /\s[|·•]\s/.test(t) || /[\w.+-]+@[\w-]+\.\w/.test(t);
}

/**
 * Whether the line after `line` continues the same paragraph: the repost was hard-wrapped.
 * Either the next line starts in lower case (a sentence cannot), or this line is a long line
 * cut off mid-sentence (no closing punctuation) and is not itself a headline.
 */
export function continuesLine(
  line: string,
  next: string,
  heading: boolean,
  wrapped: boolean,
): boolean {
  const a = line.trimEnd();
  const b = next.trimStart();
  if (!a || !b || /^[-•*·▪►]\s|^\d{1,2}[.)]\s/.test(b)) return false;
  if (heading || isByline(a) || isByline(b)) return false;
  if (/^["'“‘]?\p{Ll}/u.test(b)) return true;
  // A capital after a line without closing punctuation continues it only in a text that is
  // wrapped throughout; elsewhere it is a caption or a label followed by a new paragraph.
  return wrapped && a.length >= 45 && !TERMINAL.test(a) && /[\p{L}\p{N},]$/u.test(a);
}
