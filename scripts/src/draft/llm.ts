/**
 * The LLM extractor: a model behind an OpenAI-compatible endpoint (KG_LLM_BASE_URL,
 * KG_LLM_MODEL, KG_LLM_API_KEY, KG_LLM_TIMEOUT_MS) drafts the article, and nothing it answers
 * is trusted.
 *
 * The request (POST {base}/chat/completions) carries a JSON-schema response format made from
 * `LlmAnswer` below, the relationship types with their meanings and endpoint labels
 * (RELATIONSHIP_RULES), the registry entities the rule engine's mention finder linked in this
 * text (so the model reuses their ids), and the article with its date.
 *
 * The answer is checked item by item against the text, and whatever fails is dropped with a
 * note saying what and why: every quote and evidence string must be found verbatim (exactly,
 * or with only white space, curly quotes and dashes differing, which still yields the text's
 * own substring); a registry id must be in the registry; a new entity's name must be in the
 * text; the type must be known and the endpoint labels allowed by RELATIONSHIP_RULES; a date
 * must be what the project's date resolution (chrono-node, against the article date) reads in
 * the words the model gives for it. `draftArticleWith` then runs the same `validateDraft` gate
 * as for the rule engine. A failure of the exchange itself (network, timeout, HTTP status, an
 * answer that is not JSON or not the schema) is an LlmError naming the endpoint: no partial
 * draft. Transient failures (network, timeout, HTTP 429 and 5xx) are tried again first
 * (KG_LLM_RETRIES, Retry-After honoured up to KG_LLM_RETRY_MAX_MS). A text longer than
 * KG_LLM_CHUNK_CHARS goes in parts cut between sentences, each answer checked against its own
 * part, and merged.
 */
import { z } from 'zod';
import {
  CURATED_RELATIONSHIP_TYPES,
  CuratedRelationshipType,
  DomainError,
  ENTITY_LABELS,
  EntityLabel,
  QUOTED_TYPES,
  RELATIONSHIP_RULES,
  isAllowedEndpoint,
  IsoDate,
  type Draft,
  type DraftRelationship,
  type EnvConfig,
} from '@kg/server/contracts';
import type { DraftContext } from './context';
import { datesIn } from './dates';
import type { Doc, DocEntity, Span } from './document';
import { existingEntity, newEntity } from './entities';
import { openDoc, toDraft, type DraftExtractor, type DraftInput } from './extractor';
import { findRegistryMentions, findTypos } from './mentions';
import { nameKey } from './normalize';

/** Where and how to reach the model: the KG_LLM_* variables of the configuration. */
export interface LlmSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** One attempt, answer included. */
  timeoutMs: number;
  /** Attempts after the first one, on transient failures only. */
  retries: number;
  /** The wait before the first retry; doubled before each further one. */
  retryBaseMs: number;
  /** The longest wait before a retry; a Retry-After beyond it ends the attempts. */
  retryMaxMs: number;
  /** A text longer than this goes in parts of at most this many characters. */
  chunkChars: number;
}

type LlmConfig = Pick<
  EnvConfig,
  | 'KG_LLM_BASE_URL'
  | 'KG_LLM_MODEL'
  | 'KG_LLM_API_KEY'
  | 'KG_LLM_TIMEOUT_MS'
  | 'KG_LLM_RETRIES'
  | 'KG_LLM_RETRY_BASE_MS'
  | 'KG_LLM_RETRY_MAX_MS'
  | 'KG_LLM_CHUNK_CHARS'
>;

/** The settings when an endpoint is configured (the config schema demands both or neither). */
export function llmSettings(config: LlmConfig): LlmSettings | undefined {
  if (!config.KG_LLM_BASE_URL || !config.KG_LLM_MODEL) return undefined;
  return {
    baseUrl: config.KG_LLM_BASE_URL,
    model: config.KG_LLM_MODEL,
    ...(config.KG_LLM_API_KEY ? { apiKey: config.KG_LLM_API_KEY } : {}),
    timeoutMs: config.KG_LLM_TIMEOUT_MS,
    retries: config.KG_LLM_RETRIES,
    retryBaseMs: config.KG_LLM_RETRY_BASE_MS,
    retryMaxMs: config.KG_LLM_RETRY_MAX_MS,
    chunkChars: config.KG_LLM_CHUNK_CHARS,
  };
}

/**
 * The exchange with the endpoint failed; the message names the endpoint, the problem and, when
 * more than one attempt was made or the failure was not worth another, the attempts.
 */
export class LlmError extends DomainError {
  constructor(
    readonly endpoint: string,
    problem: string,
    cause?: unknown,
    /** Requests made before giving up. */
    readonly attempts = 1,
  ) {
    super('extractor_unavailable', `LLM endpoint ${endpoint}: ${problem}`, {
      ...(cause === undefined ? {} : { cause }),
    });
    this.name = 'LlmError';
  }
}

