import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeStudio } from '../../support/studio';

const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c63fccfc0c0f09f8181818101c8600000350603fd8d6b6e8f0000000049454e44ae426082',
  'hex',
);

async function course() {
  const harness = makeStudio();
  const path = join(harness.dir, 'u.course');
  const snapshot = await harness.call('project.create', { path, title: 'U', language: 'en' });
  const first = snapshot.outline[0]!;
  const second = await harness.call('outline.addSection', { title: 'Two' });
  const a = await harness.call('outline.addLesson', { sectionId: second.id, title: 'A' });
  const b = await harness.call('outline.addLesson', { sectionId: second.id, title: 'B' });
  const c = await harness.call('outline.addLesson', { sectionId: second.id, title: 'C' });
  const image = await harness.call('asset.addImage', {
    name: 'dot.png',
    mime: 'image/png',
    dataBase64: png.toString('base64'),
  });
  const doc = {
    root: {
      type: 'root' as const,
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Keep me 保留' }] },
        { type: 'image', version: 1, assetId: image.id, altText: 'A dot' },
      ],
    },
  };
  await harness.call('lesson.save', { id: b.id, doc, baseRevision: 0 });
  await harness.call('lesson.setPassingScore', { id: b.id, passingScore: 80 });
  return { ...harness, path, first, second, lessons: { a, b, c }, doc, image };
}

const titles = (outline: { title: string; lessons: { title: string }[] }[]) =>
  outline.map((section) => `${section.title}: ${section.lessons.map((l) => l.title).join(',')}`);

describe('undoing an outline delete', () => {
  it('restores a lesson with its content, pass mark, revision, place and media reference', async () => {
    const { call, lessons, doc, image } = await course();
    const before = await call('lesson.get', { id: lessons.b.id });
    const trashed = await call('outline.trash', { id: lessons.b.id });
    expect(titles(trashed.outline)).toEqual(['Section 1: Lesson 1', 'Two: A,C']);
    await expect(call('lesson.get', { id: lessons.b.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Meanwhile the section changes: the lesson still comes back between A and C.
    await call('outline.rename', { id: lessons.a.id, title: 'Alpha' });

    const restored = await call('outline.restore', { restoreToken: trashed.restoreToken });
    expect(restored.id).toBe(lessons.b.id);
    expect(titles(restored.outline)).toEqual(['Section 1: Lesson 1', 'Two: Alpha,B,C']);
    expect(restored.outline[1]!.lessons[1]).toEqual({
      id: lessons.b.id,
      title: 'B',
      passingScore: 80,
    });
    const after = await call('lesson.get', { id: lessons.b.id });
    expect(after.doc).toEqual(doc);
    expect(after.revision).toBe(before.revision);
    // The image it shows is still in the course, under the same id.
    expect((await call('asset.list', {})).map((asset) => asset.id)).toContain(image.id);
    // A later save goes on from the restored revision.
    await call('lesson.save', { id: lessons.b.id, doc, baseRevision: after.revision });
  });

  it('restores a whole section with its lessons in order, at its old place', async () => {
    const { call, second, lessons } = await course();
    await call('outline.addSection', { title: 'Three' });
    const trashed = await call('outline.trash', { id: second.id });
    expect(titles(trashed.outline)).toEqual(['Section 1: Lesson 1', 'Three: ']);
    const restored = await call('outline.restore', { restoreToken: trashed.restoreToken });
    expect(titles(restored.outline)).toEqual(['Section 1: Lesson 1', 'Two: A,B,C', 'Three: ']);
    expect((await call('lesson.get', { id: lessons.b.id })).doc.root.children).toHaveLength(2);
  });

  it('survives closing and reopening the course', async () => {
    const { call, path, lessons } = await course();
    const { restoreToken } = await call('outline.trash', { id: lessons.c.id });
    await call('project.close', {});
    await call('project.open', { path });
    const restored = await call('outline.restore', { restoreToken });
    expect(titles(restored.outline)).toEqual(['Section 1: Lesson 1', 'Two: A,B,C']);
  });

  it('refuses a token used already or unknown, and a lesson whose section is gone', async () => {
    const { call, second, lessons } = await course();
    const { restoreToken } = await call('outline.trash', { id: lessons.a.id });
    await call('outline.restore', { restoreToken });
    await expect(call('outline.restore', { restoreToken })).rejects.toMatchObject({
      code: 'UNDO_EXPIRED',
    });
    await expect(call('outline.restore', { restoreToken: '0'.repeat(32) })).rejects.toMatchObject({
      code: 'UNDO_EXPIRED',
    });
    await expect(call('outline.restore', { restoreToken: '../x' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });

    const lesson = await call('outline.trash', { id: lessons.b.id });
    await call('outline.delete', { id: second.id });
    await expect(
      call('outline.restore', { restoreToken: lesson.restoreToken }),
    ).rejects.toMatchObject({ code: 'UNDO_PARENT_GONE', details: { title: 'B' } });
  });

  it('keeps the last section as before: it cannot be deleted', async () => {
    const { call, first, second } = await course();
    await call('outline.trash', { id: second.id });
    await expect(call('outline.trash', { id: first.id })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
