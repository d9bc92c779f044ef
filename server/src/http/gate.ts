/**
 * A bounded gate for expensive requests: at most `running` at once, at most `queued` waiting
 * in arrival order, and a refusal (the caller answers 429) beyond that. The Cypher console
 * passes through one, so its heavy queries hold a few of the driver's connections and a few
 * event-loop slices, and every other endpoint keeps the rest.
 */
export class Gate {
  private active = 0;
  private readonly waiting: { start: () => void; abandon: () => void }[] = [];

  constructor(
    readonly running: number,
    readonly queued: number,
  ) {}

  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /**
   * Resolves with a release function once the caller may run; resolves `undefined` at once
   * when the queue is full, or later when `signal` aborts while waiting.
   */
  enter(signal?: AbortSignal): Promise<(() => void) | undefined> {
    if (signal?.aborted) return Promise.resolve(undefined);
    if (this.active < this.running) return Promise.resolve(this.admit());
    if (this.waiting.length >= this.queued) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const entry = {
        start: () => {
          signal?.removeEventListener('abort', entry.abandon);
          resolve(this.admit());
        },
        abandon: () => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          resolve(undefined);
        },
      };
      signal?.addEventListener('abort', entry.abandon, { once: true });
      this.waiting.push(entry);
    });
  }

  private admit(): () => void {
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.start();
    };
  }
}
