/**
 * Merges staged in the explorer: "Merge into…" (details panel) or "Merge" (duplicates panel)
 * asks the server for a preview (dryRun: validated, nothing written) and keeps it here; Undo
 * drops it, Save writes it (POST /api/entities/:id/merge) and redraws the canvas around the
 * surviving entity. Until Save nothing has changed anywhere, so Undo needs no server call.
 */
import type { MergeResult } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';

export interface StagedMerge {
  from: string;
  into: string;
  preview: MergeResult;
}

export class MergeStage {
  private readonly staged = new Map<string, StagedMerge>();
  private readonly listeners = new Set<() => void>();

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  get(from: string): StagedMerge | undefined {
    return this.staged.get(from);
  }

  list(): StagedMerge[] {
    return [...this.staged.values()];
  }

  /** Previews the merge (the server validates it; a refusal throws ApiError) and stages it. */
  async stage(from: string, into: string): Promise<StagedMerge> {
    const preview = await api.mergeEntity(from, into, true);
    const s = { from, into: preview.into.id, preview };
    this.staged.set(from, s);
    this.changed();
    return s;
  }

  undo(from: string): void {
    if (this.staged.delete(from)) this.changed();
  }

  /** Writes the staged merges (the one of `from`, or all), in the order they were staged. */
  async save(from?: string): Promise<MergeResult[]> {
    const todo = from ? [this.staged.get(from)].filter((s) => s !== undefined) : this.list();
    const done: MergeResult[] = [];
    try {
      for (const s of todo) {
        done.push(await api.mergeEntity(s.from, s.into, false));
        this.staged.delete(s.from);
      }
    } finally {
      this.changed();
    }
    return done;
  }
}

/** The one stage of the page: the details panel and the duplicates panel share it. */
export const merges = new MergeStage();

/**
 * After a merge: the merged node leaves the canvas and the surviving entity is drawn with its
 * relationships to what is there, the re-pointed ones included.
 */
export async function showMerged(app: App, done: MergeResult[]): Promise<void> {
  if (!done.length) return;
  const cy = app.store.cy;
  const gone = new Set(done.map((m) => m.from.id));
  const onCanvas = cy
    .nodes()
    .map((n) => n.id())
    .filter((id) => !gone.has(id));
  const ids = [...new Set([...onCanvas, ...done.map((m) => m.into.id)])];
  const shown = done.map((m) => m.from.id).filter((id) => app.scene.nodes.has(id));
  if (shown.length) app.hide(shown);
  await app.busy('Redrawing after the merge', async () => {
    await app.merge(await api.graph({ ids, among: 'true', limit: 2000 }));
  });
  const last = done[done.length - 1]!;
  app.select({ kind: 'node', id: last.into.id });
  app.setStatus(
    done.length === 1
      ? `Merged ${last.from.name} into ${last.into.name}: ${last.relationships.moved} relationships moved.`
      : `Saved ${done.length} merges.`,
    'info',
  );
}
