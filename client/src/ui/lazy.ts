/**
 * A part of the explorer loaded on first use (a dynamic `import()` in its own chunk), so the
 * first screen downloads and parses only what it draws. `get` loads it once and memoises the
 * promise; `loaded` is the instance once it exists, for callers that only need to act on a part
 * already open (closing a screen never downloads it).
 */
export interface Lazy<T> {
  get(): Promise<T>;
  readonly loaded: T | undefined;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let promise: Promise<T> | undefined;
  let value: T | undefined;
  return {
    get() {
      promise ??= load().then(
        (v) => (value = v),
        (err: unknown) => {
          // A failed download (offline, a deploy replaced the chunk) may succeed on the next try.
          promise = undefined;
          throw err;
        },
      );
      return promise;
    },
    get loaded() {
      return value;
    },
  };
}
