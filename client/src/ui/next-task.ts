/**
 * Resolves in a new task (after input, rendering and other queued work), so a chain of heavy
 * steps yields the main thread between them instead of blocking it as one long task.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
