/**
 * What SCORM 1.2 and 2004 manifests share: the whole manifest but for what sets the editions
 * apart (namespaces, versions, spelling, and what closes an item), identifiers and the file
 * lists of resources.
 */
import type { PackageTree } from '../package-tree';
import type { PlayerSite } from '../site';
import type { PlayerCourse, PlayerLesson } from '../../../shared/player/course-data';
import { defaultPassingScore } from '../../../shared/player/progress';
import { xmlDeclaration, xmlElement, xmlTextElement } from '../xml';

export const manifestFile = 'imsmanifest.xml';

/** A manifest identifier (xs:ID: must not start with a digit). */
export const packageIdentifier = (packageId: string) => `course-studio-${packageId}`;

/** `<file>` elements for paths. */
export function fileElements(paths: string[]): string {
  return paths.map((href) => xmlElement('file', { href })).join('');
}

/** Files every lesson page needs besides itself: the start page, the player and all media. */
export function sharedFiles(tree: PackageTree, site: PlayerSite): string[] {
  const lessonPages = new Set(site.course.lessons.map((lesson) => lesson.href));
  return tree.paths.filter((path) => path !== manifestFile && !lessonPages.has(path));
}

/** The lessons grouped by section, as the outline orders them. */
export function sectionsWithLessons(site: PlayerSite) {
  const byId = new Map(site.course.lessons.map((lesson) => [lesson.id, lesson]));
  return site.course.sections
    .map((section) => ({
      ...section,
      lessons: section.lessonIds.map((id) => byId.get(id)).filter((lesson) => lesson !== undefined),
    }))
    .filter((section) => section.lessons.length > 0);
}

/**
 * The mastery score (percent) to give the platform for an attempt over `lessons`, or null for
 * none. None without questions, and none when the attempt spans several lessons and one of
 * them has a pass mark of its own: an LMS comparing one score with one mark would overrule
 * that lesson's mark, so the player decides pass / fail itself and reports it.
 */
export function reportedMasteryScore(course: PlayerCourse, lessons: PlayerLesson[]): number | null {
  if (!hasQuestions(lessons)) return null;
  const lessonMarks = lessons.some(
    (lesson) => lesson.passingScore !== null && lesson.quizzes.length > 0,
  );
  if (lessons.length > 1 && lessonMarks) return null;
  return defaultPassingScore(course, lessons);
}

/** Whether the course (or one lesson) has questions, i.e. a mastery score means something. */
export function hasQuestions(lessons: { quizzes: unknown[] }[]): boolean {
  return lessons.some((lesson) => lesson.quizzes.length > 0);
}

/**
 * The manifest's resources: one SCO for the whole course (its start page lists every file), or
 * one SCO per lesson page plus one asset resource with everything they share. The attribute is
 * spelt `adlcp:scormtype` in SCORM 1.2 and `adlcp:scormType` in 2004.
 */
export function scoResources(
  tree: PackageTree,
  site: PlayerSite,
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType',
  scoPerLesson: boolean,
): string {
  if (!scoPerLesson) {
    return xmlElement(
      'resource',
      {
        identifier: 'res-course',
        type: 'webcontent',
        [scormTypeAttribute]: 'sco',
        href: 'index.html',
      },
      fileElements(tree.paths.filter((path) => path !== manifestFile)),
    );
  }
  const lessons = site.course.lessons
    .map((lesson) =>
      xmlElement(
        'resource',
        {
          identifier: `res-${lesson.id}`,
          type: 'webcontent',
          [scormTypeAttribute]: 'sco',
          href: lesson.href,
        },
        fileElements([lesson.href]) + xmlElement('dependency', { identifierref: 'res-shared' }),
      ),
    )
    .join('');
  const shared = xmlElement(
    'resource',
    { identifier: 'res-shared', type: 'webcontent', [scormTypeAttribute]: 'asset' },
    fileElements(sharedFiles(tree, site)),
  );
  return lessons + shared;
}

/** What sets SCORM 1.2's and 2004's manifests apart. */
export interface ScormEdition {
  namespaces: Record<string, string>;
  manifestVersion: string;
  schemaVersion: string;
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType';
  /** Attributes every item carries besides its identifiers. */
  itemAttributes: Record<string, string>;
  /** What closes the item of a SCO covering `lessons`: its mastery score or sequencing. */
  scoElements(lessons: PlayerLesson[]): string;
  /** What closes an item, or the organization, that holds other items. */
  groupElements: string;
  /** The course's metadata (LOM) inside the manifest's `<metadata>`, after the schema version. */
  metadata: string;
}

/**
 * Adds imsmanifest.xml for the site already in `tree`: one SCO for the course, or one per
 * lesson grouped by section, sharing one asset resource for the player and media.
 */
export function addScormManifest(
  tree: PackageTree,
  site: PlayerSite,
  scoPerLesson: boolean,
  edition: ScormEdition,
): void {
  const { course } = site;
  const item = (attributes: Record<string, string>, title: string, children: string) =>
    xmlElement(
      'item',
      { ...attributes, ...edition.itemAttributes },
      xmlTextElement('title', title) + children,
    );
  const items = !scoPerLesson
    ? item(
        { identifier: 'item-course', identifierref: 'res-course' },
        course.title,
        edition.scoElements(course.lessons),
      )
    : sectionsWithLessons(site)
        .map((section, index) =>
          item(
            { identifier: `item-section-${index + 1}` },
            section.title,
            section.lessons
              .map((lesson) =>
                item(
                  { identifier: `item-${lesson.id}`, identifierref: `res-${lesson.id}` },
                  lesson.title,
                  edition.scoElements([lesson]),
                ),
              )
              .join('') + edition.groupElements,
          ),
        )
        .join('');
  const manifest = xmlElement(
    'manifest',
    {
      identifier: packageIdentifier(course.id),
      version: edition.manifestVersion,
      ...edition.namespaces,
    },
    xmlElement(
      'metadata',
      {},
      xmlTextElement('schema', 'ADL SCORM') +
        xmlTextElement('schemaversion', edition.schemaVersion) +
        edition.metadata,
    ) +
      xmlElement(
        'organizations',
        { default: 'org' },
        xmlElement(
          'organization',
          { identifier: 'org' },
          xmlTextElement('title', course.title) + items + edition.groupElements,
        ),
      ) +
      xmlElement(
        'resources',
        {},
        scoResources(tree, site, edition.scormTypeAttribute, scoPerLesson),
      ),
  );
  tree.addText(manifestFile, xmlDeclaration + manifest + '\n');
}
