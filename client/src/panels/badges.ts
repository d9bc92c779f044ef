/** Badges for an entity's label and a relationship's type, coloured as on the canvas. */
import { edgeStyle, nodeStyle } from '../graph/style';
import { el } from '../ui/dom';

export function labelBadge(label: string): HTMLElement {
  const b = el('span', { class: 'badge', text: label });
  // As for types: white text on the node colours (blue, amber, green…) is under 4.5:1.
  b.style.borderColor = nodeStyle(label).color;
  b.style.borderLeftWidth = '4px';
  return b;
}

export function typeBadge(type: string): HTMLElement {
  const b = el('span', { class: 'type-badge', text: type });
  // The type's colour on the border only: dark text keeps 4.5:1 contrast whatever the hue.
  b.style.borderColor = edgeStyle(type).color;
  b.style.borderLeftWidth = '4px';
  return b;
}
