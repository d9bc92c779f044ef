/**
 * The LLM extractor against a chat-completions server inside this test: it stands in for the
 * external API (answers written here), records what it was sent, and can be slow, fail or
 * answer garbage. Checked: the request, the mapping of what the model copied onto the text, each
 * reason to drop an item, the date checks, every failure of the exchange, and the CLIs without
 * an endpoint configured.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { createApp, createDriver } from '@kg/server';
import { parse } from 'yaml';
import {
  CURATED_RELATIONSHIP_TYPES,
  Draft,
  EntityRegistry,
  ErrorBody,
  ExtractionFile,
} from '@kg/server/contracts';
import { ConfigError, loadConfig } from '@kg/server/config';
import {
  createHybridExtractor,
  createLlmExtractor,
  draftArticle,
  draftArticleWith,
  mergeDrafts,
  llmSettings,
  LlmError,
  type LlmSettings,
} from '../../scripts/src/draft/index';
import { partsOf, retryAfterMs } from '../../scripts/src/draft/llm';
import { createDoc } from '../../scripts/src/draft/document';
import { validateDraft } from '../../scripts/src/draft/validate';
import { heldOutCases, leaveOneOutCases, runCases } from '../../scripts/src/eval/extraction';
import { totals } from '../../scripts/src/eval/report';
import { context, REPO, SEEDS } from './helpers';

interface Seen {
  headers: http.IncomingHttpHeaders;
  url: string;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format: { type: string; json_schema: { name: string; schema: SchemaNode } };
  };
}
interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
  required?: string[];
  additionalProperties?: boolean;
}
type Reply = {
  status?: number;
  body: string;
  delayMs?: number;
  headers?: Record<string, string>;
  /** Close the connection without answering. */
  reset?: boolean;
};

let server: http.Server;
let base: string;
let reply: Reply = { body: '' };
/** Answers given first, one per request, before `reply`. */
let queue: Reply[] = [];
/** Requests whose connection the extractor closed before the answer. */
let closedEarly = 0;
/** When set, the answer to each request from its user message (before `queue`). */
let answerFor: ((user: string) => Reply) | undefined;
const seen: (Seen & { at: number })[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      seen.push({
        headers: req.headers,
        url: req.url ?? '',
        body: JSON.parse(raw) as Seen['body'],
        at: Date.now(),
      });
      const user = seen.at(-1)!.body.messages.find((m) => m.role === 'user')?.content ?? '';
      const {
        status = 200,
        body,
        delayMs = 0,
        headers = {},
        reset,
      } = answerFor?.(user) ?? queue.shift() ?? reply;
      if (reset) {
        req.socket.destroy();
        return;
      }
      const t = setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body);
      }, delayMs);
      res.on('close', () => {
        clearTimeout(t);
        if (!res.writableFinished) closedEarly++;
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
  closedEarly = 0;
  queue = [];
  answerFor = undefined;
});

const settings = (over: Partial<LlmSettings> = {}): LlmSettings => ({
  baseUrl: base,
  model: 'test-model-7b',
  apiKey: 'sk-test-123',
  timeoutMs: 5000,
  retries: 2,
  retryBaseMs: 1,
  retryMaxMs: 5000,
  chunkChars: 12000,
  ...over,
});

/** A chat completion whose message content is `answer` as JSON. */
const completion = (answer: unknown) =>
  JSON.stringify({
    id: 'cmpl-1',
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: JSON.stringify(answer) },
        finish_reason: 'stop',
      },
    ],
  });

// A text of our own: curly quotes, a hard line break inside a sentence, a weekday.
const TEXT = [
  'Envoy pledges more talks',
  '',
  'Steve Witkoff said on Friday that talks with Iran would go on. “We are not going to',
  'stop talking,” Witkoff told reporters.',
  '',
  'Russia rejected the idea that it was passing intelligence to Iran. The Caspian Policy Forum, a',
  'research group, said Moscow had “no reason” to hide anything.',
].join('\n');
const DATE = '2026-03-14'; // a Saturday: "on Friday" is 2026-03-13

const WITKOFF = {
  key: 'steve-witkoff',
  registryId: 'steve-witkoff',
  name: 'Steve Witkoff',
  label: 'Person',
};
const IRAN = { key: 'iran', registryId: 'iran', name: 'Iran', label: 'Country' };
const RUSSIA = { key: 'russia', registryId: 'russia', name: 'Russia', label: 'Country' };
const FORUM = {
  key: 'forum',
  registryId: null,
  name: 'Caspian Policy Forum',
  label: 'Organization',
};

const SAID = {
  type: 'SAID',
  from: 'steve-witkoff',
  to: 'iran',
  // Straight quotes and one space where the text has curly quotes and a line break.
  quote: '"We are not going to stop talking,"',
  evidence: ['"We are not going to stop talking," Witkoff told reporters.'],
  date: null,
  dateText: null,
  alleged: false,
};

async function run(answer: unknown, over: Partial<LlmSettings> = {}, date: string | null = DATE) {
  reply = { body: completion(answer) };
  return draftArticleWith(
    { text: TEXT, ...(date ? { date } : {}) },
    context(),
    createLlmExtractor(settings(over)),
  );
}

const rel = (d: Draft, type: string, from: string, to: string) =>
  d.relationships.find((r) => r.type === type && r.from === from && r.to === to);

describe('the request', () => {
  it('posts the model, the key, the answer schema, the types, the known entities and the article', async () => {
    await run({ entities: [], relationships: [] });
    expect(seen).toHaveLength(1);
    const s = seen[0]!;
    expect(s.url).toBe('/v1/chat/completions');
    expect(s.headers.authorization).toBe('Bearer sk-test-123');
    expect(s.body.model).toBe('test-model-7b');
    expect(s.body.response_format.type).toBe('json_schema');
    const schema = s.body.response_format.json_schema.schema;
    expect(schema.required).toEqual(['entities', 'relationships']);
    expect(schema.additionalProperties).toBe(false);
    const relSchema = schema.properties!.relationships!.items!;
    expect(relSchema.properties!.type!.enum).toEqual([...CURATED_RELATIONSHIP_TYPES]);
    expect(relSchema.required).toEqual(
      expect.arrayContaining(['quote', 'evidence', 'date', 'dateText']),
    );
    const user = s.body.messages.find((m) => m.role === 'user')!.content;
    for (const t of CURATED_RELATIONSHIP_TYPES) expect(user).toMatch(new RegExp(`^- ${t}: `, 'm'));
    expect(user).not.toMatch(/^- MENTIONS:/m);
    expect(user).toContain(
      '- LEADS: heads a state, body or operation (Person -> Organization|Country|Event)',
    );
    expect(user).toContain('- steve-witkoff | Steve Witkoff | Person');
    expect(user).toContain('- russia | Russia | Country');
    expect(user).toContain(`Article date: ${DATE}`);
    expect(user).toContain('Steve Witkoff said on Friday that talks with Iran would go on.');
  });

  it('sends no Authorization header without a key, and tolerates a trailing slash', async () => {
    await run({ entities: [], relationships: [] }, { apiKey: undefined, baseUrl: `${base}/` });
    expect(seen[0]!.url).toBe('/v1/chat/completions');
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });
});

