/**
 * Course metadata (description, authors, licence) as LOM, in the dialect each manifest takes:
 * IMS Metadata 1.2.1 inline in SCORM 1.2 (lower-case names, `langstring`), the Common
 * Cartridge LOM profile inline in CC manifests (`string`, role has a value only), and an IEEE
 * LOM document that SCORM 2004 manifests point at with `adlcp:location`.
 */
import type { Course } from '../../../shared/model';
import { xmlElement, xmlText } from '../xml';

/** The licence as words: SPDX-style ids the studio offers, else the author's own text. */
export function licenseText(license: string): string {
  const known: Record<string, string> = {
    'CC-BY-4.0': 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)',
    'CC-BY-NC-4.0': 'Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)',
    'CC-BY-NC-SA-4.0':
      'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0)',
    'CC-BY-ND-4.0': 'Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0)',
    'CC0-1.0': 'CC0 1.0 (public domain dedication)',
    'LicenseRef-All-Rights-Reserved': 'All rights reserved',
  };
  return known[license] ?? license;
}

/** Where a Creative Commons licence's deed lives, for a link beside its name. */
export function licenseUrl(license: string): string | null {
  const match = /^CC-(BY(?:-(?:NC|SA|ND))*)-4\.0$/.exec(license);
  if (match?.[1]) return `https://creativecommons.org/licenses/${match[1].toLowerCase()}/4.0/`;
  if (license === 'CC0-1.0') return 'https://creativecommons.org/publicdomain/zero/1.0/';
  return null;
}

/** Whether the licence restricts use (LOM's copyrightAndOtherRestrictions): all but CC0. */
const restricted = (license: string) => (license === 'CC0-1.0' ? 'no' : 'yes');

/** The attribution line a licence asks for, e.g. "© Ann Lee, Bo Wu · CC BY 4.0". */
export function attributionLine(course: Pick<Course, 'authors' | 'license'>): string {
  const parts = [];
  if (course.authors.length > 0) parts.push(`© ${course.authors.join(', ')}`);
  if (course.license) parts.push(licenseText(course.license));
  return parts.join(' · ');
}

/** A vCard 3.0 for one author, as LOM's entity expects. */
function vcard(name: string): string {
  const value = name.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ');
  return `BEGIN:VCARD\nVERSION:3.0\nFN:${value}\nN:${value};;;;\nEND:VCARD`;
}

const lomLanguage = (course: Course) => (course.language === 'zh-CN' ? 'zh-CN' : 'en');

/** LOM in the Common Cartridge manifest profile, with `prefix` as its namespace prefix. */
export function cartridgeLom(course: Course, prefix: string): string {
  const e = (name: string, children: string) => xmlElement(`${prefix}:${name}`, {}, children);
  const lang = lomLanguage(course);
  const langString = (name: string, text: string) =>
    xmlElement(
      `${prefix}:${name}`,
      {},
      xmlElement(`${prefix}:string`, { language: lang }, xmlText(text)),
    );
  let general = langString('title', course.title) + e('language', xmlText(lang));
  if (course.description) general += langString('description', course.description);
  let lom = e('general', general);
  if (course.authors.length > 0) {
    lom += e(
      'lifeCycle',
      e(
        'contribute',
        e('role', e('value', 'author')) +
          course.authors.map((author) => e('entity', xmlText(vcard(author)))).join(''),
      ),
    );
  }
  if (course.license) {
    lom += e(
      'rights',
      e('copyrightAndOtherRestrictions', e('value', restricted(course.license))) +
        langString('description', attributionLine(course)),
    );
  }
  return e('lom', lom);
}

/** IMS Metadata 1.2.1 (`imsmd:` prefix) for a SCORM 1.2 manifest's metadata. */
export function imsMetadata121(course: Course): string {
  const e = (name: string, children: string) => xmlElement(`imsmd:${name}`, {}, children);
  const lang = lomLanguage(course);
  const langString = (name: string, text: string) =>
    e(name, xmlElement('imsmd:langstring', { 'xml:lang': lang }, xmlText(text)));
  const vocabulary = (name: string, value: string) =>
    e(
      name,
      e('source', xmlElement('imsmd:langstring', { 'xml:lang': 'x-none' }, 'LOMv1.0')) +
        e('value', xmlElement('imsmd:langstring', { 'xml:lang': 'x-none' }, xmlText(value))),
    );
  let general = langString('title', course.title) + e('language', xmlText(lang));
  if (course.description) general += langString('description', course.description);
  let lom = e('general', general);
  if (course.authors.length > 0) {
    lom += e(
      'lifecycle',
      course.authors
        .map((author) =>
          e(
            'contribute',
            vocabulary('role', 'Author') + e('centity', e('vcard', xmlText(vcard(author)))),
          ),
        )
        .join(''),
    );
  }
  if (course.license) {
    lom += e(
      'rights',
      vocabulary('copyrightandotherrestrictions', restricted(course.license)) +
        langString('description', attributionLine(course)),
    );
  }
  return e('lom', lom);
}

export const ieeeLomNamespace = 'http://ltsc.ieee.org/xsd/LOM';

/** An IEEE LOM document (the one SCORM 2004 refers to from its manifest). */
export function ieeeLomDocument(course: Course): string {
  const e = (name: string, children: string) => xmlElement(name, {}, children);
  const lang = lomLanguage(course);
  const langString = (name: string, text: string) =>
    e(name, xmlElement('string', { language: lang }, xmlText(text)));
  const vocabulary = (name: string, value: string) =>
    e(name, e('source', 'LOMv1.0') + e('value', xmlText(value)));
  let general = langString('title', course.title) + e('language', xmlText(lang));
  if (course.description) general += langString('description', course.description);
  let lom = e('general', general);
  if (course.authors.length > 0) {
    lom += e(
      'lifeCycle',
      e(
        'contribute',
        vocabulary('role', 'author') +
          course.authors.map((author) => e('entity', xmlText(vcard(author)))).join(''),
      ),
    );
  }
  if (course.license) {
    lom += e(
      'rights',
      vocabulary('copyrightAndOtherRestrictions', restricted(course.license)) +
        langString('description', attributionLine(course)),
    );
  }
  return xmlElement('lom', { xmlns: ieeeLomNamespace }, lom);
}
