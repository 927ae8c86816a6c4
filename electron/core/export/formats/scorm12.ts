/**
 * SCORM 1.2: the player site plus imsmanifest.xml (IMS CP 1.1.2 with ADL's adlcp extensions).
 * A SCO with questions states its mastery score (`adlcp:masteryscore`).
 */
import type { PlayerLesson } from '../../../shared/player/course-data';
import type { PackageTree } from '../package-tree';
import type { PlayerSite } from '../site';
import { xmlTextElement } from '../xml';
import { imsMetadata121 } from './lom';
import { addScormManifest, reportedMasteryScore } from './scorm-common';

/** Adds imsmanifest.xml for the site already in `tree`. */
export function addScorm12Manifest(
  tree: PackageTree,
  site: PlayerSite,
  scoPerLesson: boolean,
): void {
  addScormManifest(tree, site, scoPerLesson, {
    namespaces: {
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
    },
    manifestVersion: '1.0',
    schemaVersion: '1.2',
    scormTypeAttribute: 'adlcp:scormtype',
    itemAttributes: { isvisible: 'true' },
    scoElements: (lessons: PlayerLesson[]) => {
      const score = reportedMasteryScore(site.course, lessons);
      return score === null ? '' : xmlTextElement('adlcp:masteryscore', String(score));
    },
    groupElements: '',
    // Description, authors and licence as IMS Metadata 1.2.1, inline as SCORM 1.2 allows.
    metadata: imsMetadata121(site.metadata),
  });
}
