/**
 * SCORM 2004 4th edition: the player site plus imsmanifest.xml (IMS CP 1.1 with ADL CP, SEQ
 * and NAV 1.3 and IMS Simple Sequencing). The mastery score becomes the primary objective's
 * minNormalizedMeasure, satisfied by measure, so the LMS and the player agree on passing.
 */
import { xmlDeclaration, xmlElement, xmlTextElement } from '../xml';
import type { PackageTree } from '../package-tree';
import type { PlayerLesson } from '../../../shared/player/course-data';
import type { PlayerSite } from '../site';
import {
  scoResources,
  manifestFile,
  packageIdentifier,
  reportedMasteryScore,
  sectionsWithLessons,
} from './scorm-common';

const namespaces = {
  xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
  'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
  'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
  'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
};

/** Adds imsmanifest.xml for the site already in `tree`. */
export function addScorm2004Manifest(
  tree: PackageTree,
  site: PlayerSite,
  scoPerLesson: boolean,
): void {
  const { course } = site;
  const scoSequencing = (lessons: PlayerLesson[]) => {
    const mastery = reportedMasteryScore(course, lessons);
    const objective =
      mastery !== null
        ? xmlElement(
            'imsss:objectives',
            {},
            xmlElement(
              'imsss:primaryObjective',
              { objectiveID: 'passing-score', satisfiedByMeasure: 'true' },
              xmlTextElement('imsss:minNormalizedMeasure', String(mastery / 100)),
            ),
          )
        : '';
    return xmlElement(
      'imsss:sequencing',
      {},
      objective +
        xmlElement('imsss:deliveryControls', {
          completionSetByContent: 'true',
          objectiveSetByContent: 'true',
        }),
    );
  };
  const flowChoice = xmlElement(
    'imsss:sequencing',
    {},
    xmlElement('imsss:controlMode', { choice: 'true', flow: 'true' }),
  );
  let items: string;
  if (!scoPerLesson) {
    items = xmlElement(
      'item',
      { identifier: 'item-course', identifierref: 'res-course' },
      xmlTextElement('title', course.title) + scoSequencing(course.lessons),
    );
  } else {
    items = sectionsWithLessons(site)
      .map((section, index) =>
        xmlElement(
          'item',
          { identifier: `item-section-${index + 1}` },
          xmlTextElement('title', section.title) +
            section.lessons
              .map((lesson) =>
                xmlElement(
                  'item',
                  { identifier: `item-${lesson.id}`, identifierref: `res-${lesson.id}` },
                  xmlTextElement('title', lesson.title) + scoSequencing([lesson]),
                ),
              )
              .join('') +
            flowChoice,
        ),
      )
      .join('');
  }
  const manifest = xmlElement(
    'manifest',
    { identifier: packageIdentifier(course.id), version: '1', ...namespaces },
    xmlElement(
      'metadata',
      {},
      xmlTextElement('schema', 'ADL SCORM') + xmlTextElement('schemaversion', '2004 4th Edition'),
    ) +
      xmlElement(
        'organizations',
        { default: 'org' },
        xmlElement(
          'organization',
          { identifier: 'org' },
          xmlTextElement('title', course.title) + items + flowChoice,
        ),
      ) +
      xmlElement('resources', {}, scoResources(tree, site, 'adlcp:scormType', scoPerLesson)),
  );
  tree.addText(manifestFile, xmlDeclaration + manifest + '\n');
}
