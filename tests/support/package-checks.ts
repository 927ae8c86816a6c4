/**
 * Checks shared by the package tests: schema validation with xmllint against the official
 * XSDs in tests/fixtures/standards, and reference checks XSD validation cannot do (every
 * manifest file exists, every identifierref resolves, every page reference is in the package).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

export const standards = fileURLToPath(new URL('../fixtures/standards/', import.meta.url));

export const schemas = {
  scorm12: join(standards, 'scorm12-manifest.xsd'),
  scorm2004: join(standards, 'scorm2004-manifest.xsd'),
  imscc11: join(standards, 'imscc11', 'cc11libxml2validator.xsd'),
  imscc13: join(standards, 'imscc13', 'cc13libxml2validator.xsd'),
  qti11: join(standards, 'imscc11', 'ccv1p1_qtiasiv1p2p1_v1p0.xsd'),
  qti13: join(standards, 'imscc13', 'ccv1p3_qtiasiv1p2p1_v1p0.xsd'),
};

/** Runs xmllint on a file: with a schema it validates, without one it checks well-formedness. */
export function xmllint(file: string, schema?: string): { code: number | null; output: string } {
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), file];
  const result = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The text of the first element named `name` (any namespace), via XPath in xmllint. */
export function xpathString(file: string, expression: string): string {
  const result = spawnSync('xmllint', ['--nonet', '--xpath', `string(${expression})`, file], {
    encoding: 'utf8',
  });
  return result.stdout.replace(/\n$/, '');
}

export function attributeValues(xml: string, element: string, attribute: string): string[] {
  const pattern = new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g');
  return [...xml.matchAll(pattern)].map((match) => decodeXml(match[1] ?? ''));
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Problems with a manifest's references: missing files, dangling identifierrefs. */
export function manifestProblems(manifestPath: string, files: Set<string>): string[] {
  const xml = readFileSync(manifestPath, 'utf8');
  const problems: string[] = [];
  for (const href of attributeValues(xml, 'file', 'href')) {
    if (!files.has(href)) problems.push(`missing file ${href}`);
  }
  for (const href of attributeValues(xml, 'resource', 'href')) {
    if (!files.has(href)) problems.push(`missing launch file ${href}`);
  }
  const resources = new Set(attributeValues(xml, 'resource', 'identifier'));
  for (const ref of [
    ...attributeValues(xml, 'item', 'identifierref'),
    ...attributeValues(xml, 'dependency', 'identifierref'),
  ]) {
    if (!resources.has(ref)) problems.push(`dangling identifierref ${ref}`);
  }
  return problems;
}

/** Relative URLs a page or playlist refers to that are not in the package. */
export function missingReferences(files: Map<string, Buffer>): string[] {
  const missing: string[] = [];
  for (const [path, data] of files) {
    let references: string[] = [];
    if (path.endsWith('.html')) {
      const html = data.toString('utf8');
      references = [...html.matchAll(/\s(?:src|href|poster|data-hls)="([^"]+)"/g)].map((match) =>
        decodeXml(match[1] ?? ''),
      );
    } else if (path.endsWith('.m3u8')) {
      references = data
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'));
      references.push(
        ...[...data.toString('utf8').matchAll(/URI="([^"]+)"/g)].map((match) => match[1] ?? ''),
      );
    } else if (path.endsWith('course-data.js')) {
      const json = data.toString('utf8');
      references = [...json.matchAll(/(?:src|href|poster|data-hls)=\\"([^"\\]+)\\"/g)].map(
        (match) => decodeXml(match[1] ?? ''),
      );
    }
    // Lesson bodies in the course data are shown inside the pages at the site root.
    const base = path.endsWith('course-data.js') ? '' : posix.dirname(path);
    for (const reference of references) {
      if (/^(?:https?:|mailto:|#|data:|blob:)/.test(reference)) continue;
      const target = posix.normalize(posix.join(base, reference.split('#')[0] ?? ''));
      if (!files.has(target)) missing.push(`${path} -> ${reference}`);
    }
  }
  return missing;
}
