/**
 * XML text for manifests, QTI, OLX and cmi5.xml. Characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are dropped rather than escaped, since no escape makes them
 * legal; everything else, Chinese and emoji included, is written as UTF-8.
 */

// Everything outside XML 1.0's Char production.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const illegal = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for element content or a quoted attribute value. */
export function xmlText(value: string): string {
  return value.replace(illegal, '').replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** An element with attributes (escaped) and already-built children. */
export function xmlElement(
  name: string,
  attributes: Record<string, string | number | undefined>,
  children = '',
): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) open += ` ${key}="${xmlText(String(value))}"`;
  }
  return children === '' ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** A single-element text node: `<name>text</name>`. */
export function xmlTextElement(
  name: string,
  text: string,
  attributes: Record<string, string | undefined> = {},
): string {
  return xmlElement(name, attributes, xmlText(text));
}
