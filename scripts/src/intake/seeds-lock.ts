/**
 * One writer at a time per seeds folder: an exclusive lock file (`.intake.lock`, holding the
 * owner's pid) across processes, and a queue within this one. A lock left by a process that
 * no longer runs is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '@kg/server/contracts';
import { pidAlive } from '../neo4j/local-neo4j';

export const SEEDS_LOCK_FILE = '.intake.lock';

/** Another process is writing to the seeds folder right now (`busy`). */
export class SeedsBusyError extends DomainError {
  constructor(readonly owner: number) {
    super(
      'busy',
      `another process (pid ${owner}) is writing to the seeds folder; try again in a moment`,
    );
    this.name = 'SeedsBusyError';
  }
}

const queues = new Map<string, Promise<unknown>>();

function acquire(file: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && pidAlive(owner)) throw new SeedsBusyError(owner);
      fs.rmSync(file, { force: true });
    }
  }
  throw new SeedsBusyError(0);
}

export async function withSeedsLock<T>(seedsDir: string, fn: () => Promise<T>): Promise<T> {
  const root = path.resolve(seedsDir);
  const previous = queues.get(root) ?? Promise.resolve();
  const run = previous
    .catch(() => {})
    .then(async () => {
      const file = path.join(root, SEEDS_LOCK_FILE);
      acquire(file);
      try {
        return await fn();
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  queues.set(root, run);
  try {
    return await run;
  } finally {
    if (queues.get(root) === run) queues.delete(root);
  }
}
