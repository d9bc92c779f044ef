/**
 * npm run draft -- FILE [--title T] [--date YYYY-MM-DD] [--outlet NAME] [--url URL]
 *                       [--seeds DIR] [--format yaml|json] [--out FILE] [--extractor rules|llm|hybrid]
 *
 * Drafts an extraction from a plain-text article: offline with the rule engine (the default),
 * or with `--extractor llm` through the OpenAI-compatible endpoint KG_LLM_BASE_URL and
 * KG_LLM_MODEL name (llm.ts), or with `--extractor hybrid` both merged (hybrid.ts; unmeasured);
 * without the endpoint either ends with one line on stderr and exit code 2.
 * `--format json` prints exactly the Draft object; `--format yaml` (default) the curated file
 * format with draft markers. Any bad input, or a failed exchange with the endpoint, ends with
 * one line on stderr and exit code 1; nothing is written but `--out`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DraftRequest } from '@kg/server/contracts';
import { ConfigError, loadConfig } from '@kg/server/config';
import { DEFAULT_SEEDS_DIR } from '../ingest/validate';
import { decodeArticleBytes, DecodeError } from '../ingest/decode';
import {
  createHybridExtractor,
  createLlmExtractor,
  draftArticleWith,
  llmSettings,
  loadDraftContext,
  ruleExtractor,
  toExtractionYaml,
  type DraftExtractor,
} from './index';

/** The contract's limit on pasted text (DraftRequest.text). */
const MAX_CHARS = 200_000;

class InputError extends Error {}

export function readArticle(file: string): string {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new InputError(`${file}: not a file`);
    if (st.size > MAX_CHARS * 4)
      throw new InputError(
        `${file}: ${st.size} bytes is too large (an article is at most ${MAX_CHARS} characters)`,
      );
    buf = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: ${code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`}`,
    );
  }
  let text: string;
  try {
    text = decodeArticleBytes(buf);
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError(`${file}: ${err.message}`);
    throw err;
  }
  if (!text.trim()) throw new InputError(`${file}: the file is empty`);
  if (text.length > MAX_CHARS)
    throw new InputError(`${file}: ${text.length} characters is too long (at most ${MAX_CHARS})`);
  return text;
}

function writeAtomically(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Exit code when the environment cannot serve the command (as the other commands' configOrExit). */
const CONFIG_EXIT = 2;

/**
 * The extractor `--extractor` names, or the exit code: an LLM needs KG_LLM_BASE_URL and
 * KG_LLM_MODEL (checked with the rest of the configuration).
 */
export function extractorFor(
  name: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): DraftExtractor | number {
  if (name === undefined || name === 'rules') return ruleExtractor;
  if (name !== 'llm' && name !== 'hybrid') {
    console.error(`draft: --extractor must be rules, llm or hybrid, not "${name}"`);
    return 1;
  }
  let settings;
  try {
    settings = llmSettings(loadConfig(env));
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    return CONFIG_EXIT;
  }
  if (!settings) {
    console.error(
      `draft: --extractor ${name} needs an OpenAI-compatible endpoint: set KG_LLM_BASE_URL (e.g. http://localhost:11434/v1) and KG_LLM_MODEL, and KG_LLM_API_KEY if it asks for one (docs/extraction.md, "The LLM extractor")`,
    );
    return CONFIG_EXIT;
  }
  return name === 'hybrid' ? createHybridExtractor(settings) : createLlmExtractor(settings);
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        seeds: { type: 'string' },
        format: { type: 'string', default: 'yaml' },
        out: { type: 'string' },
        id: { type: 'string' },
        extractor: { type: 'string' },
      },
    });
  } catch (err) {
    console.error(`draft: ${(err as Error).message}`);
    return 1;
  }
  const { values: v, positionals } = args;
  if (positionals.length !== 1) {
    console.error(
      'usage: npm run draft -- FILE [--title T] [--date YYYY-MM-DD] [--outlet NAME] [--url URL] [--seeds DIR] [--format yaml|json] [--out FILE] [--extractor rules|llm|hybrid]',
    );
    return 1;
  }
  if (v.format !== 'yaml' && v.format !== 'json') {
    console.error(`draft: --format must be yaml or json, not "${v.format}"`);
    return 1;
  }
  const extractor = extractorFor(v.extractor);
  if (typeof extractor === 'number') return extractor;
  try {
    const file = positionals[0]!;
    const text = readArticle(file);
    const req = DraftRequest.safeParse({
      text,
      title: v.title,
      date: v.date,
      outlet: v.outlet,
      url: v.url,
    });
    if (!req.success) {
      const i = req.error.issues[0]!;
      throw new InputError(`--${String(i.path[0])}: ${i.message}`);
    }
    const ctx = loadDraftContext(path.resolve(v.seeds ?? DEFAULT_SEEDS_DIR));
    const draft = await draftArticleWith(
      { ...req.data, ...(v.id ? { id: v.id } : {}) },
      ctx,
      extractor,
    );
    if (draft.entities.length === 0) {
      throw new InputError(
        `${file}: no entity found in the text (no registry name, person, organisation, country or outlet); nothing drafted`,
      );
    }
    const out =
      v.format === 'json' ? `${JSON.stringify(draft, null, 2)}\n` : toExtractionYaml(draft);
    if (v.out) {
      writeAtomically(v.out, out);
      console.error(
        `draft: ${draft.entities.length} entities, ${draft.relationships.length} relationships -> ${v.out}`,
      );
    } else process.stdout.write(out);
    return 0;
  } catch (err) {
    console.error(`draft: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
