/**
 * A fuzzer for the HTTP API, driven by the OpenAPI document the server serves: every operation
 * in /api/openapi.json gets requests generated with fast-check from its parameters and request
 * body schema, then bent out of shape: wrong types, huge and unicode strings, negative and huge
 * numbers, repeated and unknown parameters, malformed percent-encoding, bad JSON, wrong content
 * types and encodings, oversized and deeply nested bodies. Requests go over a real socket
 * (node:http, no client-side normalisation), so the server's whole stack answers them.
 *
 * The verdict on each answer: no 5xx, no dropped connection, every 4xx with the API's error
 * body `{ error: { code, message } }`, every JSON answer parseable.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { ErrorBody } from '@kg/server/contracts';

type Json = Record<string, unknown>;

export interface Operation {
  method: string;
  /** The OpenAPI path template, `/api/entities/{id}`. */
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema?: Json }[];
  body?: Json;
}

export interface FuzzRequest {
  method: string;
  /** Path and query, already encoded (possibly malformed on purpose). */
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What the generator did, for the report. */
  note: string;
}

export interface FuzzAnswer {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

export interface Problem {
  operation: string;
  request: string;
  what: string;
}

/** Every operation of the document, with $refs resolved against its components. */
export function operationsOf(doc: Json): Operation[] {
  const ops: Operation[] = [];
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = (op.requestBody as Json | undefined)?.content as
        Record<string, { schema?: Json }> | undefined;
      const body = content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []) as Operation['parameters'],
        ...(body ? { body } : {}),
      });
    }
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Values

/** Strings that have broken parsers before: numbers out of range, injections, separators. */
const NASTY = [
  '',
  ' ',
  '-1',
  '0',
  '-0',
  '1.5',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '9007199254740993',
  '99999999999999999999999999',
  '0x1F',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '%',
  '%%',
  '\u0000',
  '\u0000abc',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`x`',
  '$param',
  'a,b,,c,',
  ',,,',
  '*',
  '?',
  '~',
  'AND OR NOT',
  'name:*',
  '"unterminated',
  '\\',
  '<script>alert(1)</script>',
  'SAID,DENIED',
  'Person,Article',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '+275760-09-13',
  '\u202e\u2066rtl',
  '\ud83d\ude00',
  '\u00e9\u0301',
  'ǅ',
  '\u200b',
];

/** Read queries that parse but fail, or answer big, inside Neo4j. */
const CYPHER = [
  'RETURN 1/0',
  "RETURN toInteger('x') + 1",
  "RETURN date('2026-02-30')",
  'RETURN $missing',
  'MATCH (n) RETURN n',
  'MATCH (n)-[r]-(m) RETURN n, r, m',
  'UNWIND range(1, 200000) AS i RETURN i',
  'RETURN range(1, 100000) AS r',
  'MATCH p = (a)-[*1..6]-(b) RETURN p LIMIT 10',
  'CALL db.labels()',
  'SHOW INDEXES',
  'CREATE (n:X) RETURN n',
  'MATCH (n) DETACH DELETE n',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  'CALL dbms.killQueries([])',
  'RETURN 1; RETURN 2',
  'EXPLAIN MATCH (n) RETURN n',
  'PROFILE MATCH (n) RETURN count(n)',
  'RETURN [x IN range(1, 10) | x * 9223372036854775807]',
  'RETURN 9223372036854775807 + 1',
  "RETURN 'a' * 2",
  'MATCH (n) WHERE n.id = $id RETURN n',
  'RETURN reduce(s = "", x IN range(1, 50000) | s + "xx") AS s',
];

export interface Dictionary {
  /** Real values (ids, types, labels, dates), so generated requests also reach the database. */
  words: string[];
}

const huge = fc
  .tuple(
    fc.constantFrom('a', 'é', '𝕏', '%', ' ', ',', '\u0000'),
    fc.integer({ min: 300, max: 40_000 }),
  )
  .map(([c, n]) => c.repeat(n));

function stringArb(dict: Dictionary, schema: Json = {}, mild = false): fc.Arbitrary<string> {
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 60;
  if (mild) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...dict.words) },
      { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(max, 30) }) },
      { weight: 2, arbitrary: fc.constantFrom(...CYPHER) },
      { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: Math.min(max, 60) }) },
    { weight: 3, arbitrary: fc.constantFrom(...dict.words) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.constantFrom(...CYPHER) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: huge },
    {
      weight: 1,
      arbitrary: fc.integer({ min: max - 1, max: max + 2 }).map((n) => 'x'.repeat(Math.max(n, 0))),
    },
  );
}

