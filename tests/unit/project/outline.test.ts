import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeStudio } from '../../support/studio';

async function courseWithTwoSections() {
  const harness = makeStudio();
  const snapshot = await harness.call('project.create', {
    path: join(harness.dir, 'c.course'),
    title: 'C',
    language: 'en',
  });
  const first = snapshot.outline[0]!;
  const second = await harness.call('outline.addSection', { title: 'Two' });
  const a = await harness.call('outline.addLesson', { sectionId: first.id, title: 'A' });
  const b = await harness.call('outline.addLesson', { sectionId: second.id, title: 'B' });
  const c = await harness.call('outline.addLesson', { sectionId: second.id, title: 'C', index: 0 });
  return { ...harness, first, second, lessons: { starter: first.lessons[0]!, a, b, c } };
}

const titles = (outline: { title: string; lessons: { title: string }[] }[]) =>
  outline.map((section) => `${section.title}: ${section.lessons.map((l) => l.title).join(',')}`);

describe('the outline', () => {
  it('adds sections and lessons at the requested places', async () => {
    const { call } = await courseWithTwoSections();
    expect(titles(await call('outline.get', {}))).toEqual(['Section 1: Lesson 1,A', 'Two: C,B']);
  });

  it('renames and reorders within a section', async () => {
    const { call, lessons, first } = await courseWithTwoSections();
    await call('outline.rename', { id: lessons.a.id, title: 'Alpha 阿尔法' });
    const outline = await call('outline.move', { id: lessons.a.id, sectionId: first.id, index: 0 });
    expect(titles(outline)).toEqual(['Section 1: Alpha 阿尔法,Lesson 1', 'Two: C,B']);
  });

  it('moves a lesson between sections and keeps its document', async () => {
    const { call, lessons, first } = await courseWithTwoSections();
    const doc = {
      root: {
        type: 'root' as const,
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'kept' }] }],
      },
    };
    await call('lesson.save', { id: lessons.b.id, doc, baseRevision: 0 });
    const outline = await call('outline.move', { id: lessons.b.id, sectionId: first.id, index: 1 });
    expect(titles(outline)).toEqual(['Section 1: Lesson 1,B,A', 'Two: C']);
    const lesson = await call('lesson.get', { id: lessons.b.id });
    expect(lesson.sectionId).toBe(first.id);
    expect(lesson.doc).toEqual(doc);
  });

  it('reorders sections and refuses to nest them', async () => {
    const { call, first, second } = await courseWithTwoSections();
    expect(
      titles(await call('outline.move', { id: second.id, sectionId: null, index: 0 }))[0],
    ).toMatch(/^Two/);
    await expect(
      call('outline.move', { id: first.id, sectionId: second.id, index: 0 }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('deletes a section with its lessons, but never the last section', async () => {
    const { call, first, second, lessons } = await courseWithTwoSections();
    expect(titles(await call('outline.delete', { id: second.id }))).toEqual([
      'Section 1: Lesson 1,A',
    ]);
    await expect(call('lesson.get', { id: lessons.b.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(call('outline.delete', { id: first.id })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('tells other windows what changed, naming the origin', async () => {
    const { call, studio, first } = await courseWithTwoSections();
    const seen: unknown[] = [];
    studio.onEvent((event, payload) => seen.push({ event, ...(payload as object) }));
    await call('outline.addLesson', { sectionId: first.id, title: 'New' }, 'tab-1');
    expect(seen).toEqual([{ event: 'project.changed', reason: 'outline', origin: 'tab-1' }]);
  });
});

describe('lessons', () => {
  it('save with revisions and refuse a stale revision', async () => {
    const { call, lessons } = await courseWithTwoSections();
    const doc = { root: { type: 'root' as const, children: [] } };
    expect(await call('lesson.save', { id: lessons.a.id, doc, baseRevision: 0 })).toEqual({
      revision: 1,
    });
    expect(await call('lesson.save', { id: lessons.a.id, doc, baseRevision: 1 })).toEqual({
      revision: 2,
    });
    await expect(
      call('lesson.save', { id: lessons.a.id, doc, baseRevision: 1 }),
    ).rejects.toMatchObject({
      code: 'REVISION_CONFLICT',
      details: { revision: 2 },
    });
  });

  it('survive closing and reopening the file exactly', async () => {
    const harness = makeStudio();
    const path = join(harness.dir, 'r.course');
    const snapshot = await harness.call('project.create', {
      path,
      title: '课程',
      language: 'zh-CN',
    });
    const id = snapshot.outline[0]!.lessons[0]!.id;
    const doc = {
      root: {
        type: 'root' as const,
        children: [
          {
            type: 'heading',
            tag: 'h1',
            children: [{ type: 'text', text: '标题 "quoted" <b> & 🎓', format: 1 }],
          },
        ],
      },
    };
    await harness.call('lesson.save', { id, doc, baseRevision: 0 });
    await harness.call('project.close', {});
    await harness.call('project.open', { path });
    expect((await harness.call('lesson.get', { id })).doc).toEqual(doc);
  });
});

describe('course settings', () => {
  it('update title, description, language, authors, license and cover', async () => {
    const { call, dir } = makeStudio();
    await call('project.create', { path: join(dir, 'c.course'), title: 'Old', language: 'en' });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const cover = await call('asset.addImage', {
      name: 'cover.png',
      mime: 'image/png',
      dataBase64: png.toString('base64'),
    });
    const course = await call('course.update', {
      title: 'New 新',
      description: 'About',
      language: 'zh-CN',
      authors: ['Ann', '王芳'],
      license: 'CC BY 4.0',
      coverAssetId: cover.id,
    });
    expect(course).toMatchObject({
      title: 'New 新',
      description: 'About',
      language: 'zh-CN',
      authors: ['Ann', '王芳'],
      license: 'CC BY 4.0',
      coverAssetId: cover.id,
    });
    await expect(call('course.update', { coverAssetId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await call('project.current', {}))?.course.title).toBe('New 新');
  });
});
