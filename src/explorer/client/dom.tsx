// A minimal JSX factory that builds real DOM elements: no framework, no virtual DOM. Text always
// goes in as text nodes, so data from the graph can never become markup.

export type Child = Node | string | number | boolean | null | undefined | Child[];

type Attributes = Record<string, unknown> & { children?: Child };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = HTMLElement;
    interface IntrinsicElements {
      [tag: string]: Attributes;
    }
    interface ElementChildrenAttribute {
      children: unknown;
    }
  }
}

/** Properties set as DOM properties rather than attributes (their live state matters). */
const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'indeterminate']);

export function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function h(tag: string | ((props: Attributes) => HTMLElement), props: Attributes | null, ...children: Child[]): HTMLElement {
  if (typeof tag === 'function') return tag({ ...(props ?? {}), children });
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'ref' && typeof value === 'function') continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (name === 'class') {
      el.className = String(value);
    } else if (PROPERTIES.has(name)) {
      (el as unknown as Record<string, unknown>)[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  const ref = props?.ref;
  if (typeof ref === 'function') (ref as (el: HTMLElement) => void)(el);
  return el;
}

/** Replaces the children of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A short-lived id for aria-controls / aria-labelledby pairs. */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