const numberArb = (schema: Json): fc.Arbitrary<number | bigint> => {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  const edges = [0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 53, -(2 ** 53), 1e308, -1e308, 1.5, -0];
  if (min !== undefined) edges.push(min, min - 1);
  if (max !== undefined) edges.push(max, max + 1);
  return fc.oneof(
    fc.constantFrom(...edges),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    min !== undefined && max !== undefined ? fc.integer({ min, max }) : fc.nat(),
  );
};

/** Any JSON, leaning on the shapes that break handlers: wrong types, huge, deep, odd keys. */
function weirdJson(dict: Dictionary): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    numberArb({}).map((n) => (typeof n === 'bigint' ? Number(n) : n)),
    stringArb(dict),
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(stringArb(dict), { maxLength: 300 }),
    fc.constant({ __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }),
    fc.integer({ min: 50, max: 3000 }).map((d) => {
      let v: unknown = 'deep';
      for (let i = 0; i < d; i++) v = i % 2 ? [v] : { a: v };
      return v;
    }),
  );
}

function resolve(schema: Json, doc: Json): Json {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').pop()!;
  const target = ((doc.components as Json)?.schemas as Record<string, Json>)?.[name];
  return target ? resolve(target, doc) : {};
}

/** Below this wrongness a request is "near valid": it should mostly get past validation. */
const MILD = 0.05;

/**
 * A value for a JSON schema, valid-looking most of the time; at any depth it may be swapped
 * for something of the wrong kind (`wrongness` of the time).
 */
export function valueFor(
  schema: Json,
  doc: Json,
  dict: Dictionary,
  depth = 0,
  wrongness = 0.15,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const good = rightKind(s, doc, dict, depth, wrongness);
  const w = Math.round(wrongness * 100);
  return fc.oneof({ weight: 100 - w, arbitrary: good }, { weight: w, arbitrary: weirdJson(dict) });
}

function rightKind(
  s: Json,
  doc: Json,
  dict: Dictionary,
  depth: number,
  wrongness: number,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.jsonValue({ maxDepth: 1 });
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (alts?.length)
    return fc.oneof(...alts.map((a) => valueFor(a, doc, dict, depth + 1, wrongness)));
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  const type = Array.isArray(s.type) ? (s.type as string[])[0] : (s.type as string | undefined);
  switch (type) {
    case 'string':
      return stringArb(dict, s, wrongness < MILD);
    case 'integer':
    case 'number':
      return numberArb(s).map((n) => (typeof n === 'bigint' ? Number(n) : n));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = (s.items as Json | undefined) ?? {};
      const prefix = s.prefixItems as Json[] | undefined;
      if (prefix)
        return fc.tuple(...prefix.map((p) => valueFor(p, doc, dict, depth + 1, wrongness)));
      return fc.array(valueFor(items, doc, dict, depth + 1, wrongness), {
        maxLength: Math.min(typeof s.maxItems === 'number' ? s.maxItems + 1 : 6, 12),
      });
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      const required = new Set((s.required ?? []) as string[]);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) {
        model[k] = valueFor(v, doc, dict, depth + 1, wrongness);
      }
      const known = fc.record(model, {
        requiredKeys: Object.keys(props).filter((k) => required.has(k)),
      });
      if (wrongness < MILD) return known;
      // Sometimes a key the schema does not know, sometimes a required key missing.
      return fc
        .tuple(
          known,
          fc.option(fc.dictionary(stringArb(dict), weirdJson(dict), { maxKeys: 3 }), {
            freq: 5,
          }),
          fc.option(fc.constantFrom(...(required.size ? [...required] : ['-'])), { freq: 6 }),
        )
        .map(([obj, extra, drop]) => {
          const out: Json = { ...(obj as Json), ...(extra ?? {}) };
          if (drop) delete out[drop];
          return out;
        });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

const asText = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'bigint' ? v.toString() : (JSON.stringify(v) ?? '');

/** Percent-encoding, correct most of the time; sometimes broken on purpose. */
const encoded = () =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant((s: string) => safeEncode(s)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        (s: string) => `${safeEncode(s)}%`,
        (s: string) => `${safeEncode(s)}%zz`,
        (s: string) => `%E0%A4%A${safeEncode(s)}`,
        (s: string) => `${safeEncode(s)}%C0%AF`,
        (s: string) => `%FF%FE${safeEncode(s)}`,
        (s: string) => `${safeEncode(s)}%00`,
        (_s: string) => '%2e%2e%2f%2e%2e%2f',
        (s: string) => s.replace(/[^\x21-\x7e]/g, (c) => safeEncode(c)).replace(/#/g, '%23'),
      ),
    },
  );

