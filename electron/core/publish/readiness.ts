/**
 * The readiness check: reads the open course (outline, lesson documents, media states) and
 * lists what would make a package fail on a platform or disappoint learners. It runs before
 * every publish and on demand (`course.check`, `course-studio check`).
 */
import { readQuiz } from '../../shared/content/quiz';
import {
  asNode,
  childNodes,
  documentRoot,
  stringField,
  type NodeRecord,
} from '../../shared/content/read';
import type { MediaAsset } from '../../shared/model';
import {
  severityOf,
  type ReadinessCode,
  type ReadinessItem,
  type ReadinessReport,
  type ReadinessTarget,
} from '../../shared/readiness';
import { getCourse } from '../project/course-repo';
import { getLesson } from '../project/lesson-repo';
import { getOutline } from '../project/outline-repo';
import type { Db } from '../project/sqlite';
import { listMediaAssets } from '../media/media-repo';

interface Place {
  lessonId: string;
  lessonTitle: string;
  blockIndex: number;
}

/** Checks the course in `db` for `target`; `packageBytes` is the package's estimated size. */
export function checkReadiness(
  db: Db,
  target: ReadinessTarget = {},
  packageBytes?: number,
): ReadinessReport {
  const items: ReadinessItem[] = [];
  const add = (code: ReadinessCode, place: Place | null, details: ReadinessItem['details'] = {}) =>
    items.push({
      code,
      severity: severityOf(code),
      lessonId: place?.lessonId ?? null,
      lessonTitle: place?.lessonTitle ?? null,
      blockIndex: place?.blockIndex ?? null,
      details,
    });

  const course = getCourse(db);
  // Every asset of the course (images too) and every pending import.
  const media = new Map<string, MediaAsset>(listMediaAssets(db).map((asset) => [asset.id, asset]));
  const outline = getOutline(db);
  const lessons = outline.flatMap((section) => section.lessons);
  if (lessons.length === 0) add('COURSE_NO_LESSONS', null);

  for (const { id, title } of lessons) {
    const root = documentRoot(getLesson(db, id).doc);
    const blocks = root ? childNodes(root) : [];
    if (blocks.every(isBlank)) {
      add('LESSON_EMPTY', { lessonId: id, lessonTitle: title, blockIndex: 0 });
      continue;
    }
    blocks.forEach((block, blockIndex) => {
      const place = { lessonId: id, lessonTitle: title, blockIndex };
      walk(block, (node) => checkNode(node, place));
    });
  }

  function checkNode(node: NodeRecord, place: Place): void {
    switch (node.type) {
      case 'quiz':
        checkQuestion(node, place);
        break;
      case 'image': {
        const assetId = stringField(node, 'assetId') ?? '';
        const asset = media.get(assetId);
        if (!asset) add('ASSET_MISSING', place, { assetId });
        else if ((stringField(node, 'altText') ?? '').trim() === '')
          add('IMAGE_NO_ALT', place, { name: asset.name });
        break;
      }
      case 'video': {
        const assetId = stringField(node, 'assetId') ?? '';
        const asset = media.get(assetId);
        if (!asset) add('ASSET_MISSING', place, { assetId });
        else if (asset.state === 'failed') add('MEDIA_FAILED', place, { name: asset.name });
        else if (asset.state !== 'ready') add('MEDIA_NOT_READY', place, { name: asset.name });
        else if (asset.kind === 'video' && (asset.meta?.captions.length ?? 0) === 0)
          add('VIDEO_NO_CAPTIONS', place, { name: asset.name });
        const questions = Array.isArray(node.questions) ? node.questions : [];
        for (const question of questions) {
          const quiz = asNode({ type: 'quiz', ...((question as { quiz?: object })?.quiz ?? {}) });
          if (quiz) checkQuestion(quiz, place);
        }
        break;
      }
      case 'link':
      case 'autolink': {
        const url = stringField(node, 'url') ?? '';
        if (target.https && /^http:/i.test(url)) add('INSECURE_LINK', place, { url });
        break;
      }
    }
  }

  function checkQuestion(node: NodeRecord, place: Place): void {
    const prompt = (stringField(node, 'prompt') ?? '').slice(0, 80);
    const quiz = readQuiz(node);
    // readQuiz refuses a fill-in without answers; a choice question needs one correct choice.
    if (!quiz || (quiz.kind !== 'fill' && !quiz.choices.some((choice) => choice.correct)))
      add('QUIZ_NO_CORRECT_ANSWER', place, { prompt });
  }

  if (course.description.trim() === '') add('COURSE_NO_DESCRIPTION', null);
  if (course.license.trim() === '') add('COURSE_NO_LICENSE', null);
  if (
    target.sizeLimitBytes !== undefined &&
    packageBytes !== undefined &&
    packageBytes > target.sizeLimitBytes
  ) {
    add('PACKAGE_TOO_LARGE', null, {
      sizeMb: Math.ceil(packageBytes / 1e6),
      limitMb: Math.floor(target.sizeLimitBytes / 1e6),
    });
  }

  const blocks = items.filter((item) => item.severity === 'block').length;
  return { ok: blocks === 0, blocks, warnings: items.length - blocks, items };
}

/** Visits `node` and everything under it, depth first, in document order. */
function walk(node: NodeRecord, visit: (node: NodeRecord) => void, depth = 0): void {
  if (depth > 200) return;
  visit(node);
  for (const child of childNodes(node)) walk(child, visit, depth + 1);
}

/** A paragraph with no text, or nothing at all: what an untouched lesson holds. */
function isBlank(node: NodeRecord): boolean {
  if (node.type !== 'paragraph') return false;
  return childNodes(node).every(
    (child) => child.type === 'text' && (stringField(child, 'text') ?? '').trim() === '',
  );
}