describe('what the model copied', () => {
  it('is mapped onto the text: white space and quote marks may differ, the draft holds the text', async () => {
    const d = await run({ entities: [WITKOFF, IRAN], relationships: [SAID] });
    const r = rel(d, 'SAID', 'steve-witkoff', 'iran');
    expect(r).toBeDefined();
    expect(r!.quote).toBe('We are not going to\nstop talking,');
    expect(r!.evidence).toEqual(['“We are not going to\nstop talking,” Witkoff told reporters.']);
    expect(r!.rule).toBe('llm:test-model-7b');
    expect(r!.confidence).toBe(0.5);
    expect(validateDraft(d, d.text!)).toEqual([]);
    const witkoff = d.entities.find((e) => e.id === 'steve-witkoff')!;
    expect(witkoff.status).toBe('existing');
    expect(witkoff.mentions.map((m) => m.text)).toEqual(['Steve Witkoff', 'Witkoff']);
    expect(d.notes[0]).toMatch(
      /^Drafted by the LLM extractor \(test-model-7b at http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions\)/,
    );
  });

  it('proposes a new entity under its name in the text, with its mentions', async () => {
    const d = await run({
      entities: [FORUM, RUSSIA],
      relationships: [
        {
          type: 'SAID',
          from: 'forum',
          to: 'russia',
          quote: 'no reason',
          evidence: [
            'The Caspian Policy Forum, a research group, said Moscow had “no reason” to hide anything.',
          ],
          date: null,
          dateText: null,
          alleged: false,
        },
      ],
    });
    const forum = d.entities.find((e) => e.name === 'Caspian Policy Forum')!;
    expect(forum).toMatchObject({
      id: 'caspian-policy-forum',
      status: 'new',
      label: 'Organization',
    });
    expect(forum.mentions).toHaveLength(1);
    // The evidence crosses the line break the text has after "a".
    expect(rel(d, 'SAID', 'caspian-policy-forum', 'russia')!.evidence[0]).toContain(
      'a\nresearch group',
    );
  });

  const dropped: [string, unknown, RegExp][] = [
    [
      'a quote that is not in the text',
      { ...SAID, quote: 'We will never stop talking' },
      /dropped SAID steve-witkoff -> iran: its quote "We will never stop talking" is not verbatim/,
    ],
    [
      'evidence that is not in the text',
      { ...SAID, evidence: ['Witkoff told reporters the talks would go on.'] },
      /dropped SAID steve-witkoff -> iran: its evidence "Witkoff told reporters the talks would go on\." is not verbatim/,
    ],
    [
      'a SAID without a quote',
      { ...SAID, quote: null },
      /dropped SAID steve-witkoff -> iran: SAID needs a quote/,
    ],
    [
      'labels RELATIONSHIP_RULES does not allow',
      { ...SAID, type: 'LEADS', from: 'iran', to: 'steve-witkoff', quote: null },
      /dropped LEADS iran -> steve-witkoff: LEADS cannot connect Country to Person/,
    ],
    [
      'an unknown type',
      { ...SAID, type: 'BEFRIENDED' },
      /dropped a relationship "steve-witkoff" -> "iran": unknown type "BEFRIENDED"/,
    ],
    [
      'a key no entity has',
      { ...SAID, to: 'tehran' },
      /dropped SAID steve-witkoff -> tehran: no entity of the answer has the key "tehran"/,
    ],
  ];
  it.each(dropped)('drops %s with a note, keeping the rest', async (_name, bad, note) => {
    const russiaSaid = {
      type: 'REPORTED',
      from: 'forum',
      to: 'russia',
      quote: null,
      evidence: [
        'The Caspian Policy Forum, a research group, said Moscow had “no reason” to hide anything.',
      ],
      date: null,
      dateText: null,
      alleged: false,
    };
    const d = await run({
      entities: [WITKOFF, IRAN, RUSSIA, FORUM],
      relationships: [bad, russiaSaid],
    });
    expect(d.notes.some((n) => note.test(n))).toBe(true);
    expect(d.relationships.map((r) => `${r.type} ${r.from} ${r.to}`)).toEqual([
      'REPORTED caspian-policy-forum russia',
    ]);
  });

  it('drops an unknown registry id, a new name the text lacks and an unknown label, with their relationships', async () => {
    const d = await run({
      entities: [
        WITKOFF,
        { key: 'tass', registryId: 'tass-agency', name: 'TASS', label: 'Outlet' },
        { key: 'lavrov', registryId: null, name: 'Sergei Lavrov', label: 'Person' },
        { key: 'group', registryId: null, name: 'Caspian Policy Forum', label: 'ThinkTank' },
        IRAN,
      ],
      relationships: [
        { ...SAID, from: 'lavrov' },
        { ...SAID, type: 'REPORTED', from: 'tass', quote: null },
        SAID,
      ],
    });
    expect(d.notes).toEqual(
      expect.arrayContaining([
        'LLM: dropped entity "Caspian Policy Forum": unknown label "ThinkTank".',
        'LLM: dropped entity "TASS": "tass-agency" is not a registry id.',
        'LLM: dropped entity "Sergei Lavrov": its name is not in the text.',
      ]),
    );
    expect(d.entities.map((e) => e.id).sort()).toEqual(['iran', 'steve-witkoff']);
    expect(d.relationships.map((r) => `${r.type} ${r.from}`)).toEqual(['SAID steve-witkoff']);
    expect(
      d.notes.filter((n) => /no entity of the answer has the key "(lavrov|tass)"/.test(n)),
    ).toHaveLength(2);
  });

  it('takes a name or a registry id written where the key belongs, when one entity has it', async () => {
    const d = await run({
      entities: [{ ...WITKOFF, key: 'e1' }, { ...IRAN, key: 'e2' }, FORUM],
      relationships: [
        { ...SAID, from: 'Steve Witkoff', to: 'iran' },
        {
          ...SAID,
          from: 'Caspian Policy Forum',
          to: 'e2',
          quote: 'no reason',
          evidence: ['Moscow had “no reason” to hide anything.'],
        },
      ],
    });
    expect(d.relationships.map((r) => `${r.type} ${r.from} ${r.to}`)).toEqual([
      'SAID steve-witkoff iran',
      'SAID caspian-policy-forum iran',
    ]);
  });

  it('keeps a new event named by the model on its relationships, and a name only as whole words', async () => {
    const d = await run({
      entities: [
        WITKOFF,
        { key: 'talks', registryId: null, name: 'Witkoff statement on Iran talks', label: 'Event' },
        { key: 'ran', registryId: null, name: 'Ran', label: 'Person' },
        {
          key: 'long',
          registryId: null,
          name: `The ${'very '.repeat(30)}long event`,
          label: 'Event',
        },
        { key: 'forum', registryId: null, name: 'the Caspian Policy Forum', label: 'Organization' },
        IRAN,
      ],
      relationships: [
        {
          ...SAID,
          type: 'PARTICIPATED_IN',
          to: 'talks',
          quote: null,
          evidence: ['Steve Witkoff said on Friday that talks with Iran would go on.'],
        },
        { ...SAID, from: 'ran' },
        { ...SAID, type: 'PARTICIPATED_IN', to: 'long', quote: null },
      ],
    });
    const talks = d.entities.find((e) => e.label === 'Event')!;
    expect(talks).toMatchObject({
      name: 'Witkoff statement on Iran talks',
      status: 'new',
      mentions: [],
    });
    expect(rel(d, 'PARTICIPATED_IN', 'steve-witkoff', talks.id)).toBeDefined();
    expect(d.notes).toContain(
      'LLM: the event "Witkoff statement on Iran talks" is named by the model, not by the text; its relationships rest on their evidence.',
    );
    // "Ran" is not a word of the text ("Iran" is); "the Caspian Policy Forum" is, after "The".
    expect(d.notes).toContain('LLM: dropped entity "Ran": its name is not in the text.');
    expect(
      d.notes.some((n) =>
        /^LLM: dropped entity "The very .*\.\.\.": its name is too long\.$/.test(n),
      ),
    ).toBe(true);
    expect(d.entities.filter((e) => e.label === 'Event')).toHaveLength(1);
    expect(d.notes.some((n) => n.includes('"the Caspian Policy Forum"'))).toBe(false);
  });

  it('links a "new" entity that the registry holds under that name to its registry id', async () => {
    const d = await run({
      entities: [{ key: 'w', registryId: null, name: 'Steve Witkoff', label: 'Person' }, IRAN],
      relationships: [{ ...SAID, from: 'w' }],
    });
    expect(rel(d, 'SAID', 'steve-witkoff', 'iran')).toBeDefined();
    expect(d.entities.find((e) => e.id === 'steve-witkoff')!.status).toBe('existing');
  });
});