/** encodeURIComponent without its URIError on lone surrogates (sent as raw bytes instead). */
function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return Buffer.from(s, 'utf8').toString('hex').replace(/(..)/g, '%$1');
  }
}

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=koi8-r',
  'application/json; charset=nonsense',
  'application/vnd.api+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  '*/*',
  'application',
  ';;;',
  '',
];

const BAD_BODIES = [
  '{',
  '{"query":',
  '[1,2',
  "{'a': 1}",
  '{"a":1}{"b":2}',
  'undefined',
  'NaN',
  '',
  '   ',
  '"just a string"',
  '123',
  'null',
  'true',
  '[]',
  '\ufeff{"text":"bom"}',
  '{"text":"\\ud800"}',
  '{"query":"RETURN 1","query":"RETURN 2"}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
];

const ENCODINGS = ['gzip', 'deflate', 'br', 'identity', 'compress', 'x-unknown', 'gzip, gzip'];

interface BodyPlan {
  bytes: Buffer;
  type: string | null;
  encoding: string | null;
  note: string;
}

function bodyArb(
  op: Operation,
  doc: Json,
  dict: Dictionary,
  wrongness: number,
): fc.Arbitrary<BodyPlan | null> {
  const schema = op.body ?? {};
  const json = valueFor(schema, doc, dict, 0, wrongness).map((v) =>
    Buffer.from(JSON.stringify(v) ?? 'null'),
  );
  if (wrongness < MILD) {
    if (!op.body) return fc.constant(null);
    return json.map((bytes) => ({
      bytes,
      type: 'application/json',
      encoding: null,
      note: `near-valid body ${bytes.length} B`,
    }));
  }
  const raw = fc.oneof(
    fc.constantFrom(...BAD_BODIES).map((t) => Buffer.from(t)),
    fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    fc.constantFrom(
      Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
      Buffer.from('{"text":"\xff\xfe"}', 'latin1'),
    ),
    fc.integer({ min: 1000, max: 20_000 }).map((n) => Buffer.from('['.repeat(n) + ']'.repeat(n))),
    fc
      .constantFrom(101 * 1024, 1024 * 1024 + 10)
      .map((n) => Buffer.from(JSON.stringify({ text: 'x'.repeat(n), query: 'RETURN 1' }))),
  );
  const plan = fc.record({
    bytes: fc.oneof({ weight: 5, arbitrary: json }, { weight: 2, arbitrary: raw }),
    type: fc.oneof(
      { weight: 3, arbitrary: fc.constant('application/json') as fc.Arbitrary<string | null> },
      {
        weight: 2,
        arbitrary: fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 12 }) as fc.Arbitrary<
          string | null
        >,
      },
    ),
    encoding: fc.option(fc.constantFrom(...ENCODINGS), { freq: 10 }),
  });
  const withBody = plan.map((p) => ({
    ...p,
    note: `body ${p.bytes.length} B, type ${p.type ?? '(none)'}${p.encoding ? `, encoding ${p.encoding}` : ''}`,
  }));
  // GETs sometimes carry a body too (the JSON parser runs before the routes).
  return op.body
    ? withBody
    : fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: withBody });
}

function queryArb(
  op: Operation,
  doc: Json,
  dict: Dictionary,
  wrongness: number,
): fc.Arbitrary<string[]> {
  const mild = wrongness < MILD;
  const declared = op.parameters.filter((p) => p.in === 'query');
  const one = (name: string, schema: Json) =>
    fc
      .tuple(
        valueFor(schema, doc, dict, 0, wrongness),
        mild ? fc.constant(safeEncode) : encoded(),
        mild
          ? fc.constant('plain')
          : fc.constantFrom(
              'plain',
              'plain',
              'plain',
              'plain',
              'repeated',
              'brackets',
              'csv',
              'bare',
            ),
        fc.array(valueFor(schema, doc, dict, 0, wrongness), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
      )
      .map(([v, f, how, more, split]) => {
        const k = safeEncode(name);
        const values = Array.isArray(v) ? v.map(asText) : [asText(v)];
        switch (how) {
          case 'repeated':
            return [values, ...more.map((m) => [asText(m)])].map((x) => `${k}=${f(x.join(','))}`);
          case 'brackets':
            return [`${k}[]=${f(values.join(','))}`, `${k}[x]=${f(asText(more[0]))}`];
          case 'csv':
            return [`${k}=${f(values.join(','))}`];
          case 'bare':
            return [k];
          default:
            return values.length > 1 && split
              ? values.map((x) => `${k}=${f(x)}`)
              : [`${k}=${f(values.join(','))}`];
        }
      });
  const parts = declared.map((p) =>
    fc.option(one(p.name, p.schema ?? {}), { freq: p.required ? 8 : 2 }),
  );
  if (mild) return fc.tuple(...parts).map((ps) => ps.flatMap((p) => p ?? []));
  const unknown = fc.option(
    fc.tuple(
      fc.constantFrom('x', '__proto__', 'constructor', 'q[', 'limit[]', '', '%'),
      stringArb(dict),
    ),
    { freq: 6 },
  );
  return fc.tuple(fc.tuple(...parts), unknown).map(([ps, u]) => {
    const out = ps.flatMap((p) => p ?? []);
    if (u) out.push(`${u[0]}=${safeEncode(u[1])}`);
    return out;
  });
}

const HEADER_SETS = fc.record({
  accept: fc.option(
    fc.constantFrom('application/json', 'text/html', '*/*', 'image/png', 'application/xml;q=0', ''),
    { freq: 3 },
  ),
  'accept-encoding': fc.option(
    fc.constantFrom('gzip', 'br', 'deflate', 'identity', 'gzip;q=0, identity;q=0', '*;q=0', 'x'),
    { freq: 3 },
  ),
  'x-request-id': fc.option(fc.constantFrom('abc', '../../', 'x'.repeat(300), '\t'), {
    freq: 8,
  }),
  authorization: fc.option(fc.constantFrom('Bearer ', 'Bearer x', 'Basic Og==', 'x'.repeat(2000)), {
    freq: 8,
  }),
  'if-none-match': fc.option(fc.constantFrom('*', 'W/"x"', '"'), { freq: 8 }),
});

