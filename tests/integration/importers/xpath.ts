/**
 * XPath over a package's XML the way the importers query it, with xmllint. The document's
 * default namespace is dropped first, so expressions read like the importers' own (Moodle
 * binds the cartridge's namespace to `xmlns:`; here it is simply left out).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'course-studio-xpath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

export interface XmlQuery {
  /** The string value of an XPath 1.0 expression (`string(...)`, `count(...)`, ...). */
  value(expression: string): string;
  /** The string value of every node `expression` selects, in document order. */
  values(expression: string): string[];
  count(expression: string): number;
}

/** Prepares `xml` for queries. */
export function queryXml(xml: string): XmlQuery {
  const file = join(dir, `doc-${(counter += 1)}.xml`);
  writeFileSync(file, xml.replace(/\sxmlns="[^"]*"/g, ''));
  const value = (expression: string) => {
    const result = spawnSync('xmllint', ['--nonet', '--xpath', expression, file], {
      encoding: 'utf8',
    });
    // xmllint says "XPath set is empty" (status 10) for an empty result.
    return result.status === 0 ? result.stdout.replace(/\n$/, '') : '';
  };
  const count = (expression: string) => Number(value(`count(${expression})`));
  return {
    value,
    count,
    values: (expression) =>
      Array.from({ length: count(expression) }, (_, index) =>
        value(`string((${expression})[${index + 1}])`),
      ),
  };
}

/** Text of HTML as a browser shows it: tags dropped, the five entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
