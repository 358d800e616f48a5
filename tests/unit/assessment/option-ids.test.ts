/**
 * Stable option ids (issue 20): derived from the question id and the option text at build, so no letter or
 * position predicts the key, and the interaction id carries a version of the wording.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionVersion, stableOptionIds } from '../../../src/assessment/option-ids.ts';
import { compileModule, loadCheckedCourse } from '../../../src/content/index.ts';
import type { CompiledQuestion } from '../../../src/content/compiled.ts';
import { interactionFor, interactionId } from '../../../src/player/lms-reporting.ts';
import { questionInteraction } from '../../../src/assessment/question-interaction.ts';

const texts = ['Wait and watch', 'Ask the mother', 'Call the GP today', 'Write it down'];

describe('stableOptionIds', () => {
  it('gives each option one character from 0-9a-z, unique within the question', () => {
    for (let n = 0; n < 200; n++) {
      const many = Array.from({ length: 26 }, (_, i) => `option ${n}-${i}`);
      const ids = stableOptionIds(`q${n}`, many);
      expect(ids.every((id) => /^[0-9a-z]$/.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(26);
    }
  });

  it('follows the text, not the position: reordered options keep their ids', () => {
    const ids = stableOptionIds('q1', texts);
    const reversed = stableOptionIds('q1', [...texts].reverse());
    expect(reversed).toEqual([...ids].reverse());
  });

  it('is the same on every build, and differs between questions', () => {
    expect(stableOptionIds('q1', texts)).toEqual(stableOptionIds('q1', texts));
    const across = Array.from({ length: 50 }, (_, i) => stableOptionIds(`q${i}`, texts)[0]);
    expect(new Set(across).size).toBeGreaterThan(10);
  });
});

describe('the compiled knowledge check', () => {
  const modulesDir = path.resolve(import.meta.dirname, '../../../modules');
  const { course } = loadCheckedCourse(modulesDir, modulesDir);
  const questions = course.modules.flatMap((m) => compileModule(course, m).questions);
  const singleKeys = questions
    .filter((q) => q.type === 'single' || q.type === 'scenario')
    .map((q) => q.options.find((o) => o.correct)!.id);

  it('no longer gives every single-answer key the id "a", nor any one id most keys', () => {
    const mostCommon = Math.max(
      ...[...new Set(singleKeys)].map((id) => singleKeys.filter((k) => k === id).length),
    );
    expect(singleKeys.length).toBeGreaterThan(20);
    expect(mostCommon / singleKeys.length).toBeLessThan(0.2);
  });

  it('keeps true/false as t and f, which name the answer rather than a position', () => {
    for (const q of questions.filter((q) => q.type === 'true-false'))
      expect(q.options.map((o) => o.id).sort()).toEqual(['f', 't']);
  });
});

describe('interaction ids', () => {
  const stated = {
    id: 'intro-perinatal-24-months',
    type: 'single' as const,
    competencies: ['D1.1'],
    weight: 1,
    stemText: 'What is the usual route?',
    stemHtml: 'What is the usual route?',
    options: [
      { id: '7', html: 'Self-referral', correct: true, feedbackHtml: '' },
      { id: 'k', html: 'Specialist team', correct: false, feedbackHtml: '' },
    ],
  };
  const question: CompiledQuestion = { ...stated, interaction: questionInteraction(stated) };

  it('read <questionId>_v<4 base-36 characters>-attempt-<K>', () => {
    expect(interactionId(question, 3)).toMatch(/^intro-perinatal-24-months_v[0-9a-z]{4}-attempt-3$/);
    const report = interactionFor(question, { response: ['7'], correct: true, attempt: 2 }, 1000, new Date());
    expect(report.id).toBe(interactionId(question, 2));
  });

  it('are fixed at build: every compiled question carries its versioned id, type and opening words', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const { course } = loadCheckedCourse(path.join(root, 'modules'), root);
    const questions = course.modules.flatMap((m) => compileModule(course, m).questions);
    expect(questions.length).toBeGreaterThan(100);
    for (const q of questions) {
      expect(q.interaction.id).toBe(`${q.id}_v${questionVersion(q)}`);
      expect(q.interaction.type).toBe(
        q.type === 'ordering' ? 'sequencing' : q.type === 'true-false' ? 'true-false' : 'choice',
      );
      expect(q.interaction.description.length).toBeLessThanOrEqual(60);
      expect(q.stemText.replace(/\s+/g, ' ')).toContain(q.interaction.description.replace(/…$/, ''));
    }
  });

  it('change version when the key changes, and only then when the wording is the same', () => {
    const rekeyed = { ...question, options: question.options.map((o) => ({ ...o, correct: !o.correct })) };
    expect(questionVersion(rekeyed)).not.toBe(questionVersion(question));
    expect(questionVersion({ ...question })).toBe(questionVersion(question));
    const reworded = { ...question, stemText: 'What is the usual first route?' };
    expect(questionVersion(reworded)).not.toBe(questionVersion(question));
  });
});
