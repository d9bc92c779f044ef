/**
 * The held-out gold files are a contract of the eval: every file in the repository keeps it, and a
 * typo in one is refused with the file and the field named instead of being scored silently.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_HELD_OUT } from '../../scripts/src/eval/cli';
import { heldOut } from '../../scripts/src/eval/extraction';
import { GoldFileError, parseHeldOutGold } from '../../scripts/src/eval/gold';
import { DEFAULT_SEEDS_DIR } from '../../scripts/src/ingest/validate';

describe('held-out gold files', () => {
  it('every gold file in the repository keeps the contract', () => {
    const files = fs.readdirSync(DEFAULT_HELD_OUT).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(100);
    for (const f of files) {
      const file = path.join(DEFAULT_HELD_OUT, f);
      const gold = parseHeldOutGold(file, parse(fs.readFileSync(file, 'utf8')));
      expect(gold.relationships.length).toBeGreaterThan(0);
      // Every text has its gold and every gold its text.
      expect(fs.existsSync(file.replace(/\.yaml$/, '.txt'))).toBe(true);
    }
  });

  it('names the file and each bad field: an unknown type, a misspelt key, a false date', () => {
    const raw = {
      date: '2026-02-30',
      entities: ['russia'],
      relationships: [{ type: 'DENYED', from: 'russia', to: 'iran', qoute: 'no' }],
    };
    let err: unknown;
    try {
      parseHeldOutGold('x/bad.yaml', raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GoldFileError);
    const msg = (err as Error).message;
    expect(msg).toContain('x/bad.yaml');
    expect(msg).toMatch(/^ {2}- date: .*calendar date/m);
    expect(msg).toMatch(/^ {2}- relationships\.0\.type: /m);
    expect(msg).toMatch(/^ {2}- relationships\.0: .*"qoute"/m);
  });

  it('a text without its gold file is an error that names both', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
    try {
      fs.writeFileSync(path.join(dir, 'lonely.txt'), 'Russia denied the report on Monday.\n');
      expect(() => heldOut(dir, DEFAULT_SEEDS_DIR)).toThrow(
        /lonely\.txt has no gold file .*lonely\.yaml/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
