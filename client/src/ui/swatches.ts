/**
 * Small SVG pictures of the canvas's encodings, for the legend, the filters and the details
 * panel: a node shape in its colour, and a relationship's line pattern with its arrow head, so
 * the legend shows the same non-colour cues the canvas draws (graph/style.ts).
 */
import { ALLEGED_DASH, DASHES, edgeStyle, nodeStyle, type ArrowShape } from '../graph/style';

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

function svg(width: number, height: number, cls: string): SVGSVGElement {
  const s = document.createElementNS(SVG, 'svg');
  s.setAttribute('viewBox', `0 0 ${width} ${height}`);
  s.setAttribute('width', String(width));
  s.setAttribute('height', String(height));
  s.setAttribute('class', cls);
  s.setAttribute('aria-hidden', 'true');
  return s;
}

/** A node shape in its colour. */
export function shapeSwatch(label: string): SVGSVGElement {
  const { color, shape } = nodeStyle(label);
  const s = svg(16, 16, 'swatch');
  const pts: Record<string, string> = {
    hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
    diamond: '8,0.5 15.5,8 8,15.5 0.5,8',
    triangle: '8,1 15,15 1,15',
    star: '8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.7 3.2,15 5,9.5 0.5,6 6,6',
  };
  let node: SVGElement;
  if (pts[shape]) node = svgEl('polygon', { points: pts[shape] });
  else if (shape === 'ellipse') node = svgEl('circle', { cx: 8, cy: 8, r: 7 });
  else
    node = svgEl('rect', {
      x: 1,
      y: 2,
      width: 14,
      height: 12,
      rx: shape === 'round-rectangle' ? 3 : 0,
    });
  node.setAttribute('fill', color);
  s.append(node);
  return s;
}

/** The arrow head at x = 30 (its tip), pointing right, in `color`. */
function arrowHead(shape: ArrowShape, color: string): SVGElement[] {
  const fill = { fill: color, stroke: color, 'stroke-width': 1 };
  const open = { fill: 'none', stroke: color, 'stroke-width': 1.6 };
  const tri = svgEl('polygon', { points: '30,6 23,2 23,10', ...fill });
  switch (shape) {
    case 'triangle':
      return [tri];
    case 'vee':
      return [svgEl('polygon', { points: '30,6 22,1.5 25,6 22,10.5', ...fill })];
    case 'tee':
      return [svgEl('rect', { x: 27, y: 1, width: 3, height: 10, ...fill })];
    case 'triangle-tee':
      return [
        svgEl('polygon', { points: '30,6 25,3 25,9', ...fill }),
        svgEl('rect', { x: 21, y: 2, width: 2, height: 8, ...fill }),
      ];
    case 'triangle-cross':
      return [tri, svgEl('rect', { x: 19, y: 1.5, width: 2, height: 9, ...fill })];
    case 'triangle-backcurve':
      return [svgEl('path', { d: 'M30 6 L22 1.5 Q25 6 22 10.5 Z', ...fill })];
    case 'circle-triangle':
      return [
        svgEl('polygon', { points: '30,6 25,3 25,9', ...fill }),
        svgEl('circle', { cx: 22, cy: 6, r: 3, ...fill }),
      ];
    case 'circle':
      return [svgEl('circle', { cx: 26.5, cy: 6, r: 3.5, ...fill })];
    case 'diamond':
      return [svgEl('polygon', { points: '30,6 26,2 22,6 26,10', ...fill })];
    case 'square':
      return [svgEl('rect', { x: 23, y: 2.5, width: 7, height: 7, ...fill })];
    case 'chevron':
      return [svgEl('polyline', { points: '23,1.5 29,6 23,10.5', ...open })];
  }
}

/** A relationship's line pattern (or the alleged dots) with its arrow head. */
export function lineSwatch(type: string, alleged = false): SVGSVGElement {
  const st = edgeStyle(type);
  const s = svg(32, 12, 'line-swatch');
  const dash = alleged ? ALLEGED_DASH : DASHES[st.line];
  s.append(
    svgEl('line', {
      x1: 1,
      y1: 6,
      x2: 24,
      y2: 6,
      stroke: st.color,
      'stroke-width': 2,
      ...(dash ? { 'stroke-dasharray': dash.join(' ') } : {}),
    }),
    ...arrowHead(st.arrow, st.color),
  );
  return s;
}
