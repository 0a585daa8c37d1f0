/**
 * d3's enter/update/exit join in a few lines, for a script with a 4 KB budget (d3-selection alone
 * is most of it): one element per datum, found by its key attribute, the script's only hook (so the server's elements are
 * reused), new ones made for new keys, gone ones removed, the rest left in place and kept in data
 * order. Nothing is wiped and redrawn, so a frame writes only what changed.
 */
export function keyedJoin<D, E extends Element>(
  parent: Element,
  attribute: string,
  data: readonly D[],
  key: (d: D) => string,
  create: () => E,
): [E, D][] {
  const old = new Map([...parent.querySelectorAll<E>(`[${attribute}]`)].map((el) => [el.getAttribute(attribute), el]));
  const joined = data.map((d): [E, D] => {
    const k = key(d);
    let el = old.get(k);
    old.delete(k);
    if (!el) (el = create()).setAttribute(attribute, k);
    return [el, d];
  });
  for (const gone of old.values()) gone.remove();
  // As d3's selection.order(): from the end, move an element only when it is not already before the next.
  let next: Element | null = null;
  for (let i = joined.length - 1; i >= 0; i--) {
    const el: Element = joined[i][0];
    if (el.parentNode !== parent || (next && el.nextElementSibling !== next)) parent.insertBefore(el, next);
    next = el;
  }
  return joined;
}

/** Creates an SVG element of this name, with these attributes set once. */
export function svgElement<E extends SVGElement>(name: string, attributes: Record<string, string | number> = {}): E {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name) as E;
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

/** Sets an attribute only when its value changes (null removes it): unchanged marks cost no style work. */
export function write(el: Element, name: string, value: string | number | null): void {
  const text = value === null ? null : String(value);
  if (el.getAttribute(name) === text) return;
  if (text === null) el.removeAttribute(name);
  else el.setAttribute(name, text);
}
