/**
 * Starts one of our TypeScript modules as a worker thread: from a bundle
 * (scripts/bin/run-built.cjs: compiled once, cached), or through tsx's require hook when there
 * is no bundle, as the console workers do (console-workers.ts). Under tsx the thread compiles
 * ~90 modules again on every start: 1 – 2 s of CPU and ~100 MB of the process's peak memory at
 * 1M relationships. The export thread and its helper start this way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const viaTsx = () => {
  require(workerData.tsxApi).register();
  require(workerData.entry);
};
let bundle;
try {
  bundle = require(workerData.runBuilt).builtBundle(workerData.entry);
} catch {
  bundle = Promise.reject();
}
bundle.then((file) => require(file), viaTsx);
`;

/** `entry` (an absolute .ts path) on a new thread; it reads `data` from workerData. */
export function startScriptThread(
  entry: string,
  data: object,
  resourceLimits: ResourceLimits,
): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    // Not the parent's loader flags: they would start a second loader thread.
    execArgv: [],
    workerData: {
      ...data,
      tsxApi: require.resolve('tsx/cjs/api'),
      runBuilt: path.join(__dirname, '..', '..', 'bin', 'run-built.cjs'),
      entry,
    },
    resourceLimits,
  });
}

/**
 * CPU time (user + system, ms) the calling thread has used, from /proc/thread-self/stat;
 * undefined where there is no such file. process.cpuUsage() counts every thread of the process,
 * so it cannot say which of two busy threads spent what.
 */
export function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
