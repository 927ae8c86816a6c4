/**
 * IMS Common Cartridge 1.1 (what Moodle imports) and 1.3 (Canvas). Both platforms keep a
 * page's HTML and drop its scripts, so a cartridge carries no player: each lesson is a static
 * page (static-page.ts) without its questions, and the questions follow it as a QTI
 * assessment the platform turns into its own quiz. Rules each importer applies are named
 * beside the code that follows them.
 */
import { renderLessonHtml } from '../../../shared/content';
import { mediaFileNames } from '../../../shared/media-files';
import type { ExportSnapshot } from '../snapshot';
import { planMedia, type MediaPlan } from '../media-plan';
import type { PackageTree } from '../package-tree';
import { xmlDeclaration, xmlElement, xmlTextElement } from '../xml';
import { cartridgeLom } from './lom';
import { qtiAssessment } from './qti';
import { fileElements, packageIdentifier } from './scorm-common';
import {
  courseOverviewBody,
  staticPageHtml,
  staticPageText,
  withoutQuestions,
} from './static-page';
import { lessonQuizzes } from '../player-course';

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

/**
 * Pages live in wiki_content/: Canvas's importer makes web content there (with its
 * `<meta name="identifier">`) into Pages, as Canvas's own cartridges do, and everything else
 * into Files (instructure/canvas-lms lib/cc/importer/standard/converter.rb,
 * webcontent_converter.rb). Media go under web_resources/, the folder Canvas treats as the
 * Files root (webcontent_converter.rb's WEB_RESOURCES_FOLDER), so they do not spill into it.
 */
export const cartridgePagesFolder = 'wiki_content';
export const cartridgeFilesFolder = 'web_resources';

/** The page of a lesson in a cartridge. */
export const cartridgeLessonPage = (lessonId: string) =>
  `${cartridgePagesFolder}/lesson-${lessonId}.html`;
export const cartridgeOverviewPage = `${cartridgePagesFolder}/course-overview.html`;

/** The QTI file of a lesson's assessment. */
export const assessmentFile = (lessonId: string) => `assessments/${lessonId}/assessment.xml`;

const quizTitle = (language: string, lessonTitle: string) =>
  language === 'zh-CN' ? `测验：${lessonTitle}` : `Quiz: ${lessonTitle}`;

