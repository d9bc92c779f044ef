/**
 * Article paths in articles.yaml stay inside the articles folder: absolute paths, `..` and
 * symlinks that lead out are refused with the manifest entry named, and so is a file above the
 * size limit. Nothing is read from outside the folder. No database involved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTICLE_MAX_BYTES } from '@kg/server/contracts';
import { formatSeedError, loadSeeds } from '../../scripts/src/ingest/index';
import { removeVariants, shown, variant } from './fixtures';

afterAll(removeVariants);

const withFile = (name: string, file: string) =>
  variant(name, {
    'articles.yaml': (t) => t.replace('file: fx-article-one.txt', `file: '${file}'`),
  });

async function loadErrors(dir: string): Promise<string[]> {
  const seeds = await loadSeeds(dir);
  return seeds.errors.map(formatSeedError);
}

describe('article files are confined to the articles folder', () => {
  it('refuses a path with ".." segments', async () => {
    const dir = withFile('dotdot', '../../../../etc/passwd');
    expect(await loadErrors(dir)).toEqual([
      `${shown(dir, 'articles.yaml')}: articles[0].file: must stay inside the articles folder (no "..", "." or empty path segments) (line 5)`,
    ]);
  });

  it('refuses an absolute path', async () => {
    const dir = withFile('absolute', '/etc/passwd');
    const errors = await loadErrors(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'articles[0].file: must be relative to the articles folder, not absolute',
    );
  });

  it('refuses a symlink that leads out of the folder, and reads nothing through it', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-outside-'));
    const secret = path.join(outside, 'secret.txt');
    fs.writeFileSync(secret, 'not an article');
    const dir = withFile('symlink-out', 'escape.txt');
    fs.symlinkSync(secret, path.join(dir, 'articles', 'escape.txt'));
    try {
      const seeds = await loadSeeds(dir);
      expect(seeds.errors.map(formatSeedError)).toEqual([
        `${shown(dir, 'articles.yaml')}: articles[0].file: article file ${shown(dir, 'articles/escape.txt')} resolves to ${fs.realpathSync(secret)}, outside the articles folder (line 5)`,
      ]);
      expect(seeds.articles.map((a) => a.id)).toEqual(['fx-article-two']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('follows a symlink that stays inside the folder', async () => {
    const dir = withFile('symlink-in', 'alias.txt');
    fs.symlinkSync('fx-article-one.txt', path.join(dir, 'articles', 'alias.txt'));
    const seeds = await loadSeeds(dir);
    expect(seeds.errors).toEqual([]);
    expect(seeds.articles.map((a) => a.id)).toEqual(['fx-article-one', 'fx-article-two']);
  });

  it('refuses a file above the size limit', async () => {
    const dir = variant('huge', {});
    const file = path.join(dir, 'articles', 'fx-article-one.txt');
    fs.appendFileSync(file, 'x'.repeat(ARTICLE_MAX_BYTES));
    const size = fs.statSync(file).size;
    expect(await loadErrors(dir)).toEqual([
      `${shown(dir, 'articles.yaml')}: articles[0].file: article file ${shown(dir, 'articles/fx-article-one.txt')} has ${size} bytes, more than the limit of ${ARTICLE_MAX_BYTES} (line 5)`,
    ]);
  });
  it('refuses an article that is not UTF-8, naming the line and column, and loads the others', async () => {
    const dir = variant('cp1252', {});
    const file = path.join(dir, 'articles', 'fx-article-one.txt');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    // A word processor's curly quote (Windows-1252 0x93) on the second line.
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${lines[0]}\nHe said `),
        Buffer.from([0x93]),
        Buffer.from('no.\n'),
      ]),
    );
    const seeds = await loadSeeds(dir);
    expect(seeds.errors.map(formatSeedError)).toEqual([
      `${shown(dir, 'articles.yaml')}: articles[0].file: article file ${shown(dir, 'articles/fx-article-one.txt')}: not valid UTF-8: byte 0x93 at line 2, column 9 (it looks like Windows-1252 text, e.g. curly quotes from a word processor); save the file as UTF-8 and try again (line 5)`,
    ]);
    expect(seeds.articles.map((a) => a.id)).toEqual(['fx-article-two']);
  });
});
