/** Undo/redo of graph changes: snapshots come back in order; a new change drops the redo branch. */
import { History } from '../../client/src/state/history';

describe('History', () => {
  it('undoes and redoes in order', () => {
    const h = new History<string[]>();
    let state = ['russia'];
    const change = (next: string[]) => {
      h.push(state);
      state = next;
    };
    change(['russia', 'iran']);
    change(['russia', 'iran', 'united-states']);
    expect(h.canUndo).toBe(true);
    expect(h.canRedo).toBe(false);
    state = h.undo(state)!;
    expect(state).toEqual(['russia', 'iran']);
    state = h.undo(state)!;
    expect(state).toEqual(['russia']);
    expect(h.undo(state)).toBeUndefined();
    state = h.redo(state)!;
    expect(state).toEqual(['russia', 'iran']);
    state = h.redo(state)!;
    expect(state).toEqual(['russia', 'iran', 'united-states']);
    expect(h.redo(state)).toBeUndefined();
  });

  it('forgets the redo branch on a new change and keeps at most `limit` steps', () => {
    const h = new History<number>(3);
    for (let i = 0; i < 5; i++) h.push(i);
    let s = 5;
    s = h.undo(s)!;
    expect(s).toBe(4);
    h.push(s);
    s = 99;
    expect(h.canRedo).toBe(false);
    const seen: number[] = [];
    for (let x = h.undo(s); x !== undefined; x = h.undo(x)) seen.push(x);
    expect(seen).toEqual([4, 3, 2]);
  });
});