// ---------------------------------------------------------------------------------------------
// The answer asked for. Plain JSON Schema only (strings, nulls, enums, arrays, booleans), every
// field required, no extra properties: what OpenAI's strict structured outputs and the
// grammar-constrained local servers (llama.cpp, vLLM, Ollama) all accept.

const LlmEntity = z.object({
  key: z
    .string()
    .describe(
      'How relationships refer to this entity: its registry id when it is a known entity, else a short handle unique in this answer',
    ),
  registryId: z
    .string()
    .nullable()
    .describe('The id of a known registry entity this is; null for an entity not in the list'),
  name: z.string().describe('The name as the article writes it'),
  label: EntityLabel,
});

const LlmRelationship = z.object({
  type: CuratedRelationshipType,
  from: z.string().describe('key of the entity the relationship starts at'),
  to: z.string().describe('key of the entity it ends at'),
  quote: z
    .string()
    .nullable()
    .describe(
      'The quoted words, copied character for character (required for SAID and DENIED); else null',
    ),
  evidence: z
    .array(z.string())
    .describe('The sentence or sentences that state it, each copied character for character'),
  date: z
    .string()
    .nullable()
    .describe('YYYY-MM-DD when the text says on which day it happened; else null'),
  dateText: z
    .string()
    .nullable()
    .describe('The words of the text that give that day ("on Friday", "March 3"); else null'),
  alleged: z.boolean().describe('true when the text presents it as reported but unconfirmed'),
});

export const LlmAnswer = z.object({
  entities: z.array(LlmEntity),
  relationships: z.array(LlmRelationship),
});
export type LlmAnswer = z.infer<typeof LlmAnswer>;

/** The JSON Schema of the answer, as sent in `response_format`. */
export function answerSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(LlmAnswer) as Record<string, unknown>;
  return schema;
}

/** What a chat-completions endpoint answers (only what is read of it). */
const Completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable().optional(),
          refusal: z.string().nullable().optional(),
        }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

// ---------------------------------------------------------------------------------------------
// The request.

const SYSTEM = [
  'You extract a knowledge graph from one news article for analysts. Answer with JSON only, in the schema given.',
  'Entities: people, organisations, countries, outlets, events and locations the article names. When an entity is one of the known registry entities listed, give its id as registryId and as key; otherwise registryId is null, name is the name as the article writes it, and key is a short handle of your choice.',
  'Relationships: only the types listed, only between the labels listed for each type, only what the article itself states. Do not add background knowledge.',
  'quote and evidence are copied from the article character for character: no paraphrase, no ellipsis, no corrected spelling. evidence is the sentence (or sentences) that states the relationship. SAID and DENIED need quote: the words inside the quotation marks.',
  'date is given only when the article says on which day it happened, with dateText the words that say it ("on Friday", "on March 3"); a relative day counts from the article date. Otherwise both are null.',
  'alleged is true when the article presents the fact as a report or claim it does not confirm.',
].join('\n');

const labelsOf = (labels: readonly string[]) =>
  labels.length === ENTITY_LABELS.length ? 'any' : labels.join('|');

/** A part of the text sent in one request: its span in the whole text, and its place. */
export interface Part extends Span {
  /** 0-based. */
  index: number;
  count: number;
}

type Listed = { id: string; name: string; label: string };

/**
 * The user message: the types, the known entities, and the article (or one part of it) with
 * its date. `earlier`: the entities drafted from the parts before this one.
 */
export function requestText(
  input: DraftInput,
  doc: Doc,
  known: readonly Listed[],
  part: Part = { start: 0, end: doc.text.length, index: 0, count: 1 },
  earlier: readonly Listed[] = [],
): string {
  const types = CURATED_RELATIONSHIP_TYPES.map((t) => {
    const r = RELATIONSHIP_RULES[t];
    return `- ${t}: ${r.meaning} (${labelsOf(r.from)} -> ${labelsOf(r.to)})`;
  });
  const list = (xs: readonly Listed[]) => xs.map((e) => `- ${e.id} | ${e.name} | ${e.label}`);
  const whole = part.count === 1;
  const which = `part ${part.index + 1} of ${part.count}`;
  return [
    `Article date: ${doc.date ?? 'unknown (leave relative days undated)'}`,
    ...(input.title ? [`Title: ${input.title}`] : []),
    ...(input.outlet ? [`Outlet: ${input.outlet}`] : []),
    ...(whole
      ? []
      : [
          '',
          `This is ${which} of a long article: its characters ${part.start} to ${part.end} of ${doc.text.length}. The other parts are sent on their own. Extract what this part states; copy quotes and evidence from this part.`,
        ]),
    '',
    'Relationship types (type: meaning (from labels -> to labels)):',
    ...types,
    '',
    `Entity labels: ${ENTITY_LABELS.join(', ')}`,
    '',
    `Known registry entities found in this ${whole ? 'article' : 'part'} (id | name | label):`,
    ...(known.length ? list(known) : ['(none)']),
    ...(earlier.length
      ? [
          '',
          'Entities drafted from the earlier parts (id | name | label): a relationship may use the id as its key without listing the entity again.',
          ...list(earlier),
        ]
      : []),
    '',
    whole ? 'Article text:' : `Article text, ${which}:`,
    doc.text.slice(part.start, part.end),
  ].join('\n');
}

