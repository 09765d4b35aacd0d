// Small DOM builders for the sidebar. Text always goes in through textContent (never innerHTML),
// so whatever a contact's fields hold is shown as text, not markup.

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** `h('p', { class: 'gray' }, 'text', child)`: attributes set one by one, strings as text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, text?: string) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function setAttrs(e: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : v);
  }
}

function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replaces an element's content with `children`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.textContent = '';
  append(parent, children);
}

/**
 * Runs `work` with `button` in its busy state: disabled, aria-busy and a label saying what is
 * happening, restored when the call settles either way.
 */
export async function whileBusy<T>(
  button: HTMLButtonElement,
  busyLabel: string,
  work: () => Promise<T>,
): Promise<T> {
  button.dataset.label = button.textContent ?? '';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = busyLabel;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = button.dataset.label;
    delete button.dataset.label;
  }
}

/** Sets a button's label, or the label it returns to when it is busy right now. */
export function setLabel(button: HTMLButtonElement, label: string): void {
  if (button.dataset.label !== undefined) button.dataset.label = label;
  else button.textContent = label;
}

/** A value as a class-name suffix: 'Not a fit' → 'not-a-fit'. */
export function slug(value: string): string {
  return value.replace(/\s+/g, '-').toLowerCase();
}

let idCounter = 0;
/** A page-unique id for label/for and aria pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
