/**
 * The configuration contract: every environment variable the project reads, with its default.
 * `server/src/config.ts` is the only module that reads process.env, and it does so through this.
 */
import { z } from 'zod';

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`)
    .default(fallback);

const positiveInt = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be positive`)
    .default(fallback);

const nonNegativeInt = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0 or more`)
    .default(fallback);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(fallback);

/** Connection URIs the driver accepts: bolt and neo4j, with or without TLS. */
const NEO4J_URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/:]+(:\d{1,5})?\/?$/;

export const EnvConfig = z
  .object({
    /** Use this Neo4j instead of starting one. Unset: `npm start` boots a local Neo4j. */
    NEO4J_URI: z
      .string()
      .regex(
        NEO4J_URI_PATTERN,
        'NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (schemes bolt, neo4j, with +s or +ssc)',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'NEO4J_DATABASE must be a valid database name')
      .default('neo4j'),
    /** Bolt port of the local Neo4j that `npm start` boots (0 = any free port). */
    NEO4J_BOLT_PORT: port('NEO4J_BOLT_PORT', 7687),
    /** HTTP port of the local Neo4j (Neo4j Browser at /browser/ on 127.0.0.1; 0 = any free port). */
    NEO4J_HTTP_PORT: port('NEO4J_HTTP_PORT', 7474),
    /**
     * Most memory one transaction of the local Neo4j may use (db.memory.transaction.max); a query
     * that needs more is refused instead of exhausting the heap.
     */
    NEO4J_TX_MEMORY: z
      .string()
      .regex(/^\d+[kmg]$/i, 'NEO4J_TX_MEMORY must be a size such as 256m or 1g')
      .default('256m'),
    /** Heap of the local Neo4j JVM (-Xmx), e.g. 1g. */
    NEO4J_HEAP: z
      .string()
      .regex(/^\d+[kmg]$/i, 'NEO4J_HEAP must be a JVM size such as 512m or 2g')
      .default('1g'),
    /** Page cache of the local Neo4j, e.g. 128m. */
    NEO4J_PAGECACHE: z
      .string()
      .regex(/^\d+[kmg]$/i, 'NEO4J_PAGECACHE must be a size such as 128m or 1g')
      .default('128m'),
    /** Log every line the local Neo4j prints, not only the important ones. */
    NEO4J_VERBOSE: flag(false),
    /** Where the local Neo4j keeps its files. */
    NEO4J_DATA_DIR: z.string().min(1).optional(),
    /** HTTP port of the explorer and API. */
    PORT: port('PORT', 8080),
    /** Interface to listen on; 0.0.0.0 inside a container. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /**
     * Host names the server answers for (comma-separated; `*` for any), against DNS rebinding.
     * Unset: localhost, 127.0.0.1, [::1] and HOST.
     */
    ALLOWED_HOSTS: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      )
      .optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** Load the seed graph into an empty database on start. */
    SEED_ON_START: flag(true),
    /** Cypher console: transaction timeout in milliseconds. */
    CYPHER_TIMEOUT_MS: positiveInt('CYPHER_TIMEOUT_MS', 10_000),
    /** Cypher console: most rows returned before `truncated` is set. */
    CYPHER_ROW_CAP: positiveInt('CYPHER_ROW_CAP', 1000),
    /** Cypher console: most bytes of JSON in one answer before `truncated` is set (10 MB). */
    CYPHER_MAX_BYTES: positiveInt('CYPHER_MAX_BYTES', 10_000_000),
    /** Cypher console: queries running at once, over all clients; the rest wait in a queue. */
    CYPHER_CONCURRENCY: positiveInt('CYPHER_CONCURRENCY', 2),
    /** Cypher console: queries waiting for a turn before more are answered 429. */
    CYPHER_QUEUE: positiveInt('CYPHER_QUEUE', 6),
    /**
     * Cypher console: worker threads that run console queries, each with its own Neo4j driver
     * (its own connections): turning Bolt records into JSON and serialising up to CYPHER_MAX_BYTES
     * happen there, off the event loop that answers every other request. 0 runs them on the main
     * thread (the comparison baseline of `npm run bench:console -- --ab`).
     */
    CYPHER_WORKERS: z.coerce
      .number({ error: 'CYPHER_WORKERS must be a number' })
      .int('CYPHER_WORKERS must be a whole number')
      .min(0, 'CYPHER_WORKERS must be between 0 and 4')
      .max(4, 'CYPHER_WORKERS must be between 0 and 4')
      .default(1),
    /** Cypher console: requests per minute per client. */
    CYPHER_RATE_LIMIT: positiveInt('CYPHER_RATE_LIMIT', 60),
    /**
     * Paths never pass through an entity with more relationships (of the types searched) than
     * this; the two ends may have any number. Such hubs connect almost everything, and a
     * breadth-first search through one reads its whole neighbourhood (docs/benchmarks.md).
     */
    PATHS_HUB_DEGREE: positiveInt('PATHS_HUB_DEGREE', 1000),
    /**
     * Adding articles and merging entities (they write seeds/ and the graph): `auto` allows them
     * when the server listens on a loopback address or INTAKE_TOKEN is set; `off` never.
     */
    INTAKE_WRITES: z
      .enum(['auto', 'off'], { error: 'INTAKE_WRITES must be auto or off' })
      .default('auto'),
    /** When set, every write must send `Authorization: Bearer <token>` (required off loopback). */
    INTAKE_TOKEN: z.string().min(16, 'INTAKE_TOKEN must be at least 16 characters').optional(),
    /** The seed folder the intake writes to. Unset: the repository's seeds/. */
    SEEDS_DIR: z.string().min(1).optional(),
    /**
     * Conditional GETs on the read endpoints: a strong ETag keyed on the graph's version and the
     * request, `If-None-Match` answered 304 without reading the body from Neo4j, and
     * `Cache-Control: no-cache` (browsers keep the answer and revalidate). `false` turns it off
     * (the benchmark's baseline).
     */
    HTTP_CACHE: flag(true),
    /**
     * Megabytes of answers the read endpoints keep in memory, keyed on their ETag (graph version
     * and URL): a repeated request is answered without Neo4j, and concurrent requests for the same
     * answer share one query. A new graph version empties it. 0 turns it off; it needs HTTP_CACHE.
     */
    ANSWER_CACHE_MB: z.coerce
      .number({ error: 'ANSWER_CACHE_MB must be a number' })
      .min(0, 'ANSWER_CACHE_MB must be 0 or more')
      .default(64),
    /**
     * How long the server trusts the graph version it last read, in milliseconds (0: one tiny
     * query per request). A write by another process is seen at most this late; the API's own
     * writes are seen at once.
     */
    GRAPH_VERSION_TTL_MS: z.coerce
      .number({ error: 'GRAPH_VERSION_TTL_MS must be a number' })
      .int('GRAPH_VERSION_TTL_MS must be a whole number')
      .min(0, 'GRAPH_VERSION_TTL_MS must be 0 or more')
      .default(1000),
    /**
     * Warm-up after every write: the server polls the graph version this often (ms) and, when it
     * changed (an ingest, a saved article), computes the first screen (overview, schema, topics,
     * the top hubs' details) into the answer cache in the background, so that the first analyst
     * after a write is answered from memory. 0 turns it off; it needs ANSWER_CACHE_MB.
     */
    WARM_UP_POLL_MS: nonNegativeInt('WARM_UP_POLL_MS', 2000),
    /**
     * /api/health answers from a Neo4j check at most this old (ms; 0: check on every call), so
     * that frequent probes cost Neo4j one query per interval and answer at once when it is busy.
     */
    HEALTH_CACHE_MS: nonNegativeInt('HEALTH_CACHE_MS', 2000),
    /** How long to wait for a Neo4j connection before answering 503. */
    NEO4J_CONNECT_TIMEOUT_MS: positiveInt('NEO4J_CONNECT_TIMEOUT_MS', 3000),
    /**
     * The draft extractor behind an OpenAI-compatible endpoint (docs/extraction.md, "The LLM
     * extractor"): the base URL its `/chat/completions` hangs under, e.g. http://localhost:11434/v1
     * or https://api.openai.com/v1. Unset: drafts come from the rule engine only. Set, it needs
     * KG_LLM_MODEL; `npm run draft -- FILE --extractor llm` and the intake route then use it.
     */
    KG_LLM_BASE_URL: z
      .url({
        protocol: /^https?$/,
        error: 'KG_LLM_BASE_URL must be an http(s) URL such as http://localhost:11434/v1',
      })
      .optional(),
    /** The model name sent with every request (`model`), e.g. gpt-4o-mini or llama3.1:8b. */
    KG_LLM_MODEL: z.string().min(1).optional(),
    /** Sent as `Authorization: Bearer <key>` when set (a local server may need none). */
    KG_LLM_API_KEY: z.string().min(1).optional(),
    /** How long one request to the LLM endpoint may take, answer included, in milliseconds. */
    KG_LLM_TIMEOUT_MS: positiveInt('KG_LLM_TIMEOUT_MS', 120_000),
    /**
     * How many times a request to the LLM endpoint is tried again after a transient failure
     * (connection refused or reset, KG_LLM_TIMEOUT_MS passed, HTTP 429 or 5xx); 0: never. Other
     * HTTP errors and answers that are not what was asked are never retried.
     */
    KG_LLM_RETRIES: nonNegativeInt('KG_LLM_RETRIES', 2),
    /** The wait before the first retry (ms), doubled before each further one. */
    KG_LLM_RETRY_BASE_MS: positiveInt('KG_LLM_RETRY_BASE_MS', 1000),
    /**
     * The longest wait before a retry (ms). A Retry-After the endpoint sends is waited for when
     * it is within this; one beyond it ends the attempts at once (nobody waits minutes for a draft).
     */
    KG_LLM_RETRY_MAX_MS: positiveInt('KG_LLM_RETRY_MAX_MS', 30_000),
    /**
     * An article longer than this many characters goes to the LLM in parts of at most this size,
     * cut between paragraphs or sentences (never inside one), one request each.
     */
    /**
     * How many drafts the intake route (POST /api/drafts) sends to the LLM endpoint at once;
     * one more is answered 503 extractor_busy with Retry-After instead of waiting in line.
     */
    KG_LLM_CONCURRENCY: positiveInt('KG_LLM_CONCURRENCY', 2),
    KG_LLM_CHUNK_CHARS: z.coerce
      .number({ error: 'KG_LLM_CHUNK_CHARS must be a number' })
      .int('KG_LLM_CHUNK_CHARS must be a whole number')
      .min(500, 'KG_LLM_CHUNK_CHARS must be 500 or more')
      .default(12_000),
  })
  .superRefine((c, ctx) => {
    if (c.KG_LLM_BASE_URL && !c.KG_LLM_MODEL)
      ctx.addIssue({
        code: 'custom',
        path: ['KG_LLM_MODEL'],
        message: 'KG_LLM_MODEL must be set when KG_LLM_BASE_URL is (the model the endpoint serves)',
      });
    if (c.KG_LLM_MODEL && !c.KG_LLM_BASE_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['KG_LLM_BASE_URL'],
        message: 'KG_LLM_BASE_URL must be set when KG_LLM_MODEL is (where the model is served)',
      });
  });
export type EnvConfig = z.infer<typeof EnvConfig>;
