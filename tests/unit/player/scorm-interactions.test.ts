import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { readQuiz, type Quiz, type QuizAnswer } from '../../../electron/shared/content';
import {
  clipText,
  readInteractionCount,
  scorm12Interaction,
  scorm12InteractionId,
  scorm12Time,
  scorm2004Interaction,
  scorm2004InteractionId,
  scorm2004Timestamp,
  xapiInteraction,
  type AnsweredQuestion,
} from '../../../electron/shared/player/scorm-interactions';

const at = new Date(2025, 2, 9, 7, 5, 3, 456);

const single = readQuiz({
  id: 'q-single',
  kind: 'single',
  points: 2,
  prompt: 'Which force keeps planets in orbit?',
  choices: [
    { id: 'a-1', text: 'Gravity', correct: true },
    { id: 'b_2', text: 'Magnetism' },
    { id: 'c', text: 'Friction' },
  ],
})!;
const multiple = readQuiz({
  id: 'q-multiple',
  kind: 'multiple',
  points: 1.5,
  prompt: 'Which are vectors?',
  choices: [
    { id: 'v', text: 'Velocity', correct: true },
    { id: 'm', text: 'Mass' },
    { id: 'f', text: 'Force', correct: true },
  ],
})!;
const trueFalse = (trueIsCorrect: boolean): Quiz =>
  readQuiz({
    id: 'q-tf',
    kind: 'truefalse',
    prompt: 'Light is faster than sound.',
    choices: [
      { id: 'true', text: '', correct: trueIsCorrect },
      { id: 'false', text: '', correct: !trueIsCorrect },
    ],
  })!;
const fill = readQuiz({
  id: 'q-fill',
  kind: 'fill',
  points: 1000,
  prompt: '{lang} The SI unit\nof force is the ___.',
  answers: ['newton', 'Newton ', 'N', '牛顿', 'nt', 'newtons', 'kg m/s²'],
})!;

function answered(quiz: Quiz, answer: QuizAnswer, correct = false): AnsweredQuestion {
  return { lessonId: 'Lesson_1-x', quiz, answer, correct, at };
}

describe('SCORM interaction ids', () => {
  it('are a space-free CMIIdentifier for 1.2 and a URN for 2004', () => {
    expect(scorm12InteractionId('Lesson_1-x', 'q-single')).toBe('Lesson_1-x.q-single');
    expect(scorm2004InteractionId('Lesson_1-x', 'q-single')).toBe(
      'urn:course-studio:Lesson_1-x:q-single',
    );
  });

  it('replace characters an identifier cannot hold and stay within the limits', () => {
    const id12 = scorm12InteractionId('a lesson/é', 'x'.repeat(300));
    expect(id12).toMatch(/^[\x21-\x7e]+$/);
    expect(id12.length).toBeLessThanOrEqual(255);
    expect(id12.startsWith('a_lesson__.')).toBe(true);
    const id2004 = scorm2004InteractionId('', 'x'.repeat(5000));
    expect(id2004).toMatch(/^urn:course-studio:_:x+$/);
    expect(id2004.length).toBeLessThanOrEqual(250);
  });
});

describe('SCORM 1.2 interactions', () => {
  it('report choices by position, in the question order, with the correct pattern', () => {
    expect(scorm12Interaction(answered(single, { choices: ['a-1'] }, true))).toEqual({
      id: 'Lesson_1-x.q-single',
      type: 'choice',
      time: '07:05:03',
      weighting: '2',
      student_response: 'a',
      result: 'correct',
      correct_responses: ['a'],
    });
    const wrong = scorm12Interaction(answered(multiple, { choices: ['f', 'm', 'unknown'] }));
    expect(wrong).toMatchObject({
      student_response: 'b,c',
      result: 'wrong',
      weighting: '1.5',
      correct_responses: ['a,c'],
    });
  });

  it('report true / false as t or f, whichever choice is correct', () => {
    expect(scorm12Interaction(answered(trueFalse(true), { choices: ['false'] }))).toMatchObject({
      type: 'true-false',
      student_response: 'f',
      correct_responses: ['t'],
    });
    expect(scorm12Interaction(answered(trueFalse(false), { choices: ['true'] }))).toMatchObject({
      student_response: 't',
      correct_responses: ['f'],
    });
  });

  it('report typed text on one line within 255 characters, and at most five answers', () => {
    const long = `  NEW\n ton ${'y'.repeat(300)}`;
    const interaction = scorm12Interaction(answered(fill, { text: long }));
    expect(interaction.type).toBe('fill-in');
    expect(interaction.student_response).toBe(`NEW ton ${'y'.repeat(247)}`);
    expect(interaction.correct_responses).toEqual(['newton', 'Newton', 'N', '牛顿', 'nt']);
    // 1,000 points is outside the weighting range 1.2 runtimes accept: left out, not clamped.
    expect(interaction.weighting).toBeNull();
  });
});

