/**
 * SCORM 1.2: the player site plus imsmanifest.xml (IMS CP 1.1.2 with ADL's adlcp extensions).
 * One SCO launching index.html by default; with `scoPerLesson`, one SCO per lesson page,
 * grouped by section, sharing one asset resource for the player and media.
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
  xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
};

/** Adds imsmanifest.xml for the site already in `tree`. */
export function addScorm12Manifest(
  tree: PackageTree,
  site: PlayerSite,
  scoPerLesson: boolean,
): void {
  const { course } = site;
  const mastery = (lessons: PlayerLesson[]) => {
    const score = reportedMasteryScore(course, lessons);
    return score === null ? '' : xmlTextElement('adlcp:masteryscore', String(score));
  };
  let items: string;
  if (!scoPerLesson) {
    items = xmlElement(
      'item',
      { identifier: 'item-course', identifierref: 'res-course', isvisible: 'true' },
      xmlTextElement('title', course.title) + mastery(course.lessons),
    );
  } else {
    items = sectionsWithLessons(site)
      .map((section, index) =>
        xmlElement(
          'item',
          { identifier: `item-section-${index + 1}`, isvisible: 'true' },
          xmlTextElement('title', section.title) +
            section.lessons
              .map((lesson) =>
                xmlElement(
                  'item',
                  {
                    identifier: `item-${lesson.id}`,
                    identifierref: `res-${lesson.id}`,
                    isvisible: 'true',
                  },
                  xmlTextElement('title', lesson.title) + mastery([lesson]),
                ),
              )
              .join(''),
        ),
      )
      .join('');
  }
  const manifest = xmlElement(
    'manifest',
    { identifier: packageIdentifier(course.id), version: '1.0', ...namespaces },
    xmlElement(
      'metadata',
      {},
      xmlTextElement('schema', 'ADL SCORM') + xmlTextElement('schemaversion', '1.2'),
    ) +
      xmlElement(
        'organizations',
        { default: 'org' },
        xmlElement(
          'organization',
          { identifier: 'org' },
          xmlTextElement('title', course.title) + items,
        ),
      ) +
      xmlElement('resources', {}, scoResources(tree, site, 'adlcp:scormtype', scoPerLesson)),
  );
  tree.addText(manifestFile, xmlDeclaration + manifest + '\n');
}
