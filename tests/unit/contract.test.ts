import { describe, expect, it } from 'vitest';
import { dispatch, eventNames, methodNames, methods } from '../../electron/shared/contract';
import { StudioError } from '../../electron/shared/errors';
import { makeStudio } from '../support/studio';

describe('the contract', () => {
  it('has a handler in core for every method and nothing else', () => {
    const { studio } = makeStudio();
    expect(Object.keys(studio.handlers).sort()).toEqual([...methodNames].sort());
    expect([...eventNames].sort()).toEqual(
      ['job.changed', 'job.progress', 'project.changed'].sort(),
    );
  });

  it.each([
    ['project.open', {}],
    ['project.open', { path: 42 }],
    ['project.create', { path: '/tmp/x.course', title: '   ', language: 'en' }],
    ['project.create', { path: '/tmp/x.course', title: 'T', language: 'fr' }],
    ['outline.move', { id: 'a', sectionId: null, index: -1 }],
    [
      'lesson.save',
      { id: 'a', doc: { root: { type: 'paragraph', children: [] } }, baseRevision: 0 },
    ],
    ['lesson.save', { id: 'a', doc: 'not a document', baseRevision: 0 }],
    ['settings.set', { uiLanguage: 'klingon' }],
    ['captions.add', { assetId: 'a', path: '/x.vtt', lang: '../evil' }],
    ['export.result', {}],
    ['project.createSample', { path: '/tmp/x.course', sample: '../etc' }],
  ])('refuses %s with %j as INVALID_ARGUMENT, naming the field', async (method, args) => {
    const { studio } = makeStudio();
    const failure = await dispatch(studio.handlers, method, args, { origin: 't' }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(StudioError);
    expect((failure as StudioError).code).toBe('INVALID_ARGUMENT');
    expect((failure as StudioError<'INVALID_ARGUMENT'>).details?.issues).toBeInstanceOf(Array);
  });

  it('refuses unknown methods, including inherited object keys', async () => {
    const { studio } = makeStudio();
    for (const name of ['project.delete', 'toString', '__proto__', 'constructor']) {
      await expect(dispatch(studio.handlers, name, {}, { origin: 't' })).rejects.toMatchObject({
        code: 'UNKNOWN_METHOD',
      });
    }
  });

  it('answers project calls with NO_PROJECT_OPEN before a course is open', async () => {
    const { studio } = makeStudio();
    await expect(
      dispatch(studio.handlers, 'outline.get', {}, { origin: 't' }),
    ).rejects.toMatchObject({ code: 'NO_PROJECT_OPEN' });
  });

  it('turns errors into plain data without stacks', () => {
    const error = new StudioError('NOT_FOUND', 'gone', { id: 'x' });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'NOT_FOUND',
      message: 'gone',
      details: { id: 'x' },
    });
    expect(StudioError.from(new TypeError('boom')).toJSON()).toEqual({
      code: 'INTERNAL',
      message: 'boom',
    });
    expect(Object.keys(methods).length).toBe(methodNames.length);
  });
});
