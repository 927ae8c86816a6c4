/**
 * IMS Common Cartridge 1.1 (what Moodle imports) and 1.3 (Canvas): every lesson page as a
 * webcontent resource sharing one resource for the player and media, and each lesson's
 * questions as a QTI assessment placed after the lesson in the organization.
 */
import type { PackageTree } from '../package-tree';
import type { PlayerSite } from '../site';
import { xmlDeclaration, xmlElement, xmlText, xmlTextElement } from '../xml';
import { qtiAssessment } from './qti';
import { fileElements, packageIdentifier, sectionsWithLessons, sharedFiles } from './scorm-common';

export type CartridgeVersion = '1.1' | '1.3';

const profile = {
  '1.1': {
    namespace: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
    lom: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
    schemaVersion: '1.1.0',
    assessment: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
  },
  '1.3': {
    namespace: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
    lom: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
    schemaVersion: '1.3.0',
    assessment: 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment',
  },
} as const;

/** The QTI file of a lesson's assessment. */
export const assessmentFile = (lessonId: string) => `assessments/${lessonId}/assessment.xml`;

/** Adds the QTI files and imsmanifest.xml for the site already in `tree`. */
export function addCommonCartridge(
  tree: PackageTree,
  site: PlayerSite,
  version: CartridgeVersion,
): void {
  const spec = profile[version];
  const { course } = site;
  const quizLessons = new Set<string>();
  for (const lesson of course.lessons) {
    if (lesson.quizzes.length === 0) continue;
    quizLessons.add(lesson.id);
    tree.addText(
      assessmentFile(lesson.id),
      qtiAssessment(`assessment-${lesson.id}`, lesson.title, lesson.quizzes),
    );
  }
  const shared = sharedFiles(tree, site).filter((path) => !path.startsWith('assessments/'));
  const sections = sectionsWithLessons(site)
    .map((section, index) =>
      xmlElement(
        'item',
        { identifier: `item-section-${index + 1}` },
        xmlTextElement('title', section.title) +
          section.lessons
            .map(
              (lesson) =>
                xmlElement(
                  'item',
                  { identifier: `item-${lesson.id}`, identifierref: `res-${lesson.id}` },
                  xmlTextElement('title', lesson.title),
                ) +
                (quizLessons.has(lesson.id)
                  ? xmlElement(
                      'item',
                      {
                        identifier: `item-quiz-${lesson.id}`,
                        identifierref: `res-quiz-${lesson.id}`,
                      },
                      xmlTextElement('title', lesson.title),
                    )
                  : ''),
            )
            .join(''),
      ),
    )
    .join('');
  const resources =
    course.lessons
      .map(
        (lesson) =>
          xmlElement(
            'resource',
            { identifier: `res-${lesson.id}`, type: 'webcontent', href: lesson.href },
            fileElements([lesson.href]) + xmlElement('dependency', { identifierref: 'res-shared' }),
          ) +
          (quizLessons.has(lesson.id)
            ? xmlElement(
                'resource',
                { identifier: `res-quiz-${lesson.id}`, type: spec.assessment },
                fileElements([assessmentFile(lesson.id)]),
              )
            : ''),
      )
      .join('') +
    xmlElement('resource', { identifier: 'res-shared', type: 'webcontent' }, fileElements(shared));
  const lom = xmlElement(
    'lomimscc:lom',
    {},
    xmlElement(
      'lomimscc:general',
      {},
      xmlElement(
        'lomimscc:title',
        {},
        xmlElement('lomimscc:string', { language: course.language }, xmlText(course.title)),
      ),
    ),
  );
  const manifest = xmlElement(
    'manifest',
    { identifier: packageIdentifier(course.id), xmlns: spec.namespace, 'xmlns:lomimscc': spec.lom },
    xmlElement(
      'metadata',
      {},
      xmlTextElement('schema', 'IMS Common Cartridge') +
        xmlTextElement('schemaversion', spec.schemaVersion) +
        lom,
    ) +
      xmlElement(
        'organizations',
        {},
        xmlElement(
          'organization',
          { identifier: 'org', structure: 'rooted-hierarchy' },
          xmlElement('item', { identifier: 'root' }, sections),
        ),
      ) +
      xmlElement('resources', {}, resources),
  );
  tree.addText('imsmanifest.xml', xmlDeclaration + manifest + '\n');
}