describe('dates', () => {
  const said = (date: string | null, dateText: string | null) => ({
    ...SAID,
    evidence: ['Steve Witkoff said on Friday that talks with Iran would go on.'],
    date,
    dateText,
  });
  const dated = (d: Draft) => rel(d, 'SAID', 'steve-witkoff', 'iran')!.date;

  it('keeps a date that chrono reads in the words given, against the article date', async () => {
    const d = await run({
      entities: [WITKOFF, IRAN],
      relationships: [said('2026-03-13', 'on Friday')],
    });
    expect(dated(d)).toBe('2026-03-13');
    expect(d.notes.filter((n) => /date left out/.test(n))).toEqual([]);
  });

  const refused: [string, string | null, string | null, string | null, RegExp][] = [
    [
      'another day',
      '2026-03-12',
      'on Friday',
      DATE,
      /"on Friday" reads as 2026-03-13 against the article date 2026-03-14, not 2026-03-12/,
    ],
    [
      'words that are not in the text',
      '2026-03-13',
      'on Thursday',
      DATE,
      /its words "on Thursday" are not in the text/,
    ],
    ['no words at all', '2026-03-13', null, DATE, /no words of the text were given for 2026-03-13/],
    [
      'words that give no day',
      '2026-03-13',
      'talks with Iran',
      DATE,
      /"talks with Iran" gives no day against the article date/,
    ],
    [
      'a weekday in an undated article',
      '2026-03-13',
      'on Friday',
      null,
      /"on Friday" gives no day \(the article has no date\)/,
    ],
    ['a malformed date', '2026-02-30', 'on Friday', DATE, /"2026-02-30" is not a YYYY-MM-DD date/],
  ];
  it.each(refused)(
    'leaves out %s, keeping the relationship, with a note',
    async (_n, date, words, articleDate, note) => {
      const d = await run(
        { entities: [WITKOFF, IRAN], relationships: [said(date, words)] },
        {},
        articleDate,
      );
      expect(dated(d)).toBeUndefined();
      expect(
        d.notes.some(
          (n) => /^LLM: SAID steve-witkoff -> iran: date left out: /.test(n) && note.test(n),
        ),
      ).toBe(true);
    },
  );
});

describe('a failed exchange', () => {
  const extract = (over: Partial<LlmSettings> = {}) =>
    draftArticleWith({ text: TEXT, date: DATE }, context(), createLlmExtractor(settings(over)));

  const failures: [string, Reply, Partial<LlmSettings>, RegExp][] = [
    [
      'a timeout',
      { body: completion({ entities: [], relationships: [] }), delayMs: 2000 },
      { timeoutMs: 200 },
      /no answer within 200 ms \(KG_LLM_TIMEOUT_MS\)/,
    ],
    [
      'HTTP 500',
      { status: 500, body: '{"error":{"message":"model crashed"}}' },
      {},
      /answered HTTP 500: \{"error":\{"message":"model crashed"\}\}/,
    ],
    [
      'a body that is not JSON',
      { body: '<html>Bad gateway</html>' },
      {},
      /answered something that is not JSON: <html>Bad gateway<\/html>/,
    ],
    [
      'no chat completion',
      { body: '{"result":"ok"}' },
      {},
      /the answer is not a chat completion: choices:/,
    ],
    [
      'content that is not JSON',
      {
        body: JSON.stringify({
          choices: [
            { message: { content: 'Here are the entities: Witkoff' }, finish_reason: 'stop' },
          ],
        }),
      },
      {},
      /the model's answer is not JSON: Here are the entities: Witkoff/,
    ],
    [
      'a fenced answer after a reasoning block, still outside the schema',
      {
        body: JSON.stringify({
          choices: [
            { message: { content: '<think>Let me see.</think>\n```json\n{"entities": []}\n```' } },
          ],
        }),
      },
      {},
      /does not follow the schema: relationships: /,
    ],
    [
      'an answer outside the schema',
      { body: completion({ entities: [WITKOFF] }) },
      {},
      /does not follow the schema: relationships:/,
    ],
    [
      'a relationship of the wrong shape',
      { body: completion({ entities: [], relationships: [{ type: 'SAID', from: 1 }] }) },
      {},
      /does not follow the schema: relationships\.0\.from/,
    ],
  ];
  it.each(failures)(
    '%s is an LlmError naming the endpoint, and no draft',
    async (_n, r, over, message) => {
      reply = r;
      const p = extract(over);
      await expect(p).rejects.toBeInstanceOf(LlmError);
      await expect(p).rejects.toThrow(`LLM endpoint ${base}/chat/completions: `);
      await expect(p).rejects.toThrow(message);
    },
  );

  it('an endpoint nobody listens on is an LlmError saying it cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const p = extract({ baseUrl: `http://127.0.0.1:${port}/v1` });
    await expect(p).rejects.toThrow(
      `LLM endpoint http://127.0.0.1:${port}/v1/chat/completions: cannot be reached (ECONNREFUSED)`,
    );
    const err = (await p.catch((e: unknown) => e)) as LlmError;
    expect(err.status).toBe(502);
  });
});

