/**
 * Builds a course from a sample's source in `samples/<name>/course.json`: a compact list of
 * blocks per lesson that is turned into the editor's document format here, so samples stay
 * readable and diffable instead of being stored as raw editor JSON.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StudioError } from '../../shared/errors';
import type {
  CourseLanguage,
  CourseSnapshot,
  LessonDocument,
  SerializedNode,
} from '../../shared/model';
import { insertAsset } from './asset-repo';
import { updateCourse } from './course-repo';
import { now } from './ids';
import { detectImageMime } from './image-types';
import { insertLessonDocument } from './lesson-repo';
import { addLessonNode, addSection, deleteNode, getOutline } from './outline-repo';
import { Project } from './project';

export const samplesDir = fileURLToPath(new URL('../../../samples', import.meta.url));

type Block =
  | { h1: string }
  | { h2: string }
  | { h3: string }
  | { p: string }
  | { ul: string[] }
  | { ol: string[] }
  | { check: [boolean, string][] }
  | { quote: string }
  | { code: string; language?: string }
  | { table: string[][] }
  | { image: string; alt: string }
  | { hr: true };

interface SampleSource {
  title: string;
  language: CourseLanguage;
  description: string;
  authors: string[];
  license: string;
  sections: { title: string; lessons: { title: string; blocks: Block[] }[] }[];
}

/** Creates `path` from the named sample and returns the opened course's snapshot. */
export async function buildSampleCourse(
  name: string,
  path: string,
  options: { force?: boolean; nativeBinding?: string } = {},
): Promise<CourseSnapshot> {
  if (!/^[a-z0-9-]+$/.test(name))
    throw new StudioError('NOT_FOUND', `There is no sample named "${name}".`);
  const folder = join(samplesDir, name);
  let source: SampleSource;
  try {
    source = JSON.parse(readFileSync(join(folder, 'course.json'), 'utf8')) as SampleSource;
  } catch {
    throw new StudioError('NOT_FOUND', `There is no sample named "${name}".`, { name });
  }
  const project = Project.create(path, {
    title: source.title,
    language: source.language,
    force: options.force,
    nativeBinding: options.nativeBinding,
  });
  try {
    project.transact((db) => {
      const at = now();
      const [starterSection] = getOutline(db);
      updateCourse(
        db,
        { description: source.description, authors: source.authors, license: source.license },
        at,
      );
      const images = new Map<string, string>();
      const imageAsset = (file: string): string => {
        const existing = images.get(file);
        if (existing) return existing;
        const bytes = readFileSync(join(folder, basename(file)));
        const asset = insertAsset(
          db,
          { kind: 'image', name: basename(file), mime: detectImageMime(bytes, file), bytes },
          at,
        );
        images.set(file, asset.id);
        return asset.id;
      };
      for (const sectionSource of source.sections) {
        const section = addSection(db, sectionSource.title);
        for (const lessonSource of sectionSource.lessons) {
          const lesson = addLessonNode(db, section.id, lessonSource.title);
          insertLessonDocument(db, lesson.id, at, sampleDocument(lessonSource.blocks, imageAsset));
        }
      }
      if (starterSection) deleteNode(db, starterSection.id);
    });
    return project.snapshot();
  } finally {
    project.close();
  }
}

/** Turns sample blocks into a lesson document. */
export function sampleDocument(
  blocks: Block[],
  imageAsset: (file: string) => string,
): LessonDocument {
  return {
    root: element(
      'root',
      blocks.map((block) => blockNode(block, imageAsset)),
    ),
  };
}

function element(
  type: string,
  children: SerializedNode[],
  extra: Record<string, unknown> = {},
): SerializedNode & { children: SerializedNode[] } {
  return { type, version: 1, direction: null, format: '', indent: 0, ...extra, children };
}

function blockNode(block: Block, imageAsset: (file: string) => string): SerializedNode {
  if ('h1' in block) return element('heading', inline(block.h1), { tag: 'h1' });
  if ('h2' in block) return element('heading', inline(block.h2), { tag: 'h2' });
  if ('h3' in block) return element('heading', inline(block.h3), { tag: 'h3' });
  if ('p' in block) return element('paragraph', inline(block.p), { textFormat: 0, textStyle: '' });
  if ('quote' in block) return element('quote', inline(block.quote));
  if ('ul' in block)
    return list(
      'bullet',
      block.ul.map((text) => [undefined, text]),
    );
  if ('ol' in block)
    return list(
      'number',
      block.ol.map((text) => [undefined, text]),
    );
  if ('check' in block) return list('check', block.check);
  if ('code' in block) {
    const lines = block.code.split('\n');
    const children = lines.flatMap((line, index) => [
      ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
      ...(line ? [text(line, 0, 'code-highlight')] : []),
    ]);
    return element('code', children, { language: block.language ?? 'plain' });
  }
  if ('table' in block) {
    return element(
      'table',
      block.table.map((row, r) =>
        element(
          'tablerow',
          row.map((cell) =>
            element(
              'tablecell',
              [element('paragraph', inline(cell), { textFormat: 0, textStyle: '' })],
              {
                headerState: r === 0 ? 1 : 0,
                colSpan: 1,
                rowSpan: 1,
                backgroundColor: null,
              },
            ),
          ),
        ),
      ),
    );
  }
  if ('image' in block)
    return { type: 'image', version: 1, assetId: imageAsset(block.image), altText: block.alt };
  return { type: 'horizontalrule', version: 1 };
}

function list(
  listType: 'bullet' | 'number' | 'check',
  items: [boolean | undefined, string][],
): SerializedNode {
  return element(
    'list',
    items.map(([checked, content], index) =>
      element('listitem', inline(content), {
        value: index + 1,
        ...(listType === 'check' ? { checked } : {}),
      }),
    ),
    { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' },
  );
}

function text(content: string, format: number, type = 'text'): SerializedNode {
  return { type, version: 1, detail: 0, format, mode: 'normal', style: '', text: content };
}

/** `**bold**`, `*italic*`, `` `code` `` and `[label](url)` inside a sample's text. */
function inline(source: string): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[(.+?)\]\((.+?)\)/gu;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(source.slice(last, match.index), 0));
    const [, bold, italic, code, label, url] = match;
    if (bold !== undefined) nodes.push(text(bold, 1));
    else if (italic !== undefined) nodes.push(text(italic, 2));
    else if (code !== undefined) nodes.push(text(code, 16));
    else if (label !== undefined && url !== undefined) {
      nodes.push(
        element('link', [text(label, 0)], {
          url,
          rel: 'noopener noreferrer',
          target: null,
          title: null,
        }),
      );
    }
    last = match.index + match[0].length;
  }
  if (last < source.length) nodes.push(text(source.slice(last), 0));
  return nodes;
}
