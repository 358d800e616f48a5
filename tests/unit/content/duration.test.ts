import { describe, expect, it } from 'vitest';
import { estimatedMinutes } from '../../../src/content/duration.ts';
import { activityWords, countAllWords, pageWords } from '../../../src/content/words.ts';

describe('a module’s duration', () => {
  it('adds reading at 180 words a minute, each activity’s time and the knowledge check', () => {
    // 3,600 words = 20 min; 2 practice (4) + 1 reflection (3) + 1 scenario (6) = 13; 12 questions = 15 → 48 → 50
    expect(
      estimatedMinutes({
        words: 3600,
        activities: ['practice', 'practice', 'reflection', 'scenario'],
        questionsPerAttempt: 12,
      }),
    ).toBe(50);
  });

  it('grows with the pages: 900 more words is five more minutes', () => {
    const base = { activities: ['practice'], questionsPerAttempt: 10 };
    expect(estimatedMinutes({ ...base, words: 2700 + 900 })).toBe(
      estimatedMinutes({ ...base, words: 2700 }) + 5,
    );
  });

  it('is never under five minutes', () => {
    expect(estimatedMinutes({ words: 10, activities: [], questionsPerAttempt: 1 })).toBe(5);
  });
});

describe('page words', () => {
  it('count every block, details included, but not markers, tags, citations or link targets', () => {
    const body = [
      'Babies communicate from birth [@brazelton1973].',
      '',
      ':::details Study details',
      'Twelve families took part.',
      ':::',
      '',
      '<figure><svg><text>Not counted</text></svg></figure>',
      'See [the guide](https://example.org/guide).',
    ].join('\n');
    // 4 + 2 (summary) + 4 + 3
    expect(countAllWords(body)).toBe(13);
  });

  it('count what an activity asks the learner to read, not its feedback or ids', () => {
    const practice = {
      type: 'practice',
      id: 'p1',
      title: 'A visit',
      vignette: 'Amira is tired.',
      question: 'What do you say?',
      options: [
        { id: 'a', text: 'Ask about nights', correct: true, feedback: 'Not counted at all here' },
        { id: 'b', text: 'Give a leaflet', feedback: 'Nor this' },
      ],
    };
    // 2 + 3 + 4 + 3 + 3
    expect(activityWords(practice)).toBe(15);
    expect(pageWords({ body: 'One two three.', frontMatter: { activities: [practice] } })).toBe(18);
  });
});
