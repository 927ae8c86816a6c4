/**
 * A lesson's own passing score: stored through the contract, shown in the outline, carried
 * into the player's data, and reported as a mastery score only where one score against one
 * mark decides (a one-SCO-per-lesson package); never where it would overrule a lesson's mark.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseDataGlobal, type PlayerCourse } from '../../../electron/shared/player/course-data';
import { schemas, xmllint } from '../../support/package-checks';
import { makeStudio } from '../../support/studio';
import { exportFixture } from './fixture';

const fixture = exportFixture({ video: false });

/** `<item identifier="item-<lesson>">` → its mastery score, for every item that has one. */
function masteryByItem(manifest: string, element: RegExp): Record<string, string> {
  const found: Record<string, string> = {};
  // Innermost items only: a section's item holds its lessons' items.
  for (const item of manifest.matchAll(
    /<item identifier="([^"]+)"[^>]*>((?:(?!<item ).)*?)<\/item>/gs,
  )) {
    const score = element.exec(item[2]!);
    if (score) found[item[1]!] = score[1]!;
  }
  return found;
}

function playerData(files: Map<string, Buffer>): PlayerCourse {
  const script = files.get('player/course-data.js')!.toString('utf8');
  const json = script
    .slice(script.indexOf('=') + 1)
    .trim()
    .replace(/;$/, '');
  expect(script).toContain(courseDataGlobal);
  return JSON.parse(json) as PlayerCourse;
}

describe('a lesson passing score', () => {
  it('is set, shown in the outline and cleared through the contract', async () => {
    const { call } = makeStudio();
    await call('project.open', { path: fixture.course.path });
    const [, quizLesson] = fixture.course.lessonIds;
    const outline = await call('lesson.setPassingScore', { id: quizLesson!, passingScore: 100 });
    const lessons = outline.flatMap((section) => section.lessons);
    expect(lessons.find((lesson) => lesson.id === quizLesson)).toMatchObject({ passingScore: 100 });
    expect(lessons.filter((lesson) => lesson.passingScore !== undefined)).toHaveLength(1);
    await expect(
      call('lesson.setPassingScore', { id: quizLesson!, passingScore: 101 }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      call('lesson.setPassingScore', { id: 'no-such-lesson', passingScore: 50 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A section is not a lesson.
    await expect(
      call('lesson.setPassingScore', { id: outline[0]!.id, passingScore: 50 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const cleared = await call('lesson.setPassingScore', { id: quizLesson!, passingScore: null });
    expect(cleared.flatMap((section) => section.lessons).every((l) => !('passingScore' in l))).toBe(
      true,
    );
    await call('lesson.setPassingScore', { id: quizLesson!, passingScore: 60 });
    await call('project.close', {});
  });

  it('becomes its SCO’s mastery score, and keeps a course-wide SCO from stating one', async () => {
    const [welcome, quizLesson, lightLesson, summary] = fixture.course.lessonIds;
    // The course's own mark is 75 (the fixture); the quiz lesson's is 60 (the test above).
    const perLesson12 = await fixture.exportZip('scorm12', 'per-lesson-12.zip', {
      scoPerLesson: true,
    });
    const manifest12 = perLesson12.files.get('imsmanifest.xml')!.toString('utf8');
    expect(xmllint(join(perLesson12.folder, 'imsmanifest.xml'), schemas.scorm12)).toMatchObject({
      code: 0,
    });
    expect(masteryByItem(manifest12, /<adlcp:masteryscore>(\d+)</)).toEqual({
      [`item-${quizLesson}`]: '60',
      [`item-${lightLesson}`]: '75',
    });
    expect(welcome && summary).toBeTruthy();

    const perLesson2004 = await fixture.exportZip('scorm2004', 'per-lesson-2004.zip', {
      scoPerLesson: true,
    });
    const manifest2004 = perLesson2004.files.get('imsmanifest.xml')!.toString('utf8');
    expect(xmllint(join(perLesson2004.folder, 'imsmanifest.xml'), schemas.scorm2004)).toMatchObject(
      { code: 0 },
    );
    expect(masteryByItem(manifest2004, /<imsss:minNormalizedMeasure>([\d.]+)</)).toEqual({
      [`item-${quizLesson}`]: '0.6',
      [`item-${lightLesson}`]: '0.75',
    });

    // One SCO for the whole course: the player decides pass / fail with both marks.
    const whole = await fixture.exportZip('scorm12', 'whole-12.zip');
    const wholeManifest = whole.files.get('imsmanifest.xml')!.toString('utf8');
    expect(wholeManifest).not.toContain('masteryscore');
    const data = playerData(whole.files);
    expect(data.passingScore).toBe(75);
    expect(data.lessons.map((lesson) => lesson.passingScore)).toEqual([null, 60, null, null]);

    const cmi5 = await fixture.exportZip('cmi5', 'whole-cmi5.zip');
    expect(cmi5.files.get('cmi5.xml')!.toString('utf8')).not.toContain('masteryScore');
  });
});
