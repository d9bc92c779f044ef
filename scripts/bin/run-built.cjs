#!/usr/bin/env node
/**
 * `node scripts/bin/run-built.cjs <entry.ts> [args]`: runs one of our TypeScript commands from a
 * bundle that esbuild builds once and keeps in node_modules/.cache/kg-commands/, rebuilt when a
 * source file it was built from changed (size or mtime) or esbuild did.
 *
 * Why: under tsx a command compiles and hooks every module it loads on every start (about 90 of
 * ours and 750 of its dependencies: 2 – 4 s on these shared cores before `npm run ingest --
 * --article` does any work). The bundle holds our modules only, already compiled; dependencies
 * stay external and are required from where they are installed. It starts in a few hundred ms.
 *
 * Plain CommonJS on purpose: it must run before anything can compile TypeScript. Without
 * esbuild it falls back to tsx. Worker threads use `builtBundle` for their own entry
 * (stream-export-thread.ts): under tsx a worker compiles its modules again, in its own heap.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const CACHE = path.join(REPO, 'node_modules', '.cache', 'kg-commands');

async function main() {
  const entry = process.argv[2];
  if (!entry) {
    console.error('usage: node scripts/bin/run-built.cjs <entry.ts> [args]');
    process.exit(2);
  }
  const abs = path.resolve(REPO, entry);
  // The command sees its own arguments, as under tsx.
  process.argv.splice(1, 2, abs);
  let bundle;
  try {
    bundle = await builtBundle(abs);
  } catch (err) {
    console.error(`[run-built] no bundle (${err.message}); running through tsx`);
    require('tsx/cjs/api').register();
    require(abs);
    return;
  }
  require(bundle);
}

/** The bundle of `abs`, built now if it is missing or older than its sources. */
async function builtBundle(abs) {
  // The version only: loading esbuild itself is for builds.
  const version = require('esbuild/package.json').version;
  const name = path.relative(REPO, abs).replace(/\.ts$/, '').replace(/[\\/]/g, '__');
  const out = path.join(CACHE, `${name}.cjs`);
  const metaFile = path.join(CACHE, `${name}.json`);
  const stamp = (f) => {
    const s = fs.statSync(f);
    return `${s.size}:${s.mtimeMs}`;
  };
  try {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    const fresh =
      meta.esbuild === version &&
      meta.launcher === stamp(__filename) &&
      fs.existsSync(out) &&
      Object.entries(meta.inputs).every(([f, s]) => {
        try {
          return stamp(f) === s;
        } catch {
          return false;
        }
      });
    if (fresh) return out;
  } catch {
    // No or unreadable metadata: build.
  }
  const esbuild = require('esbuild');
  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [abs],
    // Metafile paths are relative to it.
    absWorkingDir: REPO,
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
    plugins: [ownSourcesOnly()],
  });
  const inputs = {};
  for (const f of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(REPO, f);
    inputs[file] = stamp(file);
  }
  fs.renameSync(tmp, out);
  const metaTmp = `${metaFile}.${process.pid}.tmp`;
  fs.writeFileSync(
    metaTmp,
    JSON.stringify({ esbuild: version, launcher: stamp(__filename), inputs }),
  );
  fs.renameSync(metaTmp, metaFile);
  return out;
}

/**
 * Bundles our sources (relative imports and the @kg/* workspaces) and leaves every installed
 * package external, required by the absolute path esbuild resolved it to (so it does not matter
 * where the bundle lives). Each source's `__dirname` / `__filename` becomes its own path: the
 * modules find the seeds folder, the repository root and their workers relative to themselves.
 */
function ownSourcesOnly() {
  return {
    name: 'own-sources-only',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path.startsWith('@kg/') || args.path.startsWith('node:')) return undefined;
        if (args.pluginData === 'resolving') return undefined;
        const r = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (r.errors.length) return { errors: r.errors };
        return { path: r.path, external: true };
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const src = fs.readFileSync(args.path, 'utf8');
        return {
          contents: src
            .replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path)))
            .replace(/\b__filename\b/g, JSON.stringify(args.path)),
          loader: 'ts',
        };
      });
    },
  };
}

module.exports = { builtBundle };

// Also required (not run) by worker threads that load their entry from a bundle.
if (require.main === module) void main();
