/**
 * `npm run draft` end to end: a seed article as JSON and YAML, and every kind of bad input
 * answered with one line on stderr, exit code 1 and nothing written.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Draft } from '@kg/server/contracts';
import { REPO } from './helpers';

const CLI = path.join(REPO, 'scripts', 'src', 'draft', 'cli.ts');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const ARTICLE = path.join(
  REPO,
  'seeds',
  'articles',
  '2026-03-11-witkoff-lets-hope-they-are-not.txt',
);

function run(args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-draft-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

describe('npm run draft', () => {
  it('prints exactly a valid Draft for a seed article with --format json', () => {
    const r = run([ARTICLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const d = Draft.parse(JSON.parse(r.stdout));
    expect(d.article.date).toBe('2026-03-11');
    expect(d.entities.find((e) => e.id === 'steve-witkoff')?.status).toBe('existing');
    expect(d.relationships.some((r) => r.type === 'SAID' && r.from === 'steve-witkoff')).toBe(true);
    for (const r of d.relationships) {
      for (const e of r.evidence) expect(d.text).toContain(e);
      if (r.quote) expect(d.text).toContain(r.quote);
    }
  });

  it('writes the curated YAML format with draft markers to --out and nothing to stdout', () => {
    const out = path.join(tmp, 'draft.yaml');
    const r = run([ARTICLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const yaml = fs.readFileSync(out, 'utf8');
    expect(yaml).toMatch(/^draft:\n {2}status: unreviewed/m);
    expect(yaml).toMatch(/rule: said:/);
  });

  const bad: [string, () => string, RegExp][] = [
    ['an empty file', () => file('empty.txt', '  \n'), /empty/],
    [
      'binary bytes',
      () => file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /binary/,
    ],
    [
      'non-UTF-8 bytes',
      () => file('latin1.txt', Buffer.from('Caf\xe9 au lait in Moscow', 'latin1')),
      /UTF-8/,
    ],
    ['a 5 MB file', () => file('big.txt', 'Russia said. '.repeat(400_000)), /too large/],
    [
      'text naming no entity',
      () => file('none.txt', 'the cat sat on the mat and nothing happened at all.'),
      /no entity/,
    ],
    ['a missing file', () => path.join(tmp, 'nope.txt'), /not found/],
  ];
  it.each(bad)('answers %s with one line and exit 1, writing nothing', (_name, make, message) => {
    const out = path.join(tmp, `out-${_name.replace(/\W+/g, '-')}.yaml`);
    const r = run([make(), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('cleans HTML pasted with tags and says so in the notes', () => {
    const html = file(
      'page.html',
      '<html><body><p>Russian President Vladimir Putin spoke with <b>Donald Trump</b> on Monday.</p><p>&ldquo;It was a good call,&rdquo; Trump said.</p></body></html>',
    );
    const r = run([html, '--format', 'json', '--date', '2026-03-10']);
    expect(r.code).toBe(0);
    const d = Draft.parse(JSON.parse(r.stdout));
    expect(d.text).not.toContain('<');
    expect(d.notes.join(' ')).toMatch(/HTML/);
    expect(d.relationships.find((x) => x.type === 'SAID')?.quote).toBe('It was a good call');
  });
});
