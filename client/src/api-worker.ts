/**
 * The API worker: fetches each call the page asks for and checks the answer against its
 * contract (api-answers.ts), off the main thread. zod and the contract schemas load here; the
 * page's first screen never evaluates them.
 */
import { answer, type ApiRequest } from './api-answers';

const running = new Map<number, AbortController>();

self.onmessage = (ev: MessageEvent<ApiRequest | { id: number; abort: true }>) => {
  const m = ev.data;
  if ('abort' in m) {
    running.get(m.id)?.abort();
    return;
  }
  const ctl = new AbortController();
  running.set(m.id, ctl);
  void answer(m, ctl.signal).then((reply) => {
    running.delete(m.id);
    (self as unknown as Worker).postMessage(reply);
  });
};
