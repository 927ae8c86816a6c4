import type { LessonDocument, SerializedNode } from '../../electron/shared/model';

const english =
  'Students learn best when they practise what they read, so every lesson ends with an exercise';
const chinese = '学生在练习中学得最好，因此每一课都以练习结束';

function paragraph(index: number, words: number): SerializedNode {
  const sentence = index % 2 === 0 ? english : chinese;
  let text = '';
  while (text.split(/\s+/).length < words) text += `${sentence} (${index}). `;
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      {
        type: 'text',
        version: 1,
        detail: 0,
        format: index % 7 === 0 ? 1 : 0,
        mode: 'normal',
        style: '',
        text,
      },
    ],
  };
}

/** A lesson of `paragraphs` paragraphs of about `wordsEach` words, English and Chinese mixed. */
export function lessonOf(paragraphs: number, wordsEach = 20): LessonDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: Array.from({ length: paragraphs }, (_, index) => paragraph(index, wordsEach)),
    },
  };
}
