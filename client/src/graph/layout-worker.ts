/**
 * The layout worker: runs one layout job (graph/layout-job.ts) per message, off the main thread.
 * Cytoscape and fcose are loaded here, in the worker's own bundle; the page never waits for them
 * to draw its first graph.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { runLayoutJob, type LayoutJob, type Positions } from './layout-job';

cytoscape.use(fcose);

export interface LayoutRequest {
  id: number;
  job: LayoutJob;
}

export type LayoutReply = { id: number; positions: Positions } | { id: number; error: string };

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const { id, job } = ev.data;
  let reply: LayoutReply;
  try {
    reply = { id, positions: runLayoutJob(job) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
