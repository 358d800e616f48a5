import type { LitElement } from 'lit';

/** Puts a component in the document with its properties set and waits until it has rendered. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K]> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement(tag), properties);
  document.body.append(element);
  await (element as unknown as LitElement).updateComplete;
  return element;
}

/** Waits for a component to render after a change. */
export const rendered = (element: Element) => (element as unknown as LitElement).updateComplete;

/** The visible text of an element, with whitespace collapsed. */
export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The buttons in an element, by their text. */
export const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b) === name);
