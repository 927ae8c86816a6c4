/**
 * cmi5: the player site plus cmi5.xml, the course structure an LMS imports. One AU launching
 * index.html by default, or one AU per lesson page in a block per section. Ids are IRIs built
 * from the course's stable package id, so a re-import updates the same course.
 */
import type { PackageTree } from '../package-tree';
import type { PlayerSite } from '../site';
import { xmlDeclaration, xmlElement, xmlText } from '../xml';
import type { PlayerLesson } from '../../../shared/player/course-data';
import { attributionLine } from './lom';
import { hasQuestions, reportedMasteryScore, sectionsWithLessons } from './scorm-common';

export const cmi5File = 'cmi5.xml';
const namespace = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** The IRI the course's activities hang under. */
export const cmi5CourseIri = (packageId: string) => `urn:course-studio:course:${packageId}`;

/** Adds cmi5.xml for the site already in `tree`. */
export function addCmi5Structure(
  tree: PackageTree,
  site: PlayerSite,
  auPerLesson: boolean,
  description: string,
): void {
  const { course } = site;
  const iri = cmi5CourseIri(course.id);
  const lang = course.language === 'zh-CN' ? 'zh-CN' : 'en-US';
  const langString = (name: string, text: string) =>
    xmlElement(name, {}, xmlElement('langstring', { lang }, xmlText(text)));
  const au = (
    id: string,
    title: string,
    url: string,
    lessons: PlayerLesson[],
    auDescription = title,
  ) => {
    const scored = hasQuestions(lessons);
    const mastery = reportedMasteryScore(course, lessons);
    return xmlElement(
      'au',
      {
        id,
        moveOn: scored ? 'CompletedAndPassed' : 'Completed',
        masteryScore: mastery === null ? undefined : String(mastery / 100),
        launchMethod: 'AnyWindow',
      },
      langString('title', title) +
        langString('description', auDescription) +
        xmlElement('url', {}, xmlText(url)),
    );
  };
  // The course's description with its attribution, since cmi5.xml has no other place for
  // authors and licence; an LMS shows it in its catalogue.
  const courseDescription = [description || course.title, attributionLine(site.metadata)]
    .filter(Boolean)
    .join('\n\n');
  const body = auPerLesson
    ? sectionsWithLessons(site)
        .map((section, index) =>
          xmlElement(
            'block',
            { id: `${iri}/block/${index + 1}` },
            langString('title', section.title) +
              langString('description', section.title) +
              section.lessons
                .map((lesson) => au(`${iri}/au/${lesson.id}`, lesson.title, lesson.href, [lesson]))
                .join(''),
          ),
        )
        .join('')
    : au(`${iri}/au`, course.title, 'index.html', course.lessons, courseDescription);
  const structure = xmlElement(
    'courseStructure',
    { xmlns: namespace },
    xmlElement(
      'course',
      { id: iri },
      langString('title', course.title) + langString('description', courseDescription),
    ) + body,
  );
  tree.addText(cmi5File, xmlDeclaration + structure + '\n');
}
