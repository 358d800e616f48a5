import { describe, expect, test } from 'vitest';
import { drawAttempt, judgedCompetencies } from '../../../src/assessment/draw.ts';
import { seededRandom, shuffled } from '../../../src/assessment/random.ts';
import { question, smallBank } from './fixture-bank.ts';

const types = ['single', 'multiple', 'scenario', 'ordering'] as const;
/** Sixteen questions like a real module's bank: draw twelve. */
const bank = Array.from({ length: 16 }, (_, i) =>
  question(`q${i}`, { type: types[i % types.length]!, options: 'abcde'.slice(0, 3 + (i % 3)), correct: 'a' }),
);
const seeds = Array.from({ length: 500 }, (_, i) => (i * 2654435761) >>> 0);

describe('seededRandom', () => {
  test('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const sequence = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(sequence);
    expect(sequence.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('reads seeds as unsigned 32-bit integers', () => {
    expect(seededRandom(-1)()).toBe(seededRandom(0xffffffff)());
  });
});

describe('shuffled', () => {
  test('returns a permutation and leaves its input alone', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffled(items, seededRandom(7));
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...out].sort()).toEqual(items);
  });
});

describe('drawAttempt', () => {
  test('the same seed gives the same questions and option orders', () => {
    for (const seed of seeds.slice(0, 50))
      expect(drawAttempt(bank, 12, seed)).toEqual(drawAttempt(bank, 12, seed));
  });

  test('different seeds give different draws', () => {
    const draws = new Set(seeds.map((seed) => JSON.stringify(drawAttempt(bank, 12, seed))));
    expect(draws.size).toBe(seeds.length);
  });

  test('different seeds give different questions, not only different option orders', () => {
    const questionSets = new Set(
      seeds.map((seed) =>
        drawAttempt(bank, 12, seed)
          .map((d) => d.id)
          .sort()
          .join(),
      ),
    );
    expect(questionSets.size).toBeGreaterThan(seeds.length / 2);
  });

  test('draws N distinct questions of the M in the bank', () => {
    for (const seed of seeds.slice(0, 50)) {
      const ids = drawAttempt(bank, 12, seed).map((d) => d.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect(ids.every((id) => bank.some((q) => q.id === id))).toBe(true);
    }
  });

  test('draws every question, shuffled, when N is the bank size or more', () => {
    for (const count of [16, 40]) {
      const ids = drawAttempt(bank, count, 3).map((d) => d.id);
      expect([...ids].sort()).toEqual(bank.map((q) => q.id).sort());
    }
    expect(drawAttempt(bank, 16, 3).map((d) => d.id)).not.toEqual(bank.map((q) => q.id));
  });

  test("each question's option order is a permutation of its own option ids", () => {
    for (const seed of seeds) {
      for (const drawn of drawAttempt(bank, 12, seed)) {
        const ids = bank.find((q) => q.id === drawn.id)!.options.map((o) => o.id);
        expect([...drawn.optionOrder].sort()).toEqual(ids);
      }
    }
  });

  test('shuffles the options of choice questions', () => {
    const orders = new Set(
      seeds.map((seed) => drawAttempt(bank.slice(0, 1), 1, seed)[0]!.optionOrder.join('')),
    );
    expect(orders.size).toBe(6); // every order of three options turns up
  });

  test('shuffles true-false options like the rest: True is not always first', () => {
    const trueFalse = [
      question('tf1', { type: 'true-false', options: 'ab', correct: 'b' }),
      question('tf2', { type: 'true-false', options: 'ab', correct: 'a' }),
    ];
    const orders = new Map<string, number>();
    for (const seed of seeds) {
      for (const drawn of drawAttempt([...trueFalse, ...bank], 18, seed)) {
        if (!drawn.id.startsWith('tf')) continue;
        expect([...drawn.optionOrder].sort()).toEqual(['a', 'b']);
        const order = drawn.optionOrder.join('');
        orders.set(order, (orders.get(order) ?? 0) + 1);
      }
    }
    // 1,000 shows: each order should turn up close to half the time.
    expect(orders.get('ab')).toBeGreaterThan(400);
    expect(orders.get('ba')).toBeGreaterThan(400);
  });

  test.each([3, 4, 5])('never shows an ordering question of %i items in the correct order', (size) => {
    const ordering = [question('order', { type: 'ordering', options: 'abcde'.slice(0, size) })];
    const correct = 'abcde'.slice(0, size);
    const orders = new Set<string>();
    for (let seed = 0; seed < 5000; seed++) {
      const [drawn] = drawAttempt(ordering, 1, seed);
      orders.add(drawn!.optionOrder.join(''));
    }
    expect(orders.has(correct)).toBe(false);
    expect([...orders].every((order) => [...order].sort().join('') === correct)).toBe(true);
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('drawAttempt on a content-v3 bank (issue 20): evidence behind every verdict', () => {
  const assesses = ['D1.1', 'D2.1', 'D3.1', 'D4.1'];
  /** 4 competencies × 8+ each, mostly single-tagged, a few counting for two: 28 questions, draw 12. */
  const v3Bank = Array.from({ length: 28 }, (_, i) =>
    question(`v${i}`, {
      type: 'single',
      options: 'abc',
      correct: 'a',
      competencies: i % 7 === 0 ? [assesses[i % 4]!, assesses[(i + 1) % 4]!] : [assesses[i % 4]!],
    }),
  );
  const onEach = (drawn: { id: string }[]) =>
    assesses.map(
      (c) => drawn.filter((d) => v3Bank.find((q) => q.id === d.id)!.competencies.includes(c)).length,
    );

  test('judges every competency tagged on at least three questions of the bank (the build narrows tags to quiz.assesses/judges)', () => {
    expect(judgedCompetencies(v3Bank)).toEqual(assesses);
    // 16 questions over six competencies: four get three questions, two get two and cannot be judged.
    const older = bank.map((q, i) => ({ ...q, competencies: [`D${1 + (i % 6)}.1`] }));
    expect(judgedCompetencies(older)).toEqual(['D1.1', 'D2.1', 'D3.1', 'D4.1']);
  });

  test.each(seeds.slice(0, 200))('seed %i draws 12 questions, at least 3 on each competency', (seed) => {
    const drawn = drawAttempt(v3Bank, 12, seed);
    expect(drawn).toHaveLength(12);
    expect(new Set(drawn.map((d) => d.id)).size).toBe(12);
    expect(Math.min(...onEach(drawn))).toBeGreaterThanOrEqual(3);
    expect(drawAttempt(v3Bank, 12, seed)).toEqual(drawn);
  });

  test('two attempts share well under half their questions on average', () => {
    let shared = 0;
    for (let i = 0; i < 200; i++) {
      const a = new Set(drawAttempt(v3Bank, 12, seeds[2 * i]!).map((d) => d.id));
      shared += drawAttempt(v3Bank, 12, seeds[2 * i + 1]!).filter((d) => a.has(d.id)).length;
    }
    expect(shared / 200 / 12).toBeLessThan(0.5);
  });

  test('a question counting for two counts for both, so a tight draw still covers every competency', () => {
    const pairs = [
      ['D1.1', 'D1.2'],
      ['D1.1', 'D2.1'],
      ['D1.2', 'D2.1'],
    ];
    const tight = Array.from({ length: 12 }, (_, i) =>
      question(`t${i}`, { type: 'single', options: 'ab', correct: 'a', competencies: pairs[i % 3]! }),
    );
    for (const seed of seeds.slice(0, 100)) {
      const drawn = drawAttempt(tight, 5, seed).map((d) => tight.find((q) => q.id === d.id)!);
      for (const c of ['D1.1', 'D1.2', 'D2.1'])
        expect(drawn.filter((q) => q.competencies.includes(c)).length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('drawAttempt never asks more than the attempt size', () => {
  // Fails when the evidence-first pass keeps choosing after `count` (it drew 5 of a 5-question bank for 4).
  test('a small bank whose competencies cannot all be covered still gets exactly `count` questions', () => {
    for (const seed of seeds.slice(0, 100)) expect(drawAttempt(smallBank, 4, seed)).toHaveLength(4);
  });
});