/** Opening and closing quotation marks, to tell a cut inside a quotation. */
const OPENING = /[“«]/g;
const CLOSING = /[”»]/g;
const STRAIGHT = /"/g;

/**
 * Where a text longer than `max` characters is cut into parts: only where a sentence begins
 * (the sentence splitter of the rule engine), best between paragraphs, else between sentences
 * outside a quotation, else between any sentences; a part is longer than `max` only when one
 * sentence is. Every character belongs to exactly one part.
 */
export function partsOf(doc: Doc, max: number): Part[] {
  const text = doc.text;
  type Cut = { at: number; rank: number };
  const cuts: Cut[] = [];
  for (let k = 1; k < doc.sentences.length; k++) {
    const s = doc.sentences[k]!;
    const prev = doc.sentences[k - 1]!;
    // After the last space between the two: an opening quotation mark the sentence's span
    // leaves out goes with it.
    const gap = text.slice(prev.end, s.start);
    const space = gap.search(/\s\S*$/);
    const at = space >= 0 ? prev.end + space + 1 : s.start;
    if (s.paragraph !== prev.paragraph) {
      cuts.push({ at, rank: 2 });
      continue;
    }
    const para = doc.paragraphs[s.paragraph]!;
    const before = text.slice(para.start, at);
    const open =
      (before.match(OPENING)?.length ?? 0) > (before.match(CLOSING)?.length ?? 0) ||
      (before.match(STRAIGHT)?.length ?? 0) % 2 === 1;
    cuts.push({ at, rank: open ? 0 : 1 });
  }
  const spans: Span[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const within = cuts.filter((c) => c.at > start && c.at <= limit);
    const last = (rank: number, from = start) =>
      within.filter((c) => c.rank >= rank && c.at > from).pop();
    const cut =
      last(2, start + max / 2) ??
      last(1, start + max / 2) ??
      last(2) ??
      last(1) ??
      last(0) ??
      cuts.find((c) => c.at > limit);
    if (!cut) break;
    spans.push({ start, end: cut.at });
    start = cut.at;
  }
  spans.push({ start, end: text.length });
  return spans.map((p, index) => ({ ...p, index, count: spans.length }));
}

