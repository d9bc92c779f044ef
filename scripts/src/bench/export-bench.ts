/**
 * The JavaScript half of the initial load alone: validate the seeds and write the importer's CSV
 * (exportInWorker, exactly as `ingest --initial-load` runs it), without Neo4j. Prints the wall
 * time of each step, the process's CPU (user + system, every thread) and its peak RSS; CPU is
 * far less sensitive to the shared machine's load than wall time, so it is what to compare
 * between changes, with the load average printed beside it.
 *
 *   node scripts/bin/run-built.cjs scripts/src/bench/export-bench.ts --seeds .bench/corpus-100k-42 [--repeats 3] [--keep DIR] [--inline] [--helper on,off] [--files-per-bucket N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateAndExport } from '../ingest/stream-export';
import { exportInWorker } from '../ingest/stream-export-thread';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    repeats: { type: 'string', default: '1' },
    keep: { type: 'string' },
    // On this thread instead of the export thread: for --cpu-prof, which profiles the main thread.
    inline: { type: 'boolean', default: false },
    // 'on,off' alternates runs with and without the helper thread (a before/after in one run).
    helper: { type: 'string', default: 'auto' },
    'files-per-bucket': { type: 'string' },
  },
});
if (!values.seeds) {
  console.error('usage: export-bench.ts --seeds DIR [--repeats N] [--keep DIR]');
  process.exit(2);
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const filesPerBucket = values['files-per-bucket'] ? Number(values['files-per-bucket']) : undefined;

async function once(i: number, helper: boolean | undefined): Promise<void> {
  const dir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'export-bench-'));
  fs.rmSync(dir, { recursive: true, force: true });
  const loadBefore = load();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const log = (line: string) =>
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s ${line}`);
  // VmRSS every 100 ms: when the peak comes says which step sets it.
  let peak = { mb: 0, at: 0 };
  const sampler = setInterval(() => {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    const mb = m ? Math.round(Number(m[1]) / 1024) : 0;
    if (mb > peak.mb) peak = { mb, at: (performance.now() - t0) / 1000 };
  }, 100);
  const result = values.inline
    ? await validateAndExport(values.seeds!, dir, log, { helper, filesPerBucket })
    : await exportInWorker({ seedsDir: values.seeds!, dir, helper, filesPerBucket }, log);
  const wall = performance.now() - t0;
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpu0);
  const bytes = result.files.reduce((n, f) => n + f.bytes, 0);
  console.log(
    `run ${i + 1} (helper ${helper ?? 'auto'}): wall ${(wall / 1000).toFixed(2)} s; ` +
      `load ${result.ms.load} + extractions ${result.ms.extractions} + articles ${result.ms.articles} + relationships ${result.ms.relationships} ms; ` +
      `cpu ${(cpu.user / 1e6).toFixed(2)} user + ${(cpu.system / 1e6).toFixed(2)} sys s; ` +
      `peak RSS ${peak.mb} MB at ${peak.at.toFixed(1)} s (VmHWM so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB); ` +
      `${result.files.length} files, ${(bytes / 2 ** 20).toFixed(0)} MB; load ${loadBefore} -> ${load()}`,
  );
  // The file list (kinds, names, multiline parts) for java-bench.ts, which imports the kept CSV.
  if (values.keep) fs.writeFileSync(path.join(dir, 'files.json'), JSON.stringify(result.files));
  else fs.rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const variants = values
    .helper!.split(',')
    .map((v) => (v === 'on' ? true : v === 'off' ? false : undefined));
  for (let i = 0; i < Number(values.repeats); i++)
    for (const helper of variants) await once(i, helper);
}

void main();