describe('SCORM 2004 interactions', () => {
  it('report choices as [,]-separated positions with the prompt as description', () => {
    expect(scorm2004Interaction(answered(multiple, { choices: ['v', 'f'] }, true))).toEqual({
      id: 'urn:course-studio:Lesson_1-x:q-multiple',
      type: 'choice',
      timestamp: scorm2004Timestamp(at),
      weighting: '1.5',
      learner_response: 'a[,]c',
      result: 'correct',
      description: 'Which are vectors?',
      correct_responses: ['a[,]c'],
    });
  });

  it('report true / false as true or false', () => {
    expect(scorm2004Interaction(answered(trueFalse(true), { choices: ['false'] }))).toMatchObject({
      type: 'true-false',
      learner_response: 'false',
      result: 'incorrect',
      correct_responses: ['true'],
    });
  });

  it('keep typed text one string within 250 characters, never opening with a brace', () => {
    const interaction = scorm2004Interaction(
      answered(fill, { text: `{ {lang=en} a[,]b [[,]] ${'z'.repeat(300)}` }),
    );
    expect(interaction.learner_response).toBe(`lang=en} a,b , ${'z'.repeat(235)}`);
    expect(interaction.learner_response).not.toContain('[,]');
    expect(interaction.learner_response).toHaveLength(250);
    expect(interaction.description).toBe('lang} The SI unit of force is the ___.');
    expect(interaction.weighting).toBe('1000');
  });

  it('clip a long prompt to 250 characters without splitting a character', () => {
    const quiz = { ...single, prompt: `${'p'.repeat(249)}🎉 and more` };
    const description = scorm2004Interaction(answered(quiz, { choices: ['c'] })).description;
    expect(description).toBe('p'.repeat(249));
    expect(clipText('ab🎉', 4)).toBe('ab🎉');
    expect(clipText('ab🎉', 3)).toBe('ab');
  });
});

describe('SCORM times and counts', () => {
  it('write the time of day for 1.2 and a UTC time with two fraction digits for 2004', () => {
    expect(scorm12Time(at)).toBe('07:05:03');
    const utc = new Date(Date.UTC(2025, 0, 31, 23, 59, 58, 987));
    expect(scorm2004Timestamp(utc)).toBe('2025-01-31T23:59:58.98Z');
  });

  it('read a missing or broken _count as no interactions', () => {
    expect(readInteractionCount('3')).toBe(3);
    expect(readInteractionCount('')).toBe(0);
    expect(readInteractionCount('-1')).toBe(0);
    expect(readInteractionCount('2.5')).toBe(0);
  });
});

/** Every kind of answer, with the awkward text the mapping must make acceptable. */
const samples: AnsweredQuestion[] = [
  answered(single, { choices: ['b_2'] }),
  answered(multiple, { choices: ['v', 'm', 'f'] }),
  answered(trueFalse(true), { choices: ['true'] }, true),
  answered(fill, { text: `{lang=x} ${'😀'.repeat(200)}\n[,]` }),
  answered({ ...fill, prompt: `{${'d'.repeat(400)}` }, { text: 'N' }, true),
];

describe('the mapped values in a real runtime (scorm-again)', () => {
  it('are all accepted by SCORM 1.2', () => {
    const api = new Scorm12API({ logLevel: 5 });
    expect(api.LMSInitialize('')).toBe('true');
    samples.forEach((sample, n) => {
      const interaction = scorm12Interaction(sample);
      const values: Record<string, string | null> = {
        id: interaction.id,
        type: interaction.type,
        weighting: interaction.weighting,
        time: interaction.time,
        student_response: interaction.student_response,
        result: interaction.result,
      };
      interaction.correct_responses.forEach((pattern, index) => {
        values[`correct_responses.${index}.pattern`] = pattern;
      });
      for (const [element, value] of Object.entries(values)) {
        if (value === null) continue;
        const name = `cmi.interactions.${n}.${element}`;
        expect([name, api.LMSSetValue(name, value)]).toEqual([name, 'true']);
      }
    });
    expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(samples.length));
  });

  it('are all accepted by SCORM 2004', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    expect(api.Initialize('')).toBe('true');
    samples.forEach((sample, n) => {
      const interaction = scorm2004Interaction(sample);
      const values: [string, string][] = [
        ['id', interaction.id],
        ['type', interaction.type],
        ['description', interaction.description],
        ['weighting', interaction.weighting],
        ...interaction.correct_responses.map((pattern, index): [string, string] => [
          `correct_responses.${index}.pattern`,
          pattern,
        ]),
        ['timestamp', interaction.timestamp],
        ['learner_response', interaction.learner_response],
        ['result', interaction.result],
      ];
      for (const [element, value] of values) {
        const name = `cmi.interactions.${n}.${element}`;
        expect([name, api.SetValue(name, value)]).toEqual([name, 'true']);
        expect(api.GetValue(name)).toBe(value);
      }
    });
    expect(api.GetValue('cmi.interactions._count')).toBe(String(samples.length));
  });
});

describe('xAPI interactions (cmi5 answered statements)', () => {
  it('describe the question with its choices and carry the response in SCORM 2004 form', () => {
    expect(xapiInteraction(answered(multiple, { choices: ['f', 'v'] }, true))).toEqual({
      idSuffix: '/question/Lesson_1-x/q-multiple',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { und: 'Which are vectors?' },
        interactionType: 'choice',
        correctResponsesPattern: ['a[,]c'],
        choices: [
          { id: 'a', description: { und: 'Velocity' } },
          { id: 'b', description: { und: 'Mass' } },
          { id: 'c', description: { und: 'Force' } },
        ],
      },
      result: { success: true, response: 'a[,]c' },
    });
    const tf = xapiInteraction(answered(trueFalse(true), { choices: ['false'] }));
    expect(tf.definition).not.toHaveProperty('choices');
    expect(tf).toMatchObject({
      definition: { interactionType: 'true-false', correctResponsesPattern: ['true'] },
      result: { success: false, response: 'false' },
    });
    const typed = xapiInteraction(answered(fill, { text: ' 牛顿 ' }, true));
    expect(typed.definition.name.und).toBe('lang} The SI unit of force is the ___.');
    expect(typed.result).toEqual({ success: true, response: '牛顿' });
    expect(typed.definition.correctResponsesPattern).toContain('牛顿');
  });
});