/**
 * Generated requests for one operation: half near valid (they should mostly reach the
 * database, with edge values), half hostile (wrong at any level, malformed on the wire).
 */
export function requestArb(op: Operation, doc: Json, dict: Dictionary): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(requestsOf(op, doc, dict, 0.02), requestsOf(op, doc, dict, 0.15));
}

function requestsOf(
  op: Operation,
  doc: Json,
  dict: Dictionary,
  wrongness: number,
): fc.Arbitrary<FuzzRequest> {
  const mild = wrongness < MILD;
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const pathValues = fc.tuple(
    ...pathParams.map((p) =>
      fc
        .tuple(
          valueFor(p.schema ?? {}, doc, dict, 0, wrongness),
          mild ? fc.constant(safeEncode) : encoded(),
        )
        .map(([v, f]) => f(asText(v))),
    ),
  );
  const method = mild
    ? fc.constant(op.method)
    : fc.oneof(
        { weight: 30, arbitrary: fc.constant(op.method) },
        { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'GET', 'POST') },
      );
  return fc
    .record({
      method,
      pathValues,
      query: queryArb(op, doc, dict, wrongness),
      body: bodyArb(op, doc, dict, wrongness),
      headers: mild ? fc.constant<Record<string, string | null>>({}) : HEADER_SETS,
    })
    .map(({ method, pathValues, query, body, headers }) => {
      let i = 0;
      const path = op.path.replace(/\{[^}]+\}/g, () => pathValues[i++] ?? '');
      const h: Record<string, string> = {};
      for (const [k, v] of Object.entries(headers)) if (v !== null) h[k] = v;
      if (body?.type) h['content-type'] = body.type;
      if (body?.encoding) h['content-encoding'] = body.encoding;
      return {
        method,
        url: path + (query.length ? `?${query.join('&')}` : ''),
        headers: h,
        ...(body ? { body: body.bytes } : {}),
        note: body?.note ?? 'no body',
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Sending and judging

export async function send(base: URL, r: FuzzRequest, timeoutMs = 60_000): Promise<FuzzAnswer> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.url,
        headers: {
          host: base.host,
          ...r.headers,
          ...(r.body ? { 'content-length': String(r.body.length) } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          let buf = Buffer.concat(chunks);
          const enc = res.headers['content-encoding'];
          try {
            if (enc === 'gzip') buf = zlib.gunzipSync(buf);
            else if (enc === 'br') buf = zlib.brotliDecompressSync(buf);
            else if (enc === 'deflate') buf = zlib.inflateSync(buf);
          } catch (err) {
            reject(new Error(`undecodable ${enc} answer: ${String(err)}`));
            return;
          }
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: buf.toString('utf8'),
            ms: performance.now() - t0,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(r.body);
  });
}

/** What is wrong with an answer, or null. */
export function judge(r: FuzzRequest, a: FuzzAnswer): string | null {
  if (a.status >= 500) return `${a.status}: ${a.text.slice(0, 300)}`;
  if (r.method === 'HEAD' || a.status === 304 || a.status === 204) return null;
  const isJson = /^application\/json/.test(a.contentType);
  if (a.status >= 400) {
    if (!isJson)
      return `${a.status} without a JSON error body (${a.contentType}): ${a.text.slice(0, 200)}`;
    let body: unknown;
    try {
      body = JSON.parse(a.text);
    } catch {
      return `${a.status} with unparseable JSON: ${a.text.slice(0, 200)}`;
    }
    const parsed = ErrorBody.safeParse(body);
    if (!parsed.success) return `${a.status} without the error body: ${a.text.slice(0, 200)}`;
    return null;
  }
  if (isJson) {
    try {
      JSON.parse(a.text);
    } catch {
      return `${a.status} with unparseable JSON: ${a.text.slice(0, 200)}`;
    }
  }
  return null;
}

export function describe(r: FuzzRequest): string {
  const url = r.url.length > 240 ? `${r.url.slice(0, 240)}…(${r.url.length} chars)` : r.url;
  const body = r.body
    ? ` body=${JSON.stringify(r.body.subarray(0, 160).toString('utf8'))}${r.body.length > 160 ? '…' : ''}`
    : '';
  return `${r.method} ${url} [${r.note}; headers ${JSON.stringify(r.headers).slice(0, 200)}]${body}`;
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  byOperation: Record<string, number>;
  /** Slowest answer per operation (ms). */
  slowest: Record<string, number>;
  problems: Problem[];
  ms: number;
  slowestMs: number;
}

/**
 * Sends `total` generated requests spread over every operation (`concurrency` at a time) and
 * judges each answer. `seed` makes a run repeatable.
 */
export async function fuzzApi(options: {
  base: URL;
  doc: Json;
  dict: Dictionary;
  total: number;
  seed: number;
  concurrency?: number;
  log?: (line: string) => void;
}): Promise<FuzzReport> {
  const ops = operationsOf(options.doc);
  const perOp = Math.ceil(options.total / ops.length);
  const queue: { op: Operation; req: FuzzRequest }[] = [];
  ops.forEach((op, i) => {
    const reqs = fc.sample(requestArb(op, options.doc, options.dict), {
      numRuns: perOp,
      seed: options.seed + i,
    });
    for (const req of reqs) queue.push({ op, req });
  });
  // Interleave operations, so concurrent requests hit different endpoints.
  const shuffled = fc.sample(fc.shuffledSubarray(queue, { minLength: queue.length }), {
    numRuns: 1,
    seed: options.seed,
  })[0]!;
  const report: FuzzReport = {
    requests: 0,
    byStatus: {},
    byOperation: {},
    slowest: {},
    problems: [],
    ms: 0,
    slowestMs: 0,
  };
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < shuffled.length) {
      const { op, req } = shuffled[next++]!;
      const name = `${op.method} ${op.path}`;
      let problem: string | null;
      try {
        const answer = await send(options.base, req);
        report.byStatus[answer.status] = (report.byStatus[answer.status] ?? 0) + 1;
        report.slowestMs = Math.max(report.slowestMs, answer.ms);
        report.slowest[name] = Math.round(Math.max(report.slowest[name] ?? 0, answer.ms));
        problem = judge(req, answer);
      } catch (err) {
        report.byStatus.dropped = (report.byStatus.dropped ?? 0) + 1;
        problem = `no answer: ${err instanceof Error ? err.message : String(err)}`;
      }
      report.requests++;
      report.byOperation[name] = (report.byOperation[name] ?? 0) + 1;
      if (problem) report.problems.push({ operation: name, request: describe(req), what: problem });
      if (report.requests % 1000 === 0) options.log?.(`${report.requests} requests sent`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  report.ms = performance.now() - t0;
  return report;
}
