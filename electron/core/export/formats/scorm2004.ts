/**
 * SCORM 2004 4th edition: the player site plus imsmanifest.xml (IMS CP 1.1 with ADL CP, SEQ
 * and NAV 1.3 and IMS Simple Sequencing). The mastery score becomes the primary objective's
 * minNormalizedMeasure, satisfied by measure, so the LMS and the player agree on passing.
 */
import type { PlayerLesson } from '../../../shared/player/course-data';
import type { PackageTree } from '../package-tree';
import type { PlayerSite } from '../site';
import { xmlDeclaration, xmlElement, xmlTextElement } from '../xml';
import { ieeeLomDocument } from './lom';
import { addScormManifest, reportedMasteryScore } from './scorm-common';

/** The course's LOM record, beside the manifest. */
export const scormMetadataFile = 'metadata.xml';

/** Adds imsmanifest.xml for the site already in `tree`. */
export function addScorm2004Manifest(
  tree: PackageTree,
  site: PlayerSite,
  scoPerLesson: boolean,
): void {
  const scoSequencing = (lessons: PlayerLesson[]) => {
    const mastery = reportedMasteryScore(site.course, lessons);
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
  tree.addText(scormMetadataFile, xmlDeclaration + ieeeLomDocument(site.metadata) + '\n');
  addScormManifest(tree, site, scoPerLesson, {
    namespaces: {
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    },
    manifestVersion: '1',
    schemaVersion: '2004 4th Edition',
    scormTypeAttribute: 'adlcp:scormType',
    itemAttributes: {},
    scoElements: scoSequencing,
    // SCORM 2004 takes metadata as a LOM file the manifest points at (ADL CP adlcp:location).
    metadata: xmlTextElement('adlcp:location', scormMetadataFile),
    // Learners may move freely and in order, in the course and in each section.
    groupElements: xmlElement(
      'imsss:sequencing',
      {},
      xmlElement('imsss:controlMode', { choice: 'true', flow: 'true' }),
    ),
  });
}
