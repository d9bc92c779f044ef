/**
 * Walking the graph with the arrow keys: from the selected node to the neighbour that lies in
 * the arrow's direction on screen (within 70° of it; the nearest in angle, then in distance).
 * `neighbourToward` is pure; the key handler lives in main.ts.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

const ANGLE: Record<Direction, number> = {
  right: 0,
  down: Math.PI / 2,
  left: Math.PI,
  up: -Math.PI / 2,
};

/** Widest angle from the arrow's direction a neighbour may lie at. */
const CONE = (70 * Math.PI) / 180;

export function neighbourToward(
  from: { x: number; y: number },
  neighbours: readonly { id: string; x: number; y: number }[],
  dir: Direction,
): string | null {
  let best: { id: string; score: number } | null = null;
  for (const n of neighbours) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    let off = Math.abs(Math.atan2(dy, dx) - ANGLE[dir]);
    if (off > Math.PI) off = 2 * Math.PI - off;
    if (off > CONE) continue;
    // Angle first (a neighbour straight ahead beats a nearer one off to the side), then distance.
    const score = off * 1000 + dist / 1000;
    if (!best || score < best.score || (score === best.score && n.id < best.id))
      best = { id: n.id, score };
  }
  return best?.id ?? null;
}