function endpointOf(settings: LlmSettings): string {
  return `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

/** One attempt's failure: what went wrong, and whether another attempt may go otherwise. */
class Failure extends Error {
  constructor(
    readonly problem: string,
    readonly transient: boolean,
    override readonly cause?: unknown,
    /** What the endpoint's Retry-After asked for, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(problem);
  }
}

/** Network failures worth another attempt: refused, reset, cut, unreachable for now. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** The request was abandoned by its caller (the client went away): no answer, no retry. */
export class LlmAbandoned extends LlmError {
  constructor(endpoint: string, attempts: number) {
    super(
      endpoint,
      `the draft was abandoned by its caller (attempt ${attempts})`,
      undefined,
      attempts,
    );
    this.name = 'LlmAbandoned';
  }
}

/**
 * A Retry-After header in milliseconds from `now`: delay-seconds or an HTTP date; undefined when
 * absent or unreadable.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const h = header?.trim();
  if (!h) return undefined;
  if (/^\d+$/.test(h)) return Number(h) * 1000;
  // An HTTP date names its weekday and month ("Wed, 21 Oct 2026 07:28:00 GMT").
  const t = /[a-z]{3}/i.test(h) ? Date.parse(h) : NaN;
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** One POST; the body of a 2xx answer, else a Failure. */
async function attempt(
  endpoint: string,
  init: { headers: Record<string, string>; body: string },
  timeoutMs: number,
  caller?: AbortSignal,
): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = caller ? AbortSignal.any([timeout, caller]) : timeout;
  let res: Response;
  let raw: string;
  try {
    res = await fetch(endpoint, { method: 'POST', ...init, signal });
    raw = await res.text();
  } catch (err) {
    if (caller?.aborted) throw err;
    if (timeout.aborted)
      throw new Failure(`no answer within ${timeoutMs} ms (KG_LLM_TIMEOUT_MS)`, true, err);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    throw new Failure(
      `cannot be reached (${why})`,
      cause?.code !== undefined && TRANSIENT_CODES.has(cause.code),
      err,
    );
  }
  if (res.status >= 200 && res.status <= 299) return raw;
  const transient = res.status === 429 || res.status >= 500;
  throw new Failure(
    `answered HTTP ${res.status}: ${excerpt(raw) || '(empty body)'}`,
    transient,
    undefined,
    transient ? retryAfterMs(res.headers.get('retry-after')) : undefined,
  );
}

/** Resolves after `ms`, or rejects at once when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(t);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Posts the request and returns the parsed answer, or throws an LlmError. A transient failure
 * (network, timeout, HTTP 429 or 5xx) is tried again up to `settings.retries` times, after
 * retryBaseMs, doubled each time, or after what Retry-After asks when the endpoint says (never
 * longer than retryMaxMs: beyond that the attempts end). `signal` abandons the request.
 */
async function ask(
  settings: LlmSettings,
  userText: string,
  signal?: AbortSignal,
): Promise<unknown> {
  const endpoint = endpointOf(settings);
  const body = {
    model: settings.model,
    temperature: 0,
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: userText },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'draft_extraction', strict: true, schema: answerSchema() },
    },
  };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
  const init = { headers, body: JSON.stringify(body) };
  const max = settings.retries + 1;
  let raw: string | undefined;
  let n = 0;
  while (raw === undefined) {
    n++;
    if (signal?.aborted) throw new LlmAbandoned(endpoint, n);
    try {
      raw = await attempt(endpoint, init, settings.timeoutMs, signal);
    } catch (err) {
      if (!(err instanceof Failure)) throw new LlmAbandoned(endpoint, n);
      const fail = (why: string) => new LlmError(endpoint, `${err.problem} (${why})`, err.cause, n);
      if (!err.transient)
        throw fail(n === 1 ? 'not retried' : `attempt ${n} of ${max}; not retried`);
      if (n >= max)
        throw fail(max === 1 ? 'one attempt: KG_LLM_RETRIES is 0' : `gave up after ${n} attempts`);
      const wait = err.retryAfterMs ?? settings.retryBaseMs * 2 ** (n - 1);
      if (err.retryAfterMs !== undefined && wait > settings.retryMaxMs)
        throw fail(
          `its Retry-After asks for ${Math.ceil(wait / 1000)} s, more than KG_LLM_RETRY_MAX_MS (${settings.retryMaxMs} ms): gave up after ${n} attempt${n > 1 ? 's' : ''}`,
        );
      try {
        await sleep(Math.min(wait, settings.retryMaxMs), signal);
      } catch {
        throw new LlmAbandoned(endpoint, n);
      }
    }
  }
  const on = n > 1 ? ` (attempt ${n})` : '';
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new LlmError(
      endpoint,
      `answered something that is not JSON${on}: ${excerpt(raw)}`,
      err,
      n,
    );
  }
  const completion = Completion.safeParse(json);
  if (!completion.success)
    throw new LlmError(
      endpoint,
      `the answer is not a chat completion${on}: ${issuesOf(completion.error)}`,
      undefined,
      n,
    );
  const choice = completion.data.choices[0]!;
  if (choice.message.refusal)
    throw new LlmError(
      endpoint,
      `the model refused${on}: ${excerpt(choice.message.refusal)}`,
      undefined,
      n,
    );
  const content = choice.message.content;
  if (!content)
    throw new LlmError(endpoint, `the model answered with no content${on}`, undefined, n);
  // Servers without structured output sometimes put a reasoning model's <think> block first,
  // or wrap the JSON in a Markdown fence.
  const bare = content
    .replace(/^\s*<think>[\s\S]*?<\/think>\s*/, '')
    .replace(/^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/, '$1');
  try {
    return JSON.parse(bare);
  } catch (err) {
    const cut = choice.finish_reason === 'length' ? ' (cut off at the token limit)' : '';
    throw new LlmError(
      endpoint,
      `the model's answer is not JSON${cut}${on}: ${excerpt(content)}`,
      err,
      n,
    );
  }
}