describe('retries', () => {
  const EMPTY = completion({ entities: [], relationships: [] });
  const extract = (over: Partial<LlmSettings> = {}) =>
    draftArticleWith({ text: TEXT, date: DATE }, context(), createLlmExtractor(settings(over)));
  const failure = async (over: Partial<LlmSettings> = {}) => {
    const err = await extract(over).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LlmError);
    return err as LlmError;
  };
  const gaps = () => seen.slice(1).map((s, k) => s.at - seen[k]!.at);

  it('tries again after HTTP 503 and 500, waiting longer each time, and drafts the answer', async () => {
    queue = [
      { status: 503, body: 'loading' },
      { status: 500, body: 'oops' },
    ];
    reply = { body: completion({ entities: [WITKOFF, IRAN], relationships: [SAID] }) };
    const d = await extract({ retryBaseMs: 100 });
    expect(seen).toHaveLength(3);
    expect(rel(d, 'SAID', 'steve-witkoff', 'iran')).toBeDefined();
    const [first, second] = gaps();
    expect(first).toBeGreaterThanOrEqual(95);
    expect(second).toBeGreaterThanOrEqual(195);
  });

  it('waits what Retry-After asks on HTTP 429, not the base wait', async () => {
    queue = [{ status: 429, body: 'slow down', headers: { 'retry-after': '1' } }];
    reply = { body: EMPTY };
    await extract();
    expect(seen).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(990);
  });

  it('gives up at once when Retry-After asks for more than KG_LLM_RETRY_MAX_MS', async () => {
    reply = { status: 429, body: 'quota', headers: { 'retry-after': '120' } };
    const err = await failure({ retryMaxMs: 2000 });
    expect(seen).toHaveLength(1);
    expect(err.attempts).toBe(1);
    expect(err.message).toBe(
      `LLM endpoint ${base}/chat/completions: answered HTTP 429: quota (its Retry-After asks for 120 s, more than KG_LLM_RETRY_MAX_MS (2000 ms): gave up after 1 attempt)`,
    );
  });

  it('names the endpoint, the attempts and the last cause when every attempt fails', async () => {
    queue = [
      { status: 502, body: 'bad gateway' },
      { status: 429, body: 'busy' },
    ];
    reply = { status: 500, body: 'model crashed' };
    const err = await failure();
    expect(seen).toHaveLength(3);
    expect(err.attempts).toBe(3);
    expect(err.status).toBe(502);
    expect(err.message).toBe(
      `LLM endpoint ${base}/chat/completions: answered HTTP 500: model crashed (gave up after 3 attempts)`,
    );
  });

  it('makes one attempt when KG_LLM_RETRIES is 0', async () => {
    reply = { status: 503, body: 'loading' };
    const err = await failure({ retries: 0 });
    expect(seen).toHaveLength(1);
    expect(err.message).toMatch(/answered HTTP 503: loading \(one attempt: KG_LLM_RETRIES is 0\)$/);
  });

  it.each([
    [
      'HTTP 400',
      { status: 400, body: 'bad request' },
      /answered HTTP 400: bad request \(not retried\)$/,
    ],
    ['HTTP 401', { status: 401, body: 'no key' }, /answered HTTP 401: no key \(not retried\)$/],
    ['HTTP 404', { status: 404, body: 'no model' }, /answered HTTP 404: no model \(not retried\)$/],
    ['a body that is not JSON', { body: '<html>' }, /answered something that is not JSON: <html>$/],
    [
      'an answer outside the schema',
      { body: completion({ entities: [] }) },
      /does not follow the schema/,
    ],
  ] as [string, Reply, RegExp][])('does not try again after %s', async (_n, r, message) => {
    reply = r;
    const err = await failure();
    expect(seen).toHaveLength(1);
    expect(err.attempts).toBe(1);
    expect(err.message).toMatch(message);
  });

  it('stops at a failure that is not transient after a transient one, saying which attempt', async () => {
    queue = [{ status: 503, body: 'loading' }];
    reply = { status: 400, body: 'context length exceeded' };
    const err = await failure();
    expect(seen).toHaveLength(2);
    expect(err.message).toMatch(
      /answered HTTP 400: context length exceeded \(attempt 2 of 3; not retried\)$/,
    );
  });

  it('tries again after a connection reset and after a timeout', async () => {
    queue = [
      { body: '', reset: true },
      { body: EMPTY, delayMs: 1000 },
    ];
    reply = { body: EMPTY };
    const d = await extract({ timeoutMs: 300 });
    expect(seen).toHaveLength(3);
    expect(d.relationships).toEqual([]);
  });

  it('tries again on a refused connection, then names the cause and the attempts', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const t0 = Date.now();
    const err = await failure({
      baseUrl: `http://127.0.0.1:${port}/v1`,
      retries: 1,
      retryBaseMs: 200,
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(195);
    expect(err.attempts).toBe(2);
    expect(err.message).toBe(
      `LLM endpoint http://127.0.0.1:${port}/v1/chat/completions: cannot be reached (ECONNREFUSED) (gave up after 2 attempts)`,
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-14T12:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Sat, 14 Mar 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Sat, 14 Mar 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('a long article, in parts', () => {
  // Four paragraphs of our own; the first and the last hold the same quote.
  const P = [
    'Steve Witkoff said on Friday that talks with Iran would go on. “We are not going to stop talking,” Witkoff told reporters in a brief exchange.',
    'Russia rejected the idea that it was passing intelligence to Iran. The Caspian Policy Forum, a research group, said Moscow had “no reason” to hide anything.',
    'Officials in Washington declined to comment on the report. A spokesman said the department does not discuss intelligence matters, and that it never would.',
    'Witkoff later repeated his point at a second briefing. “We are not going to stop talking,” he said again, before leaving the room without further comment.',
  ];
  const LONG = P.join('\n\n');
  const at = (sentence: string) => LONG.indexOf(sentence);
  const saidIn = (evidence: string) => ({
    ...SAID,
    quote: 'We are not going to stop talking,',
    evidence: [evidence],
  });
  const FIRST = '“We are not going to stop talking,” Witkoff told reporters in a brief exchange.';
  const LAST =
    '“We are not going to stop talking,” he said again, before leaving the room without further comment.';

  it('cuts only where a paragraph or a sentence begins, each part within the size unless one sentence is longer', () => {
    const doc = createDoc(LONG, DATE);
    const parts = partsOf(doc, 200);
    expect(parts.map((p) => p.start)).toEqual([0, at(P[1]!), at(P[2]!), at(P[3]!)]);
    expect(parts.map((p) => LONG.slice(p.start, p.end)).join('')).toBe(LONG);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(200);
    for (const s of doc.sentences)
      expect(parts.filter((p) => p.start < s.end && s.start < p.end)).toHaveLength(1);
    // Two paragraphs fit in 320: the cut is between paragraphs, not after a sentence.
    expect(partsOf(doc, 320).map((p) => p.start)).toEqual([0, at(P[2]!)]);
    // Smaller than any sentence: one sentence a part, each whole, none cut.
    const tiny = partsOf(doc, 40);
    expect(tiny).toHaveLength(doc.sentences.length);
    for (const p of tiny) expect(LONG.slice(p.start, p.end)).toMatch(/^\S/);
    for (const s of doc.sentences)
      expect(tiny.filter((p) => p.start < s.end && s.start < p.end)).toHaveLength(1);
    expect(partsOf(doc, LONG.length)).toEqual([{ start: 0, end: LONG.length, index: 0, count: 1 }]);
  });

  it('cuts a long paragraph between sentences outside a quotation when it can', () => {
    const text =
      'The minister spoke at length. “We have said this before. We will say it again,” she told the chamber. Nobody answered her.';
    const doc = createDoc(text, DATE);
    const starts = partsOf(doc, 70).map((p) => p.start);
    expect(starts).not.toContain(text.indexOf('We will say it again'));
    expect(starts).toContain(text.indexOf('“We have said'));
  });

  it('sends each part with its place, maps the answers back onto the whole text and merges what two parts tell', async () => {
    answerFor = (user) => {
      if (user.includes(P[0]!))
        return { body: completion({ entities: [WITKOFF, IRAN], relationships: [saidIn(FIRST)] }) };
      if (user.includes(P[1]!))
        return {
          body: completion({
            entities: [FORUM, RUSSIA],
            relationships: [
              {
                ...SAID,
                from: 'forum',
                to: 'russia',
                quote: 'no reason',
                evidence: ['said Moscow had “no reason” to hide anything.'],
              },
            ],
          }),
        };
      if (user.includes(P[3]!))
        return {
          // Witkoff and Iran by the ids of the earlier part, not listed again.
          body: completion({ entities: [], relationships: [{ ...saidIn(LAST), alleged: true }] }),
        };
      return {
        body: completion({
          entities: [],
          // A quote and evidence of another part: the whole text holds them, this part not.
          relationships: [{ ...saidIn(FIRST), to: 'russia', from: 'caspian-policy-forum' }],
        }),
      };
    };
    const d = await draftArticleWith(
      { text: LONG, date: DATE },
      context(),
      createLlmExtractor(settings({ chunkChars: 200 })),
    );
    expect(seen).toHaveLength(4);
    const users = seen.map((x) => x.body.messages.find((m) => m.role === 'user')!.content);
    users.forEach((u, k) => {
      const start = at(P[k]!);
      expect(u).toContain(
        `This is part ${k + 1} of 4 of a long article: its characters ${start} to `,
      );
      expect(u).toContain(`Article text, part ${k + 1} of 4:\n${P[k]}`);
      for (const other of P.filter((_, j) => j !== k)) expect(u).not.toContain(other);
    });
    expect(users[0]).not.toContain('Entities drafted from the earlier parts');
    expect(users[3]).toContain('- caspian-policy-forum | Caspian Policy Forum | Organization');
    expect(users[3]).toContain('- steve-witkoff | Steve Witkoff | Person');
    // The registry entities each part holds, not the whole article's.
    const known = (u: string) => u.split('found in this part')[1]!.split('\n\n')[0]!;
    expect(known(users[2]!)).not.toMatch(/steve-witkoff|iran|russia/);
    expect(known(users[0]!)).toMatch(/steve-witkoff[\s\S]*iran/);

    const said = d.relationships.filter((r) => r.type === 'SAID' && r.from === 'steve-witkoff');
    expect(said).toHaveLength(1);
    expect(said[0]!.evidence).toEqual([FIRST, LAST]);
    expect(said[0]!.alleged).toBe(true);
    expect(rel(d, 'SAID', 'caspian-policy-forum', 'russia')).toBeDefined();
    expect(validateDraft(d, d.text!)).toEqual([]);
    expect(d.notes).toContain(
      `LLM, part 3 of 4: dropped SAID caspian-policy-forum -> russia: its quote "We are not going to stop talking," is not verbatim in its part of the text.`,
    );
    expect(d.notes[0]).toMatch(
      new RegExp(
        `went in 4 parts, one request each, cut where a paragraph or sentence begins: at characters ${at(P[1]!)}, ${at(P[2]!)}, ${at(P[3]!)};`,
      ),
    );
    const witkoff = d.entities.find((e) => e.id === 'steve-witkoff')!;
    expect(witkoff.mentions.map((m) => m.start)).toEqual(
      expect.arrayContaining([at('Steve Witkoff'), LONG.lastIndexOf('Witkoff later')]),
    );
  });

  it('takes a surname in a later part for the one new person an earlier part named in full', async () => {
    const text = [
      'Ana Ruiz and Marco Ruiz, who advise the Caspian Policy Forum, spoke to reporters in Baku on Monday.',
      'Ruiz said Russia had “nothing to hide” about its contacts with Tehran, and left without questions.',
    ].join('\n\n');
    const second = text.indexOf('Ruiz said');
    const run2 = async (firstPeople: string[]) => {
      answerFor = (user) =>
        user.includes('Ana Ruiz and Marco Ruiz')
          ? {
              body: completion({
                entities: firstPeople.map((name, k) => ({
                  key: `p${k}`,
                  registryId: null,
                  name,
                  label: 'Person',
                })),
                relationships: [],
              }),
            }
          : {
              body: completion({
                entities: [{ key: 'r', registryId: null, name: 'Ruiz', label: 'Person' }, RUSSIA],
                relationships: [
                  {
                    ...SAID,
                    from: 'r',
                    to: 'russia',
                    quote: 'nothing to hide',
                    evidence: [text.slice(second)],
                  },
                ],
              }),
            };
      return draftArticleWith(
        { text, date: DATE },
        context(),
        createLlmExtractor(settings({ chunkChars: 110 })),
      );
    };
    const d = await run2(['Ana Ruiz']);
    expect(seen).toHaveLength(2);
    expect(d.entities.filter((e) => e.label === 'Person').map((e) => e.id)).toEqual(['ana-ruiz']);
    expect(rel(d, 'SAID', 'ana-ruiz', 'russia')).toBeDefined();
    const ruiz = d.entities.find((e) => e.id === 'ana-ruiz')!;
    expect(ruiz.mentions.map((m) => m.start)).toEqual([0, second]);
    // Two earlier people of that surname: which one is not guessed.
    seen.length = 0;
    const two = await run2(['Ana Ruiz', 'Marco Ruiz']);
    expect(rel(two, 'SAID', 'ruiz', 'russia')).toBeDefined();
  });

  it('fails the whole draft when one part fails, naming the part', async () => {
    answerFor = (user) =>
      user.includes(P[1]!)
        ? { status: 400, body: 'context length exceeded' }
        : { body: completion({ entities: [WITKOFF, IRAN], relationships: [] }) };
    const p = draftArticleWith(
      { text: LONG, date: DATE },
      context(),
      createLlmExtractor(settings({ chunkChars: 200 })),
    );
    await expect(p).rejects.toThrow(
      `LLM endpoint ${base}/chat/completions: part 2 of 4 (characters ${at(P[1]!)} to ${at(P[2]!)}): answered HTTP 400: context length exceeded (not retried); no draft`,
    );
    // Nothing asked after the failed part.
    expect(seen).toHaveLength(2);
  });
});

describe('the hybrid extractor (rules and model merged)', () => {
  const entityOf = (d: Draft, id: string) => {
    const e = d.entities.find((x) => x.id === id)!;
    return {
      key: e.id,
      registryId: e.status === 'existing' ? e.id : null,
      name: e.name,
      label: e.label,
    };
  };

  it('drafts the union: what both drafted once with both in rule, each one’s own with its own', async () => {
    const rules = draftArticle({ text: TEXT, date: DATE }, context());
    const shared = rules.relationships[0]!;
    expect(shared).toBeDefined();
    const forumSaid = {
      ...SAID,
      from: 'forum',
      to: 'russia',
      quote: 'no reason',
      evidence: ['said Moscow had “no reason” to hide anything.'],
    };
    expect(rules.relationships.some((r) => r.from === 'caspian-policy-forum')).toBe(false);
    reply = {
      body: completion({
        entities: [entityOf(rules, shared.from), entityOf(rules, shared.to), FORUM, RUSSIA],
        relationships: [
          {
            type: shared.type,
            from: shared.from,
            to: shared.to,
            quote: shared.quote ?? null,
            evidence: shared.evidence,
            date: null,
            dateText: null,
            alleged: false,
          },
          forumSaid,
        ],
      }),
    };
    const d = await draftArticleWith(
      { text: TEXT, date: DATE },
      context(),
      createHybridExtractor(settings()),
    );
    expect(validateDraft(d, d.text!)).toEqual([]);
    expect(d.relationships).toHaveLength(rules.relationships.length + 1);
    expect(d.relationships[0]).toMatchObject({
      type: shared.type,
      from: shared.from,
      to: shared.to,
      rule: `${shared.rule}+llm:test-model-7b`,
      confidence: shared.confidence,
    });
    expect(d.relationships.slice(1, rules.relationships.length).map((r) => r.rule)).toEqual(
      rules.relationships.slice(1).map((r) => r.rule),
    );
    expect(d.relationships.at(-1)).toMatchObject({
      type: 'SAID',
      from: 'caspian-policy-forum',
      to: 'russia',
      rule: 'llm:test-model-7b',
    });
    const ids = d.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('caspian-policy-forum');
    expect(d.notes[0]).toBe(
      `Hybrid draft (unmeasured: no figure says it beats the rules or the model alone): the rule engine's ${rules.relationships.length} relationships and the model's 2, merged: 1 drafted by both (rule "…+llm:…"), ${rules.relationships.length - 1} by the rules only, 1 by the model only.`,
    );
  });

  it('fails when the model fails: no draft of the rules alone', async () => {
    reply = { status: 401, body: 'bad key' };
    await expect(
      draftArticleWith({ text: TEXT, date: DATE }, context(), createHybridExtractor(settings())),
    ).rejects.toThrow(/answered HTTP 401: bad key \(not retried\)/);
  });

  it("merges quotes one of which holds the other, joins evidence, keeps the rules' date, and keeps apart a new name under another label", () => {
    const text = 'Ana Ruiz said: “We will not stop now.” The Ruiz Group said so on Friday.';
    const base = (over: Partial<Draft>): Draft => ({
      article: { id: 'a', title: 't' },
      text,
      entities: [],
      relationships: [],
      notes: [],
      ...over,
    });
    const person = {
      id: 'ana-ruiz',
      name: 'Ana Ruiz',
      label: 'Person' as const,
      status: 'new' as const,
      aliases: [],
      mentions: [{ start: 0, end: 8, text: 'Ana Ruiz' }],
      candidates: [],
    };
    const country = {
      ...person,
      id: 'iran',
      name: 'Iran',
      label: 'Country' as const,
      status: 'existing' as const,
      mentions: [],
    };
    const said = {
      type: 'SAID' as const,
      from: 'ana-ruiz',
      to: 'iran',
      quote: 'We will not stop now',
      evidence: ['Ana Ruiz said: “We will not stop now.”'],
      date: '2026-03-13',
      confidence: 0.8,
      rule: 'said:colon',
    };
    const rules = base({ entities: [person, country], relationships: [said] });
    const llm = base({
      entities: [
        { ...person, mentions: [{ start: 4, end: 8, text: 'Ruiz' }] },
        country,
        { ...person, id: 'ruiz-group', name: 'Ruiz Group', label: 'Organization', mentions: [] },
      ],
      relationships: [
        {
          ...said,
          quote: 'We will not stop now.',
          evidence: ['We will not stop now.', 'The Ruiz Group said so on Friday.'],
          date: '2026-03-12',
          alleged: true,
          confidence: 0.5,
          rule: 'llm:m',
        },
      ],
    });
    const d = mergeDrafts(rules, llm, context());
    expect(d.relationships).toEqual([
      {
        ...said,
        evidence: [...said.evidence, 'We will not stop now.', 'The Ruiz Group said so on Friday.'],
        alleged: true,
        rule: 'said:colon+llm:m',
      },
    ]);
    expect(d.notes).toContain(
      "Hybrid: SAID ana-ruiz -> iran: the rules dated it 2026-03-13, the model 2026-03-12; the rules' date is kept.",
    );
    expect(d.entities.find((e) => e.id === 'ana-ruiz')!.mentions.map((m) => m.start)).toEqual([
      0, 4,
    ]);
    // A different quote is another statement.
    const other = mergeDrafts(
      rules,
      base({
        entities: [person, country],
        relationships: [{ ...said, quote: 'The Ruiz Group said so', rule: 'llm:m' }],
      }),
      context(),
    );
    expect(other.relationships.map((r) => r.rule)).toEqual(['said:colon', 'llm:m']);
    // The model's new entity under a slug the rules gave another label stays apart.
    const clash = mergeDrafts(
      rules,
      base({ entities: [{ ...person, label: 'Organization' }], relationships: [] }),
      context(),
    );
    expect(clash.entities.map((e) => `${e.id}:${e.label}`)).toEqual([
      'ana-ruiz:Person',
      'iran:Country',
      'ana-ruiz-2:Organization',
    ]);
  });
});

describe('configuration', () => {
  it('reads the four variables, and none means no LLM', () => {
    expect(llmSettings(loadConfig({}))).toBeUndefined();
    expect(
      llmSettings(
        loadConfig({
          KG_LLM_BASE_URL: 'http://localhost:11434/v1',
          KG_LLM_MODEL: 'llama3.1:8b',
          KG_LLM_TIMEOUT_MS: '30000',
        }),
      ),
    ).toEqual({
      baseUrl: 'http://localhost:11434/v1',
      model: 'llama3.1:8b',
      timeoutMs: 30000,
      retries: 2,
      retryBaseMs: 1000,
      retryMaxMs: 30000,
      chunkChars: 12000,
    });
  });

  it('refuses half a configuration, a URL that is not http(s) and a timeout of 0', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (err) {
        return (err as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problems({ KG_LLM_BASE_URL: 'http://localhost:8000/v1' })).toMatch(
      /KG_LLM_MODEL must be set when KG_LLM_BASE_URL is/,
    );
    expect(problems({ KG_LLM_MODEL: 'm', KG_LLM_API_KEY: 'sk-secret' })).toMatch(
      /KG_LLM_BASE_URL must be set/,
    );
    expect(problems({ KG_LLM_BASE_URL: 'ftp://host/v1', KG_LLM_MODEL: 'm' })).toMatch(
      /KG_LLM_BASE_URL must be an http\(s\) URL/,
    );
    expect(problems({ KG_LLM_TIMEOUT_MS: '0' })).toMatch(/KG_LLM_TIMEOUT_MS must be positive/);
    expect(problems({ KG_LLM_RETRIES: '-1' })).toMatch(/KG_LLM_RETRIES must be 0 or more/);
    expect(problems({ KG_LLM_RETRY_MAX_MS: '0' })).toMatch(/KG_LLM_RETRY_MAX_MS must be positive/);
    expect(problems({ KG_LLM_CHUNK_CHARS: '100' })).toMatch(
      /KG_LLM_CHUNK_CHARS must be 500 or more/,
    );
    expect(problems({ KG_LLM_CONCURRENCY: '0' })).toMatch(/KG_LLM_CONCURRENCY must be positive/);
    expect(loadConfig({}).KG_LLM_CONCURRENCY).toBe(2);
    expect(
      llmSettings(
        loadConfig({ KG_LLM_BASE_URL: 'http://h/v1', KG_LLM_MODEL: 'm', KG_LLM_RETRIES: '0' }),
      )!.retries,
    ).toBe(0);
  });
});

describe('the intake route (POST /api/drafts)', () => {
  // Drafting reads seeds/, not the graph: nothing listens on port 1.
  const app = (env: NodeJS.ProcessEnv) => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent', ...env });
    const driver = createDriver({
      uri: config.NEO4J_URI!,
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    return { app: createApp({ driver, config, logger: pino({ level: 'silent' }) }), driver };
  };
  const post = async (env: NodeJS.ProcessEnv) => {
    const a = app(env);
    try {
      return await request(a.app).post('/api/drafts').send({ text: TEXT, date: DATE });
    } finally {
      await a.driver.close();
    }
  };
  const llmEnv = () => ({
    KG_LLM_BASE_URL: base,
    KG_LLM_MODEL: 'test-model-7b',
    KG_LLM_RETRY_BASE_MS: '1',
  });

  it('drafts through the configured endpoint', async () => {
    reply = { body: completion({ entities: [WITKOFF, IRAN], relationships: [SAID] }) };
    const res = await post(llmEnv());
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(Draft.parse(res.body).relationships.map((r) => r.rule)).toEqual(['llm:test-model-7b']);
  });

  it('answers 502 extractor_unavailable naming the endpoint when it fails', async () => {
    reply = { status: 500, body: 'overloaded' };
    const res = await post(llmEnv());
    expect(res.status).toBe(502);
    const e = ErrorBody.parse(res.body).error;
    expect(e.code).toBe('extractor_unavailable');
    expect(e.message).toBe(
      `LLM endpoint ${base}/chat/completions: answered HTTP 500: overloaded (gave up after 3 attempts)`,
    );
    expect(seen).toHaveLength(3);
  });

  const until = async (cond: () => boolean, ms = 3000) => {
    const t0 = Date.now();
    while (!cond()) {
      if (Date.now() - t0 > ms) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('answers 503 extractor_busy with Retry-After beyond KG_LLM_CONCURRENCY, and frees the slot after a draft or a failure', async () => {
    const a = app({ ...llmEnv(), KG_LLM_CONCURRENCY: '1', KG_LLM_RETRIES: '0' });
    const send = () => request(a.app).post('/api/drafts').send({ text: TEXT, date: DATE });
    try {
      reply = {
        body: completion({ entities: [WITKOFF, IRAN], relationships: [SAID] }),
        delayMs: 800,
      };
      const first = send().then((r) => r);
      await until(() => seen.length === 1);
      const busy = await send();
      expect(busy.status).toBe(503);
      expect(busy.headers['retry-after']).toBe('10');
      const e = ErrorBody.parse(busy.body).error;
      expect(e.code).toBe('extractor_busy');
      expect(e.message).toMatch(
        /busy with 1 draft from this server \(KG_LLM_CONCURRENCY\); try again in 10 seconds/,
      );
      expect(seen).toHaveLength(1);
      expect((await first).status).toBe(200);
      reply = { status: 400, body: 'bad' };
      expect((await send()).status).toBe(502);
      reply = { body: completion({ entities: [], relationships: [] }) };
      expect((await send()).status).toBe(200);
      expect(seen).toHaveLength(3);
    } finally {
      await a.driver.close();
    }
  });

  it('stops its request to the endpoint when the client goes away, and frees the slot', async () => {
    const a = app({ ...llmEnv(), KG_LLM_CONCURRENCY: '1' });
    const srv = a.app.listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => srv.once('listening', resolve));
      const port = (srv.address() as AddressInfo).port;
      reply = { body: completion({ entities: [], relationships: [] }), delayMs: 5000 };
      const payload = JSON.stringify({ text: TEXT, date: DATE });
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/api/drafts',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      });
      req.on('error', () => undefined);
      req.end(payload);
      await until(() => seen.length === 1);
      const t0 = Date.now();
      req.destroy();
      await until(() => closedEarly === 1, 2000);
      expect(Date.now() - t0).toBeLessThan(2000);
      reply = { body: completion({ entities: [], relationships: [] }) };
      const next = await request(srv).post('/api/drafts').send({ text: TEXT, date: DATE });
      expect(next.status).toBe(200);
      expect(seen).toHaveLength(2);
    } finally {
      srv.closeAllConnections();
      await new Promise((resolve) => srv.close(resolve));
      await a.driver.close();
    }
  });

  it('drafts with the rules when no endpoint is configured', async () => {
    const res = await post({});
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(0);
    const rules = Draft.parse(res.body).relationships.map((r) => r.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.some((r) => r.startsWith('llm:'))).toBe(false);
  });
});

describe('the eval with the LLM extractor', () => {
  it('scores an answer that is the curated extraction of each seed at precision 1, recall ≥ 0.94', async () => {
    // Leave-one-out: what the checks cost a model that answered exactly what the curators
    // wrote (registry names, no dates). Today 0.95: the names missing from a text ("United Arab
    // Emirates" for "UAE") and SAID/DENIED without a quote, which a draft cannot carry.
    const registry = EntityRegistry.parse(
      parse(fs.readFileSync(path.join(SEEDS, 'entities.yaml'), 'utf8')),
    ).entities;
    const extractor = createLlmExtractor(settings());
    const scores = [];
    for (const c of leaveOneOutCases(SEEDS)) {
      const file = path.join(SEEDS, 'extractions', `${c.id}.yaml`);
      const x = ExtractionFile.parse(parse(fs.readFileSync(file, 'utf8')));
      const ids = new Set([...x.mentions, ...x.relationships.flatMap((r) => [r.from, r.to])]);
      const entities = [...ids].map((id) => {
        const e = registry.find((y) => y.id === id)!;
        return {
          key: id,
          registryId: c.ctx.byId.has(id) ? id : null,
          name: e.name,
          label: e.label,
        };
      });
      const relationships = x.relationships.map((r) => ({
        type: r.type,
        from: r.from,
        to: r.to,
        quote: r.quote ?? null,
        evidence: typeof r.evidence === 'string' ? [r.evidence] : r.evidence,
        date: null,
        dateText: null,
        alleged: r.alleged === true,
      }));
      reply = { body: completion({ entities, relationships }) };
      scores.push(...(await runCases([c], extractor)));
    }
    expect(scores).toHaveLength(5);
    const t = totals(scores);
    expect(t.precision).toBe(1);
    expect(t.recall).toBeGreaterThanOrEqual(0.94);
  });

  it('scores each held-out text from the answers of the endpoint', async () => {
    const cases = heldOutCases(
      path.join(REPO, 'test', 'fixtures', 'draft', 'held-out'),
      SEEDS,
    ).slice(0, 2);
    reply = { body: completion({ entities: [], relationships: [] }) };
    const scores = await runCases(cases, createLlmExtractor(settings()));
    expect(scores.map((s) => s.id)).toEqual(cases.map((c) => c.id));
    expect(seen).toHaveLength(2);
    // Nothing answered, nothing drafted: the rule engine did not stand in.
    for (const s of scores) {
      expect(s.score.relationships.tp + s.score.relationships.fp).toBe(0);
      expect(s.score.relationships.fn).toBeGreaterThan(0);
    }
  });
});

describe('the command lines', () => {
  const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-llm-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('KG_LLM_')),
  );
  const exec = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(TSX, args, { cwd: REPO, env: { ...env, ...extra } }, (err, stdout, stderr) =>
        resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
      );
    });

  it('npm run draft -- FILE --extractor llm: one line saying what to set, exit 2', async () => {
    const file = path.join(tmp, 'a.txt');
    fs.writeFileSync(file, TEXT);
    const r = await exec(['scripts/src/draft/cli.ts', file, '--extractor', 'llm']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /--extractor llm needs an OpenAI-compatible endpoint: set KG_LLM_BASE_URL/,
    );
  });

  it('npm run draft -- FILE --extractor llm drafts through the endpoint when it is configured', async () => {
    const file = path.join(tmp, 'b.txt');
    fs.writeFileSync(file, TEXT);
    reply = { body: completion({ entities: [WITKOFF, IRAN], relationships: [SAID] }) };
    const r = await exec(
      ['scripts/src/draft/cli.ts', file, '--date', DATE, '--format', 'json', '--extractor', 'llm'],
      { KG_LLM_BASE_URL: base, KG_LLM_MODEL: 'test-model-7b' },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = Draft.parse(JSON.parse(r.stdout));
    expect(d.relationships.map((x) => [x.type, x.from, x.to, x.rule])).toEqual([
      ['SAID', 'steve-witkoff', 'iran', 'llm:test-model-7b'],
    ]);
  });

  it('npm run draft -- FILE --extractor llm: a failing endpoint is one line naming it, exit 1, nothing written', async () => {
    const file = path.join(tmp, 'c.txt');
    const out = path.join(tmp, 'c.yaml');
    fs.writeFileSync(file, TEXT);
    reply = { status: 503, body: 'model loading' };
    const r = await exec(['scripts/src/draft/cli.ts', file, '--extractor', 'llm', '--out', out], {
      KG_LLM_BASE_URL: base,
      KG_LLM_MODEL: 'test-model-7b',
      KG_LLM_RETRIES: '1',
      KG_LLM_RETRY_BASE_MS: '1',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `draft: LLM endpoint ${base}/chat/completions: answered HTTP 503: model loading (gave up after 2 attempts)\n`,
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('npm run draft -- FILE --extractor hybrid: exit 2 without an endpoint; an unknown extractor exit 1', async () => {
    const file = path.join(tmp, 'h.txt');
    fs.writeFileSync(file, TEXT);
    const r = await exec(['scripts/src/draft/cli.ts', file, '--extractor', 'hybrid']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--extractor hybrid needs an OpenAI-compatible endpoint/);
    const bad = await exec(['scripts/src/draft/cli.ts', file, '--extractor', 'union']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--extractor must be rules, llm or hybrid, not "union"/);
  });

  it('npm run eval -- extraction --extractor llm: exit 2 without an endpoint, and on half a configuration', async () => {
    const none = await exec(['scripts/src/eval/cli.ts', 'extraction', '--extractor', 'llm']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/set KG_LLM_BASE_URL/);
    const half = await exec(['scripts/src/eval/cli.ts', 'extraction', '--extractor', 'llm'], {
      KG_LLM_BASE_URL: base,
    });
    expect(half.code).toBe(2);
    expect(half.stderr).toMatch(/KG_LLM_MODEL must be set/);
  });
});