/** Adds the whole cartridge for `snapshot` to `tree`. */
export function addCommonCartridge(
  tree: PackageTree,
  snapshot: ExportSnapshot,
  version: CartridgeVersion,
): void {
  const spec = profile[version];
  const { course } = snapshot;
  // MP4 only: with no player there is no HLS, and no hls.js either.
  const plan = planMedia(snapshot, { hls: false, folder: `${cartridgeFilesFolder}/media` });
  // Pages show no poster (see pageVideoSources), so the package does not carry one.
  const mediaFiles = plan.files.filter(({ path }) => !path.endsWith(`/${mediaFileNames.poster}`));
  for (const { path, file } of mediaFiles) tree.addChunked(path, file);
  const fromPage = (path: string) => (path ? `../${path}` : '');

  const resources: string[] = [];
  const lessonItems = new Map<string, string>();
  for (const lesson of snapshot.lessons) {
    const { doc } = withoutQuestions(lesson.doc, course.language);
    const page = cartridgeLessonPage(lesson.id);
    tree.addText(
      page,
      staticPageHtml({
        title: lesson.title,
        language: course.language,
        identifier: `res-${lesson.id}`,
        // No <h1>: Moodle and Canvas show the page's name (its <title>) above the body.
        body: renderLessonHtml(doc, {
          assetUrl: (assetId) => fromPage(plan.imageUrl(assetId)),
          videoSources: (assetId) => pageVideoSources(plan, assetId, fromPage),
          language: course.language,
          // MathML only: Moodle's and Canvas's page editors keep no linked stylesheet, and
          // browsers typeset MathML themselves (as for Open edX).
          math: 'mathml',
        }),
      }),
    );
    resources.push(
      xmlElement(
        'resource',
        { identifier: `res-${lesson.id}`, type: 'webcontent', href: page },
        fileElements([page]) + xmlElement('dependency', { identifierref: 'res-media' }),
      ),
    );
    let items = xmlElement(
      'item',
      { identifier: `item-${lesson.id}`, identifierref: `res-${lesson.id}` },
      xmlTextElement('title', lesson.title),
    );
    const quizzes = lessonQuizzes(lesson.doc);
    if (quizzes.length > 0) {
      const title = quizTitle(course.language, lesson.title);
      tree.addText(
        assessmentFile(lesson.id),
        qtiAssessment(`assessment-${lesson.id}`, title, quizzes),
      );
      resources.push(
        xmlElement(
          'resource',
          { identifier: `res-quiz-${lesson.id}`, type: spec.assessment },
          fileElements([assessmentFile(lesson.id)]),
        ),
      );
      items += xmlElement(
        'item',
        { identifier: `item-quiz-${lesson.id}`, identifierref: `res-quiz-${lesson.id}` },
        xmlTextElement('title', title),
      );
    }
    lessonItems.set(lesson.id, items);
  }

  // The overview page comes first: Moodle makes each child of the root item a course section
  // and the first one section 0, "General" (moodle/moodle backup/cc/cc2moodle.php,
  // create_node_course_sections_section, ROOT_DEEP = 2 in includes/constants.php). So the
  // course's description, authors and licence land in General, and chapter 1 in section 1.
  // A section item has no resource: as a label its title becomes the section's summary,
  // the only place Moodle can put it (backup/cc/sheets/course_sections_section.xml has no
  // section name).
  const sections = snapshot.outline
    .map((section) => ({
      title: section.title,
      lessons: section.lessons.filter((lesson) => lessonItems.has(lesson.id)),
    }))
    .filter((section) => section.lessons.length > 0);
  const cover = course.coverAssetId ? plan.imageUrl(course.coverAssetId) : '';
  tree.addText(
    cartridgeOverviewPage,
    staticPageHtml({
      title: course.title,
      language: course.language,
      identifier: 'res-overview',
      body: courseOverviewBody(
        course,
        sections.map((section) => ({
          title: section.title,
          lessons: section.lessons.map((lesson) => lesson.title),
        })),
        cover ? fromPage(cover) : null,
      ),
    }),
  );
  resources.unshift(
    xmlElement(
      'resource',
      { identifier: 'res-overview', type: 'webcontent', href: cartridgeOverviewPage },
      fileElements([cartridgeOverviewPage]) +
        xmlElement('dependency', { identifierref: 'res-media' }),
    ),
  );
  resources.push(
    xmlElement(
      'resource',
      { identifier: 'res-media', type: 'webcontent' },
      fileElements(mediaFiles.map((file) => file.path)),
    ),
  );

  const organization =
    xmlElement(
      'item',
      { identifier: 'item-overview', identifierref: 'res-overview' },
      xmlTextElement('title', staticPageText(course.language).about),
    ) +
    sections
      .map((section, index) =>
        xmlElement(
          'item',
          { identifier: `item-section-${index + 1}` },
          xmlTextElement('title', section.title) +
            section.lessons.map((lesson) => lessonItems.get(lesson.id) ?? '').join(''),
        ),
      )
      .join('');
  const manifest = xmlElement(
    'manifest',
    {
      identifier: packageIdentifier(snapshot.packageId),
      xmlns: spec.namespace,
      'xmlns:lomimscc': spec.lom,
    },
    xmlElement(
      'metadata',
      {},
      xmlTextElement('schema', 'IMS Common Cartridge') +
        xmlTextElement('schemaversion', spec.schemaVersion) +
        // Moodle names the course from general/title and describes it with
        // general/description (cc2moodle.php, create_node_course_header).
        cartridgeLom(course, 'lomimscc'),
    ) +
      xmlElement(
        'organizations',
        {},
        xmlElement(
          'organization',
          { identifier: 'org', structure: 'rooted-hierarchy' },
          xmlElement('item', { identifier: 'root' }, organization),
        ),
      ) +
      xmlElement('resources', {}, resources.join('')),
  );
  tree.addText('imsmanifest.xml', xmlDeclaration + manifest + '\n');
}

/**
 * A video as a plain page plays it: the MP4 and caption files, relative to the page. No
 * poster: Moodle rewrites a page's relative href, src, background, archive and code
 * attributes that resolve to a package file into links to its own copy, and no other
 * (backup/cc/entity11.resource.class.php), so a poster link would point nowhere.
 */
function pageVideoSources(plan: MediaPlan, assetId: string, fromPage: (path: string) => string) {
  const sources = plan.videoSources(assetId);
  if (!sources?.mp4) return null;
  return {
    mp4: fromPage(sources.mp4),
    captions: (sources.captions ?? []).map((caption) => ({
      ...caption,
      src: caption.src ? fromPage(caption.src) : undefined,
    })),
  };
}