function excerpt(s: string, n = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 3)}...` : t;
}

function issuesOf(err: z.ZodError, n = 3): string {
  const shown = err.issues
    .slice(0, n)
    .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
    .join('; ');
  return err.issues.length > n ? `${shown}; and ${err.issues.length - n} more` : shown;
}

/**
 * The answer parsed against LlmAnswer. An entity whose label or a relationship whose type is
 * outside the lists is dropped with a note (an endpoint that does not enforce the schema may
 * send one); any other violation is an LlmError.
 */
export function parseAnswer(
  json: unknown,
  endpoint: string,
  notes: string[],
  tag = 'LLM',
): LlmAnswer {
  const first = LlmAnswer.safeParse(json);
  if (first.success) return first.data;
  const drop = { entities: new Set<number>(), relationships: new Set<number>() };
  const outsideLists = first.error.issues.every((i) => {
    const [list, k, field] = i.path;
    const ok =
      i.code === 'invalid_value' &&
      i.path.length === 3 &&
      typeof k === 'number' &&
      ((list === 'entities' && field === 'label') ||
        (list === 'relationships' && field === 'type'));
    if (ok) drop[list as keyof typeof drop].add(k);
    return ok;
  });
  const fail = (err: z.ZodError) =>
    new LlmError(endpoint, `the answer does not follow the schema: ${issuesOf(err)}`);
  if (!outsideLists) throw fail(first.error);
  // Only enum values were wrong, so both lists are arrays of objects.
  const v = json as {
    entities: Record<string, unknown>[];
    relationships: Record<string, unknown>[];
  };
  const shown = (x: unknown) =>
    typeof x === 'string' ? JSON.stringify(excerpt(x, 80)) : JSON.stringify(x ?? null).slice(0, 80);
  const second = LlmAnswer.safeParse({
    entities: v.entities.filter((e, k) => {
      if (drop.entities.has(k))
        notes.push(`${tag}: dropped entity ${shown(e.name)}: unknown label ${shown(e.label)}.`);
      return !drop.entities.has(k);
    }),
    relationships: v.relationships.filter((r, k) => {
      if (drop.relationships.has(k))
        notes.push(
          `${tag}: dropped a relationship ${shown(r.from)} -> ${shown(r.to)}: unknown type ${shown(r.type)}.`,
        );
      return !drop.relationships.has(k);
    }),
  });
  if (!second.success) throw fail(second.error);
  return second.data;
}

// ---------------------------------------------------------------------------------------------
// Verbatim: where a string the model copied sits in the text.

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
};

/** `s` with white-space runs as one space and quote marks and dashes plain; `from` maps back. */
function fold(s: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else folded += FOLD[c] ?? c;
    from.push(i);
  }
  return { folded, from };
}

/** Finds what the model copied: exactly, else ignoring white space, quote-mark and dash forms. */
export class Verbatim {
  private folded?: { folded: string; from: number[] };

  constructor(readonly text: string) {}

  /**
   * The span of the text `wanted` stands for, the first one inside `within` (the whole text
   * unless given), or undefined when that part of the text does not hold it.
   */
  find(wanted: string, within: Span = { start: 0, end: this.text.length }): Span | undefined {
    const w = wanted.trim();
    if (!w) return undefined;
    const k = this.text.indexOf(w, within.start);
    if (k >= 0 && k + w.length <= within.end) return { start: k, end: k + w.length };
    this.folded ??= fold(this.text);
    const f = fold(w).folded;
    const { folded, from } = this.folded;
    // The first folded character at or after within.start.
    let lo = 0;
    for (let hi = from.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (from[mid]! < within.start) lo = mid + 1;
      else hi = mid;
    }
    const j = folded.indexOf(f, lo);
    if (j < 0) return undefined;
    const span = { start: from[j]!, end: from[j + f.length - 1]! + 1 };
    return span.end <= within.end ? span : undefined;
  }

  /** The text's own substring for `wanted` (inside `within`), or undefined. */
  copy(wanted: string, within?: Span): string | undefined {
    const s = this.find(wanted, within);
    return s && this.text.slice(s.start, s.end);
  }
}

/**
 * A quote as the rules give it, without the marks around it: a model often copies them. A
 * closing single mark goes only with an opening one (else it may be a possessive: "the
 * Russians’").
 */
function unquoted(s: string): string {
  let t = s.trim();
  const single = /^[‘']/.test(t);
  t = t.replace(/^["“‘']+/, '').replace(single ? /["”’']+$/ : /["”]+$/, '');
  return t.trim();
}

// ---------------------------------------------------------------------------------------------
// The check: the model's answer onto the document, item by item.

/** The longest name of a new event the model may give in its own words. */
const MAX_EVENT_NAME = 120;

/** Confidence of an LLM relationship: the model gives none that is calibrated. */
const LLM_CONFIDENCE = 0.5;

const show = (s: string) => JSON.stringify(excerpt(s, 80));

/**
 * Every place `name` is written in the text as whole words (exactly, else its tolerant match),
 * or without a leading "the" ("The Pentagon" where the text says "the Pentagon").
 */
function placesOf(v: Verbatim, name: string): Span[] {
  const word = /[\p{L}\p{N}]/u;
  const whole = (s: Span) =>
    !word.test(v.text[s.start - 1] ?? '') && !word.test(v.text[s.end] ?? '');
  const n = name.replace(/\s+/g, ' ').trim();
  for (const f of new Set([n, n.replace(/^the\s+/i, '')])) {
    if (!f) continue;
    const out: Span[] = [];
    for (let k = v.text.indexOf(f); k >= 0; k = v.text.indexOf(f, k + 1)) {
      const s = { start: k, end: k + f.length };
      if (whole(s)) out.push(s);
    }
    if (out.length === 0) {
      const s = v.find(f);
      if (s && whole(s)) out.push(s);
    }
    if (out.length) return out;
  }
  return [];
}

/** A registry entity of the same label whose name or alias is `name`. */
function registryByName(ctx: DraftContext, name: string, label: string): string | undefined {
  const key = nameKey(name);
  if (!key) return undefined;
  return ctx.entities.find(
    (e) => e.label === label && [e.name, ...e.aliases].some((x) => nameKey(x) === key),
  )?.id;
}

/**
 * A new person an earlier part drafted under a longer name that ends with this one ("Ruiz"
 * after "Ana Ruiz"): a later part that does not see the full name writes the surname. Only
 * when exactly one earlier new person fits.
 */
function namedBefore(
  earlier: ReadonlyMap<string, DocEntity> | undefined,
  name: string,
  label: string,
): DocEntity | undefined {
  if (!earlier || label !== 'Person') return undefined;
  const key = nameKey(name);
  if (!key) return undefined;
  const fits = [...earlier.values()].filter(
    (x) => x.status === 'new' && x.label === label && nameKey(x.name).endsWith(` ${key}`),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The entity a relationship end names: by its key, else (a model that wrote the name where the
 * key belongs) the one entity of the answer with that name or registry id.
 */
function entityOf(
  byKey: Map<string, DocEntity>,
  end: string,
  earlier?: ReadonlyMap<string, DocEntity>,
): DocEntity | undefined {
  const k = end.trim();
  const keyed = byKey.get(k) ?? earlier?.get(k);
  if (keyed) return keyed;
  const n = nameKey(k);
  const named = new Set(
    [...byKey.values()].filter((e) => e.id === k || (n && nameKey(e.name) === n)),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/** Where an answer came from when the article went in parts. */
export interface AnswerScope {
  /** The part of the text the model was sent: quotes, evidence and dates are sought there. */
  part?: Span;
  /** Starts each note ("LLM", "LLM, part 2 of 3"). */
  tag?: string;
  /** The entities drafted from earlier parts, by id: a relationship may name them so. */
  earlier?: ReadonlyMap<string, DocEntity>;
}

/**
 * Checks the answer against the text and fills the document with what passes: entities with
 * their mentions, relationships with the text's own quote and evidence strings. `found` are
 * the mentions the rule engine's finder linked (by registry id). A relationship that one of an
 * earlier part's repeats (same type, ends and quote) is merged into it: evidence joined, a
 * date kept or taken, alleged when either says so.
 */
export function applyAnswer(
  answer: LlmAnswer,
  doc: Doc,
  ctx: DraftContext,
  found: Map<string, Span[]>,
  rule: string,
  scope: AnswerScope = {},
): void {
  const { part, tag = 'LLM', earlier } = scope;
  const inText = part ? 'its part of the text' : 'the text';
  const v = new Verbatim(doc.text);
  const notes = doc.notes;
  const before = new Map(
    doc.relationships.map((r) => [[r.type, r.from, r.to, r.quote ?? ''].join('|'), r]),
  );
  const byKey = new Map<string, DocEntity>();
  /** New events whose name the text does not hold. */
  const unnamed = new Set<DocEntity>();
  for (const e of answer.entities) {
    const key = e.key.trim();
    const what = `entity ${show(e.name || key)}`;
    if (!key) {
      notes.push(`${tag}: dropped ${what}: it has no key.`);
      continue;
    }
    if (byKey.has(key)) {
      notes.push(`${tag}: dropped ${what}: its key ${show(key)} is used twice.`);
      continue;
    }
    let entity: DocEntity | undefined;
    let spans: Span[];
    const rid = e.registryId?.trim();
    if (rid) {
      entity = existingEntity(doc, ctx, rid) ?? earlier?.get(rid);
      if (!entity) {
        notes.push(`${tag}: dropped ${what}: ${show(rid)} is not a registry id.`);
        continue;
      }
      spans = found.get(rid) ?? [];
      if (!spans.length)
        for (const n of [entity.name, ...entity.aliases]) spans.push(...placesOf(v, n));
    } else {
      spans = placesOf(v, e.name);
      // An event is named by what happened ("Trump-Putin call of March 9"), rarely in the
      // text's words: it stands on the evidence of the relationships that use it.
      if (!spans.length && e.label !== 'Event') {
        notes.push(`${tag}: dropped ${what}: its name is not in the text.`);
        continue;
      }
      const name = spans[0]
        ? doc.text.slice(spans[0].start, spans[0].end)
        : e.name.replace(/\s+/g, ' ').trim();
      if (!name || name.length > MAX_EVENT_NAME) {
        notes.push(`${tag}: dropped ${what}: ${name ? 'its name is too long' : 'it has no name'}.`);
        continue;
      }
      const known = registryByName(ctx, name, e.label);
      const fuller = known ? undefined : namedBefore(earlier, name, e.label);
      // The surname elsewhere may be another person's ("Marco Ruiz"): only this part's places.
      if (fuller && part) spans = spans.filter((s) => part.start <= s.start && s.end <= part.end);
      entity = known
        ? existingEntity(doc, ctx, known)!
        : (fuller ?? newEntity(doc, ctx, name, e.label));
      if (known) spans = [...(found.get(known) ?? []), ...spans];
      else if (!spans.length) unnamed.add(entity);
    }
    byKey.set(key, entity);
    // Longest first, so that "Witkoff" inside "Steve Witkoff" is not a mention of its own.
    spans.sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const s of spans) {
      if (doc.mentions.some((m) => m.entity === entity.id && m.start <= s.start && s.end <= m.end))
        continue;
      doc.mentions.push({ ...s, entity: entity.id, kind: 'name', score: 1 });
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const seen = new Set<string>();
  for (const r of answer.relationships) {
    const from = entityOf(byKey, r.from, earlier);
    const to = entityOf(byKey, r.to, earlier);
    const what = `${r.type} ${from?.id ?? excerpt(r.from, 60)} -> ${to?.id ?? excerpt(r.to, 60)}`;
    const drop = (why: string) => notes.push(`${tag}: dropped ${what}: ${why}.`);
    if (!from || !to) {
      drop(
        `no entity of the answer has the key ${show(!from ? r.from : r.to)} (or it was dropped)`,
      );
      continue;
    }
    if (from.id === to.id) {
      drop('it connects an entity to itself');
      continue;
    }
    if (!isAllowedEndpoint(r.type, from.label, to.label)) {
      drop(`${r.type} cannot connect ${from.label} to ${to.label}`);
      continue;
    }
    let quote: string | undefined;
    if (r.quote !== null && r.quote.trim()) {
      const copied = v.copy(r.quote, part);
      quote = copied && unquoted(copied);
      if (!quote) {
        drop(`its quote ${show(r.quote)} is not verbatim in ${inText}`);
        continue;
      }
    }
    if (QUOTED_TYPES.includes(r.type) && !quote) {
      drop(`${r.type} needs a quote`);
      continue;
    }
    const evidence: string[] = [];
    const missing = r.evidence.find((e) => {
      const c = v.copy(e, part);
      if (c && !evidence.includes(c)) evidence.push(c);
      return !c;
    });
    if (missing !== undefined) {
      drop(`its evidence ${show(missing)} is not verbatim in ${inText}`);
      continue;
    }
    if (!evidence.length) {
      drop('it gives no evidence');
      continue;
    }
    const key = [r.type, from.id, to.id, quote ?? ''].join('|');
    if (seen.has(key)) {
      drop('it repeats one given before');
      continue;
    }
    seen.add(key);
    const date = checkDate(r, doc, v, part, (why) =>
      notes.push(`${tag}: ${what}: date left out: ${why}.`),
    );
    const same = before.get(key);
    if (same) {
      // Told again by a later part: one relationship, with the evidence of both.
      for (const e of evidence) if (!same.evidence.includes(e)) same.evidence.push(e);
      if (!same.date && date) same.date = date;
      if (r.alleged) same.alleged = true;
      continue;
    }
    const rel: DraftRelationship = {
      type: r.type,
      from: from.id,
      to: to.id,
      ...(quote ? { quote } : {}),
      evidence,
      ...(date ? { date } : {}),
      ...(r.alleged ? { alleged: true } : {}),
      confidence: LLM_CONFIDENCE,
      rule,
    };
    doc.relationships.push(rel);
  }
  for (const e of unnamed) {
    if (doc.relationships.some((r) => r.from === e.id || r.to === e.id))
      notes.push(
        `${tag}: the event ${show(e.name)} is named by the model, not by the text; its relationships rest on their evidence.`,
      );
  }
}

/**
 * The relationship's date when the text supports it: `dateText` is in the text, and the
 * project's date resolution reads that very expression, in its sentence and against the article
 * date, as the date the model gave. Else undefined, and `why` is told the reason.
 */
function checkDate(
  r: LlmAnswer['relationships'][number],
  doc: Doc,
  v: Verbatim,
  part: Span | undefined,
  why: (reason: string) => void,
): string | undefined {
  if (r.date === null || !r.date.trim()) return undefined;
  const date = r.date.trim();
  if (!IsoDate.safeParse(date).success) {
    why(`${show(date)} is not a YYYY-MM-DD date`);
    return undefined;
  }
  if (r.dateText === null || !r.dateText.trim()) {
    why(`no words of the text were given for ${date}`);
    return undefined;
  }
  const span = v.find(r.dateText, part);
  if (!span) {
    why(`its words ${show(r.dateText)} are not in ${part ? 'its part of ' : ''}the text`);
    return undefined;
  }
  // The sentences the expression sits in: the tense around it decides a bare weekday.
  const first = doc.sentences.find((s) => s.start <= span.start && span.start < s.end);
  const last = doc.sentences.find((s) => s.start < span.end && span.end <= s.end);
  const around = { start: first?.start ?? span.start, end: last?.end ?? span.end };
  const read = datesIn(doc, around).filter(
    (f) => f.date && f.start < span.end && span.start < f.start + f.text.length,
  );
  if (read.some((f) => f.date === date)) return date;
  const words = show(doc.text.slice(span.start, span.end));
  if (read.length === 0)
    why(
      `${words} gives no day${doc.date ? ` against the article date ${doc.date}` : ' (the article has no date)'}`,
    );
  else
    why(
      `${words} reads as ${[...new Set(read.map((f) => f.date))].join(' or ')}${doc.date ? ` against the article date ${doc.date}` : ''}, not ${date}`,
    );
  return undefined;
}

/** The registry entities the rule engine's mention finder links in the text, with their spans. */
export function linkedEntities(doc: Doc, ctx: DraftContext): Map<string, Span[]> {
  findRegistryMentions(doc, ctx);
  findTypos(doc, ctx);
  const out = new Map<string, Span[]>();
  for (const m of doc.mentions) {
    if (!ctx.byId.has(m.entity)) continue;
    const list = out.get(m.entity) ?? [];
    list.push({ start: m.start, end: m.end });
    out.set(m.entity, list);
  }
  return out;
}

/**
 * The extractor behind the endpoint `settings` names. A text longer than `chunkChars` goes in
 * parts (partsOf), one request after the other, each told where it sits and which entities the
 * parts before it drafted; each answer is checked against its own part, and a relationship
 * told twice is merged. One part that fails fails the draft: no partial draft.
 */
export function createLlmExtractor(settings: LlmSettings): DraftExtractor {
  const endpoint = endpointOf(settings);
  return {
    name: 'llm',
    async extract(input: DraftInput, ctx: DraftContext, signal?: AbortSignal): Promise<Draft> {
      const doc = openDoc(input);
      const found = linkedEntities(doc, ctx);
      // What the finder proposed is for the request only: the draft holds what the model says.
      doc.mentions = [];
      doc.entities.clear();
      const parts = partsOf(doc, settings.chunkChars);
      const notes: string[] = [];
      let entities = 0;
      let relationships = 0;
      const before = doc.notes.length;
      for (const part of parts) {
        const whole = parts.length === 1;
        const where = `part ${part.index + 1} of ${parts.length}`;
        const tag = whole ? 'LLM' : `LLM, ${where}`;
        const known = [...found]
          .filter(([, spans]) => spans.some((s) => part.start <= s.start && s.end <= part.end))
          .map(([id]) => ctx.byId.get(id)!);
        const earlier = new Map(doc.entities);
        let json: unknown;
        try {
          json = await ask(
            settings,
            requestText(input, doc, known, part, [...earlier.values()]),
            signal,
          );
        } catch (err) {
          if (whole || !(err instanceof LlmError) || err instanceof LlmAbandoned) throw err;
          const problem = err.message.slice(`LLM endpoint ${endpoint}: `.length);
          throw new LlmError(
            endpoint,
            `${where} (characters ${part.start} to ${part.end}): ${problem}; no draft`,
            err.cause,
            err.attempts,
          );
        }
        const answer = parseAnswer(json, endpoint, notes, tag);
        entities += answer.entities.length;
        relationships += answer.relationships.length;
        doc.notes.push(...notes.splice(0));
        applyAnswer(answer, doc, ctx, found, settings.model, {
          ...(whole ? {} : { part }),
          tag,
          earlier,
        });
      }
      const dropped = doc.notes.length - before;
      const sent =
        parts.length === 1
          ? ''
          : ` The text (${doc.text.length} characters, more than KG_LLM_CHUNK_CHARS ${settings.chunkChars}) went in ${parts.length} parts, one request each, cut where a paragraph or sentence begins: at characters ${parts
              .slice(1)
              .map((p) => p.start)
              .join(', ')}; a relationship told in two parts is one.`;
      doc.notes.unshift(
        `Drafted by the LLM extractor (${settings.model} at ${endpoint}): ${entities} entities and ${relationships} relationships answered; every quote, evidence string, entity and date was checked against the text${dropped ? `, and ${dropped} notes below say what was dropped or left undated` : ', and nothing was dropped'}.${sent}`,
      );
      return toDraft(input, doc, 'llm');
    },
  };
}
