/**
 * The first layout of a view, off the main thread: one worker per page (graph/layout-worker.ts),
 * started on first use. Resolves `null` when no worker can run it (no Worker, a load error, a
 * failed job): the caller then lays the view out on the canvas as before, so nothing depends on
 * the worker being there.
 */
import type { LayoutJob, Positions } from './layout-job';
import type { LayoutReply, LayoutRequest } from './layout-worker';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (p: Positions | null) => void>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return null;
  }
  worker.onmessage = (ev: MessageEvent<LayoutReply>) => {
    const done = waiting.get(ev.data.id);
    waiting.delete(ev.data.id);
    done?.('positions' in ev.data ? ev.data.positions : null);
  };
  // A worker that cannot load (or dies) answers every pending job with null, and no later one.
  worker.onerror = () => {
    for (const done of waiting.values()) done(null);
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Starts the worker ahead of the first job (main.ts): Cytoscape and fcose load meanwhile. */
export function warmLayoutWorker(): void {
  if (typeof Worker !== 'undefined') start();
}

export function layoutOffThread(job: LayoutJob): Promise<Positions | null> {
  const w = typeof Worker === 'undefined' ? null : start();
  if (!w) return Promise.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, job } satisfies LayoutRequest);
  });
}
