/** Tiny DOM helpers: elements are built with text content only, never from HTML strings. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Says `text` through the page's polite live region. */
export function announce(text: string): void {
  const region = document.getElementById('cs-announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers repeat an identical message.
  window.setTimeout(() => (region.textContent = text), 50);
}
