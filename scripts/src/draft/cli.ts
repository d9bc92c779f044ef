/**
 * npm run draft -- FILE [--title T] [--date YYYY-MM-DD] [--outlet NAME] [--url URL]
 *                       [--seeds DIR] [--format yaml|json] [--out FILE]
 *
 * Drafts an extraction from a plain-text article, offline. `--format json` prints exactly the
 * Draft object; `--format yaml` (default) the curated file format with draft markers. Any bad
 * input ends with one line on stderr and exit code 1; nothing is written but `--out`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DraftRequest } from '@kg/server/contracts';
import { DEFAULT_SEEDS_DIR } from '../ingest/validate';
import { decodeArticleBytes, DecodeError } from '../ingest/decode';
import { draftArticle, loadDraftContext, toExtractionYaml } from './index';

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

export function main(argv: string[]): number {
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
      },
    });
  } catch (err) {
    console.error(`draft: ${(err as Error).message}`);
    return 1;
  }
  const { values: v, positionals } = args;
  if (positionals.length !== 1) {
    console.error(
      'usage: npm run draft -- FILE [--title T] [--date YYYY-MM-DD] [--outlet NAME] [--url URL] [--seeds DIR] [--format yaml|json] [--out FILE]',
    );
    return 1;
  }
  if (v.format !== 'yaml' && v.format !== 'json') {
    console.error(`draft: --format must be yaml or json, not "${v.format}"`);
    return 1;
  }
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
    const draft = draftArticle({ ...req.data, ...(v.id ? { id: v.id } : {}) }, ctx);
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

if (require.main === module) process.exitCode = main(process.argv.slice(2));
