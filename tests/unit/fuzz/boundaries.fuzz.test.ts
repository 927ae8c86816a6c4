/**
 * Issue 9: fuzzing the boundaries untrusted input crosses. Random arguments for every contract
 * method (through `dispatch`, on a real studio with a real course open), random caption bytes
 * and text, and random lesson documents for the loader and renderer. Nothing may crash or
 * hang: a call either succeeds or fails with a coded StudioError, never INTERNAL. Runs are
 * few and seeded per run by fast-check (a failure prints its seed and shrunk input).
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCaptionText } from '../../../electron/core/media/caption-encoding';
import { parseCaptions } from '../../../electron/core/media/caption-files';
import { lessonPlainText, renderLessonHtml } from '../../../electron/shared/content';
import { lessonNodeTypes } from '../../../electron/shared/content/nodes';
import { dispatch, methodNames, methods, type MethodName } from '../../../electron/shared/contract';
import { errorCodes, StudioError } from '../../../electron/shared/errors';
import type { LessonDocument } from '../../../electron/shared/model';
import { makeStudio } from '../../support/studio';

/**
 * Methods left out: they write to a path anywhere on disk, run ffmpeg, send to the network,
 * replace the open course's content wholesale, or close the course.
 */
const unsafeToFuzz = new Set<MethodName>([
  'project.create',
  'project.createSample',
  'project.close',
  'export.run',
  'media.import',
  'media.replace',
  'media.extract',
  'review.copy',
  'review.site',
  'review.merge',
  'snapshots.restore',
  'profiles.save',
  'publish.run',
]);

function expectCodedFailure(error: unknown): void {
  expect(error).toBeInstanceOf(StudioError);
  const { code, message } = error as StudioError;
  expect(errorCodes).toContain(code);
  expect(code, message).not.toBe('INTERNAL');
}

/**
 * Random values for a method's own argument names, mixed with the course's real ids and
 * plausible values, so validation is passed often and the handlers run.
 */
function argsFor(method: MethodName, ids: string[]) {
  const shape = (methods[method].args as unknown as { shape?: Record<string, unknown> }).shape;
  const keys = Object.keys(shape ?? {});
  const value = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', '-', '..', '/dev/zero', 'en', 'zh-CN', 'x'.repeat(400), '\u001b[2J\u202e'),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(...ids, 0, 1, 3, 'Title', 'captions.srt', 'site', 'aGVsbG8='),
    fc.constantFrom(...ids),
  );
  const record = Object.fromEntries(keys.map((key) => [key, value]));
  return fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.record(record),
    fc.record(record, { requiredKeys: [] }),
  );
}

/** A lesson-document-shaped value: known and unknown node types, wrong field types, nesting. */
const documentNode = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.anything({ maxDepth: 1 }),
    fc.record(
      {
        type: fc.oneof(fc.constantFrom(...lessonNodeTypes), fc.string({ maxLength: 12 })),
        text: fc.oneof(fc.string(), fc.constant('<script>alert(1)</script>'), fc.integer()),
        url: fc.constantFrom('javascript:alert(1)', 'https://example.com', 'data:text/html,x', 7),
        assetId: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('../../etc/passwd')),
        format: fc.oneof(fc.integer(), fc.string({ maxLength: 4 })),
        tag: fc.constantFrom('h1', 'h7', 'script', 'ol', 1),
        children: fc.array(tie('node'), { maxLength: 4 }),
      },
      { requiredKeys: ['type'] },
    ),
  ),
})).node;

const lessonDocumentValue = fc.oneof(
  fc.record({ root: fc.record({ type: fc.constant('root'), children: fc.array(documentNode) }) }),
  fc.anything({ maxDepth: 3 }),
);

describe('fuzzing the contract', () => {
  it('every method, random arguments: a result or a coded StudioError', async () => {
    const { studio, call, dir } = makeStudio();
    await call('project.create', { path: join(dir, 'fuzz.course'), title: 'Fuzz', language: 'en' });
    const fuzzed = methodNames.filter((name) => !unsafeToFuzz.has(name));
    const outline = await call('outline.get', {});
    const ids = outline.flatMap((section) => [section.id, ...section.lessons.map((l) => l.id)]);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...fuzzed)
          .chain((method) => fc.tuple(fc.constant(method), argsFor(method, ids))),
        async ([method, args]) => {
          try {
            await dispatch(studio.handlers, method, args, { origin: 'fuzz' });
          } catch (error) {
            expectCodedFailure(error);
          }
        },
      ),
      { numRuns: 500 },
    );
    // The course is still open and whole after all of that.
    expect((await call('project.current', {}))?.course.title).toBeTruthy();
  });

  it('lesson.save with random documents, then lesson.get and preview.lesson', async () => {
    const { studio, call, dir } = makeStudio();
    await call('project.create', { path: join(dir, 'docs.course'), title: 'Docs', language: 'en' });
    const lessonId = (await call('outline.get', {}))[0]!.lessons[0]!.id;
    await fc.assert(
      fc.asyncProperty(lessonDocumentValue, async (doc) => {
        const { revision } = await call('lesson.get', { id: lessonId });
        try {
          await dispatch(
            studio.handlers,
            'lesson.save',
            { id: lessonId, doc, baseRevision: revision },
            { origin: 'fuzz' },
          );
        } catch (error) {
          expectCodedFailure(error);
          return;
        }
        await call('lesson.get', { id: lessonId });
        await call('preview.lesson', { id: lessonId });
      }),
      { numRuns: 60 },
    );
  });
});

describe('fuzzing the caption readers', () => {
  it('random bytes decode or fail with CAPTIONS_ENCODING', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(undefined, 'en', 'zh-TW', 'ja', 'ko', 'zh-CN', 'xx'),
        (bytes, lang) => {
          try {
            const { text } = decodeCaptionText(bytes, 'fuzz.srt', lang ? { lang } : {});
            expect(text).not.toContain('\uFFFD');
          } catch (error) {
            expectCodedFailure(error);
            expect((error as StudioError).code).toBe('CAPTIONS_ENCODING');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random caption text parses or fails with CAPTIONS_MALFORMED', () => {
    const timing = fc
      .tuple(fc.nat(99), fc.nat(70), fc.nat(70), fc.nat(1200))
      .map(([h, m, s, ms]) => `${h}:${m}:${s},${ms}`);
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.tuple(timing, timing).map(([a, b]) => `${a} --> ${b}`),
      fc.constantFrom('WEBVTT', '', 'NOTE x', '1', '<b>bold</b>', '{\\an8}x', '-->'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        try {
          parseCaptions(lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0]));
        } catch (error) {
          expectCodedFailure(error);
          expect((error as StudioError).code).toBe('CAPTIONS_MALFORMED');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzzing the lesson renderer', () => {
  it('renders any document-shaped value to safe HTML without throwing', () => {
    fc.assert(
      fc.property(lessonDocumentValue, (doc) => {
        const html = renderLessonHtml(doc as LessonDocument, {
          assetUrl: (id) => `media/${id}`,
        });
        expect(html).not.toMatch(/<script|javascript:|data:text\/html/i);
        expect(typeof lessonPlainText(doc as LessonDocument)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });
});
