/**
 * Writes a big JSON answer (a console result of up to CYPHER_MAX_BYTES) in slices, giving the
 * event loop back between them: `res.json()` of 10 MB is one ~100 ms block of JSON.stringify on
 * a quiet core, several times that on a busy one, and every other request waits behind it.
 * The text is the same as JSON.stringify would produce (keys in the object's order).
 */
import type { Response } from 'express';

/** Synchronous work allowed between two breaks. */
export const SLICE_MS = 8;

export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A timer of synchronous work: `due()` says when SLICE_MS have passed since the last break. */
export function slicer(): { due(): boolean; pause(): Promise<void> } {
  let since = performance.now();
  return {
    due: () => performance.now() - since > SLICE_MS,
    pause: async () => {
      await yieldToLoop();
      since = performance.now();
    },
  };
}

/**
 * Sends `body` as JSON; arrays named in `sliced` (by key path, `rows` or `graph.nodes`) are
 * written element by element with breaks. `texts` may hold elements already serialised (the
 * console serialises each row once, to count its bytes).
 */
export async function sendJsonInSlices(
  res: Response,
  body: Record<string, unknown>,
  sliced: Record<string, string[] | undefined>,
): Promise<void> {
  res.type('application/json');
  const slice = slicer();
  const write = async (value: unknown, path: string): Promise<void> => {
    if (Array.isArray(value) && path in sliced) {
      const texts = sliced[path];
      res.write('[');
      for (let i = 0; i < value.length; i++) {
        res.write((i ? ',' : '') + (texts?.[i] ?? JSON.stringify(value[i]) ?? 'null'));
        if (slice.due()) await slice.pause();
      }
      res.write(']');
      return;
    }
    const nested = Object.keys(sliced).some((k) => k.startsWith(`${path}.`));
    if (nested && value && typeof value === 'object' && !Array.isArray(value)) {
      res.write('{');
      let first = true;
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        res.write(`${first ? '' : ','}${JSON.stringify(k)}:`);
        first = false;
        await write(v, `${path}.${k}`);
      }
      res.write('}');
      return;
    }
    res.write(JSON.stringify(value) ?? 'null');
    if (slice.due()) await slice.pause();
  };
  res.write('{');
  let first = true;
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) continue;
    res.write(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    await write(v, k);
  }
  res.end('}');
}

/**
 * Sends JSON text made elsewhere (a console worker's answer) and resolves once it is written
 * out or the client has gone: the caller holds its gate until then.
 */
export async function sendJsonBuffer(res: Response, json: Buffer): Promise<void> {
  res.type('application/json');
  res.setHeader('Content-Length', json.byteLength);
  await new Promise<void>((resolve) => {
    res.once('close', resolve);
    res.end(json);
  });
}
