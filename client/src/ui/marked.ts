/**
 * A text with some ranges marked (search matches), built from text nodes and <mark> elements:
 * the text is never parsed as HTML.
 */
export function markedText(
  m: { text: string; marks: readonly (readonly [number, number])[] },
  cls: string,
): HTMLElement {
  const span = document.createElement('span');
  span.className = cls;
  let at = 0;
  for (const [a, b] of m.marks) {
    if (a < at || b > m.text.length || a >= b) continue;
    span.append(document.createTextNode(m.text.slice(at, a)));
    const mark = document.createElement('mark');
    mark.textContent = m.text.slice(a, b);
    span.append(mark);
    at = b;
  }
  span.append(document.createTextNode(m.text.slice(at)));
  return span;
}
