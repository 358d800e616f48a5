/**
 * Form cues: can a learner who never reads the stem score from the shape of the options alone? Per question
 * bank, this measures the habits item writers fall into (the key is the longest, most careful option; True is
 * usually right; distractors say "always"; items lean on each other) and reports each one past its bound at
 * the line an author should change. The bounds are the question-writing rules in docs/content-format.md.
 */
import type { LoadedModule } from './load.ts';
import { plainText, type PlainTextContext } from './plain-text.ts';
import type { ContentProblem } from './problems.ts';
import type { Question } from './schema.ts';
import type { PathKey } from './yaml-source.ts';

export const formCueRules = {
  /** the key may be strictly the longest (or shortest) option in at most chance + this share of items */
  extremeAboveChance: 0.1,
  /** mean length of keys ÷ mean length of distractors */
  lengthRatio: { min: 0.85, max: 1.2 },
  /** each answer of a bank's true/false items is the key in at least this share of them */
  trueFalseMinShare: 1 / 3,
} as const;

/** Words that tell a test-wise learner a distractor is wrong; whole words, any case. */
export const absoluteWords =
  /\b(?:always|never|only|all|none|fixes|guarantee[sd]?|must|completely|every|cannot)\b/gi;
const ofTheAbove = /\b(?:all|none|both|neither) of the above\b/gi;
/** Phrases by which one item leans on another; every item must read alone, in any order. */
const crossItemReferences = [
  /\b(?:later|earlier|afterwards?) (?:in|on|during) (?:the same|this|that) (?:visit|check|session|call|contact|quiz|appointment|meeting|clinic|group)\b/gi,
  /\bthe same (?:family|families|baby|babies|infant|child|toddler|mother|mum|father|dad|parents?|carers?|couple|visit|home|household|case|scenario|vignette|story|woman|man|practitioner)\b/gi,
  /\b(?:previous|preceding|last|next|following|earlier|above) (?:question|item|scenario|vignette|story|case)s?\b/gi,
  /\bas (?:above|before|described (?:above|earlier|before)|in the (?:previous|last) (?:question|item))\b/gi,
  /\bearlier in this (?:check|quiz|test|assessment|module)\b/gi,
  /\b(?:returning|going back|back) to (?:the same|this|that) (?:family|visit|case|scenario|story|baby|parent)\b/gi,
];

export interface FormCueReport {
  slug: string;
  /** single and scenario items */
  singleAnswer: number;
  /** share of single-answer items a learner would get right by chance (mean of 1 ÷ options) */
  chance: number;
  correctLongest: number;
  correctShortest: number;
  /** single-answer items whose key has strictly the most clauses */
  correctMostClauses: number;
  /** single-answer items whose key strictly repeats most of the stem's words */
  correctMostOverlap: number;
  /** mean key length ÷ mean distractor length, single-answer items; undefined with no such items */
  lengthRatio: number | undefined;
  keyedTrue: number;
  keyedFalse: number;
  /** number of correct options in each multiple-response item, in bank order */
  multipleCorrectCounts: number[];
  absoluteWordDistractors: number;
}

interface SingleAnswerItem {
  index: number;
  id: string;
  correct: number;
  wrong: number[];
  /** clauses of the key and of each distractor */
  correctClauses: number;
  wrongClauses: number[];
  /** stem (and vignette) content words the key, and each distractor, repeats */
  correctOverlap: number;
  wrongOverlap: number[];
}

/** Clauses in an option: one, plus one per comma, semicolon, "and" or "then" (the careful multi-part option). */
export function clauseCount(text: string): number {
  return 1 + (text.match(/[,;]|\b(?:and|then)\b/gi)?.length ?? 0);
}

const stopWords = new Set(
  'this that with what which when where from have your their they them there about would could should into does were been being most more than just over only also some such very what'.split(
    ' ',
  ),
);
/** Content words (four letters or more, not a common function word), lower case. */
const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z']{4,}/g) ?? []).filter((w) => !stopWords.has(w)));

/** How many of the stem's content words an option repeats. */
export function stemOverlap(stem: string, option: string): number {
  const inStem = contentWords(stem);
  return [...contentWords(option)].filter((w) => inStem.has(w)).length;
}

export function checkFormCues(
  module: LoadedModule,
  context: PlainTextContext = {},
): { report: FormCueReport; problems: ContentProblem[] } {
  const source = module.questions.source;
  const bank = module.questions.value;
  const problems: ContentProblem[] = [];
  const at = (line: number, message: string) => problems.push({ file: source.file, line, message });
  const itemLine = (i: number) => source.lineOf(['questions', i]);
  const length = (markdown: string) => plainText(markdown, context).length;

  const single: SingleAnswerItem[] = [];
  bank.forEach((q, index) => {
    if (q.type !== 'single' && q.type !== 'scenario') return;
    const key = q.options.find((o) => o.correct);
    if (!key || q.options.length < 2) return;
    const wrongOptions = q.options.filter((o) => !o.correct);
    const stem = plainText(`${q.type === 'scenario' ? q.vignette : ''} ${q.stem}`, context);
    const overlap = (text: string) => stemOverlap(stem, plainText(text, context));
    single.push({
      index,
      id: q.id,
      correct: length(key.text),
      wrong: wrongOptions.map((o) => length(o.text)),
      correctClauses: clauseCount(plainText(key.text, context)),
      wrongClauses: wrongOptions.map((o) => clauseCount(plainText(o.text, context))),
      correctOverlap: overlap(key.text),
      wrongOverlap: wrongOptions.map((o) => overlap(o.text)),
    });
  });

  const chance = single.length ? mean(single.map((s) => 1 / (s.wrong.length + 1))) : 0;
  const longest = single
    .filter((s) => s.correct > Math.max(...s.wrong))
    .map((s) => ({ ...s, margin: s.correct - Math.max(...s.wrong) }));
  const shortest = single
    .filter((s) => s.correct < Math.min(...s.wrong))
    .map((s) => ({ ...s, margin: Math.min(...s.wrong) - s.correct }));
  const allowed = Math.floor((chance + formCueRules.extremeAboveChance) * single.length + 1e-9);
  const bound = `at most ${allowed} (${percent(chance + formCueRules.extremeAboveChance)}: chance ${percent(chance)} + 10 points)`;
  for (const [items, which, fix] of [
    [longest, 'longest', 'shorten the key or lengthen a distractor'],
    [shortest, 'shortest', 'lengthen the key or shorten a distractor'],
  ] as const) {
    if (items.length <= allowed) continue;
    const worst = [...items].sort((a, b) => b.margin - a.margin).slice(0, items.length - allowed);
    for (const item of worst)
      at(
        itemLine(item.index),
        `"${item.id}": the correct option is strictly the ${which} (by ${item.margin} characters); the key is the ${which} option in ${items.length} of ${single.length} single-answer items, ${bound}: ${fix} here (${worst.length} item(s) to change, largest margin first)`,
      );
  }

  // The same bound for the key as the option with the most clauses, and as the one repeating most of the stem.
  const mostClauses = single
    .filter((s) => s.correctClauses > Math.max(...s.wrongClauses))
    .map((s) => ({ ...s, margin: s.correctClauses - Math.max(...s.wrongClauses) }));
  const mostOverlap = single
    .filter((s) => s.correctOverlap > Math.max(...s.wrongOverlap))
    .map((s) => ({ ...s, margin: s.correctOverlap - Math.max(...s.wrongOverlap) }));
  // Content v3 banks (quiz.assesses) are held to these; older banks are measured and reported only.
  if (module.meta.value.quiz.assesses)
    for (const [items, which, unit, fix] of [
      [
        mostClauses,
        'the one with the most clauses',
        'clause(s)',
        'give the distractors as many parts (commas, "and", "then") or make the key plainer',
      ],
      [
        mostOverlap,
        'the one repeating most of the stem’s words',
        'word(s)',
        'reword the key or let a distractor echo the stem too',
      ],
    ] as const) {
      if (items.length <= allowed) continue;
      const worst = [...items].sort((a, b) => b.margin - a.margin).slice(0, items.length - allowed);
      for (const item of worst)
        at(
          itemLine(item.index),
          `"${item.id}": the correct option is strictly ${which} (by ${item.margin} ${unit}); so is the key in ${items.length} of ${single.length} single-answer items, ${bound}: ${fix} here (${worst.length} item(s) to change, largest margin first)`,
        );
    }

  const correctMean = mean(single.map((s) => s.correct));
  const wrongMean = mean(single.flatMap((s) => s.wrong));
  const lengthRatio = single.length && wrongMean > 0 ? correctMean / wrongMean : undefined;
  const { min, max } = formCueRules.lengthRatio;
  if (lengthRatio !== undefined && (lengthRatio < min || lengthRatio > max)) {
    const longer = lengthRatio > max;
    const gap = (s: SingleAnswerItem) => (s.correct - mean(s.wrong)) * (longer ? 1 : -1);
    const worst = [...single].sort((a, b) => gap(b) - gap(a)).slice(0, 3);
    at(
      itemLine(worst[0]!.index),
      `correct options average ${Math.round(correctMean)} characters and wrong ones ${Math.round(wrongMean)} (ratio ${lengthRatio.toFixed(2)}, ${min}–${max} expected): make keys ${longer ? 'shorter' : 'longer'} or distractors ${longer ? 'longer' : 'shorter'}, starting with ${worst.map((s) => `"${s.id}" (line ${itemLine(s.index)})`).join(', ')}`,
    );
  }

  const trueFalse = bank.flatMap((q, index) => (q.type === 'true-false' ? [{ q, index }] : []));
  const keyedTrue = trueFalse.filter(({ q }) => q.options.find((o) => o.correct)?.id === 't');
  const keyedFalse = trueFalse.filter(({ q }) => q.options.find((o) => o.correct)?.id === 'f');
  if (trueFalse.length >= 2) {
    const needed = Math.ceil(trueFalse.length * formCueRules.trueFalseMinShare - 1e-9);
    for (const [few, many, answer, other] of [
      [keyedTrue, keyedFalse, 'True', 'False'],
      [keyedFalse, keyedTrue, 'False', 'True'],
    ] as const) {
      if (few.length < needed && many.length > 0)
        at(
          itemLine(many[0]!.index),
          `true/false: ${few.length} of ${trueFalse.length} items are keyed ${answer}; at least a third (${needed}) should be, so ${other} is not a safe guess: rewrite some ${other} statements, from this one`,
        );
    }
  }

  const multiple = bank.flatMap((q, index) => (q.type === 'multiple' ? [{ q, index }] : []));
  const multipleCorrectCounts = multiple.map(({ q }) => q.options.filter((o) => o.correct).length);
  multiple.forEach(({ q, index }, n) => {
    if (multipleCorrectCounts[n] === q.options.length)
      at(
        itemLine(index),
        `"${q.id}": every option is correct, so ticking them all scores; make at least one option a plausible mistake`,
      );
  });
  if (multiple.length >= 3 && new Set(multipleCorrectCounts).size === 1)
    at(
      itemLine(multiple[0]!.index),
      `all ${multiple.length} multiple-response items have ${multipleCorrectCounts[0]} correct option(s); vary the count from one to all-but-one so it cannot be guessed`,
    );

  let absoluteWordDistractors = 0;
  bank.forEach((q, i) => {
    if (q.type === 'ordering' || q.type === 'true-false') return;
    q.options.forEach((o, j) => {
      if (o.correct) return;
      const words = [...o.text.matchAll(absoluteWords)];
      if (words.length === 0) return;
      absoluteWordDistractors++;
      const path: PathKey[] = ['questions', i, 'options', j, 'text'];
      at(
        source.lineOfText(path, words[0]![0], 0),
        `"${q.id}" option ${o.id}: the distractor says "${words.map((w) => w[0]).join('", "')}", which marks it as wrong to a test-wise learner; word it as the hedged mistake a practitioner would make`,
      );
    });
  });

  bank.forEach((q, i) => {
    for (const { path, text } of itemTexts(q, i)) {
      for (const m of text.matchAll(ofTheAbove))
        at(
          source.lineOfText(path, m[0], 0),
          `"${q.id}": "${m[0]}" rewards counting options rather than knowing the answer; give each option its own content`,
        );
      if (path.at(-1) !== 'stem' && path.at(-1) !== 'vignette') continue;
      const seen: [number, number][] = [];
      for (const pattern of crossItemReferences)
        for (const m of text.matchAll(pattern)) {
          // "Later in the same visit" is one reference, not also "the same visit".
          if (seen.some(([from, to]) => m.index < to && from < m.index + m[0].length)) continue;
          seen.push([m.index, m.index + m[0].length]);
          at(
            source.lineOfText(path, m[0], 0),
            `"${q.id}": "${m[0]}" leans on another item, but items are drawn and shuffled; make the ${String(path.at(-1))} readable on its own`,
          );
        }
    }
  });

  return {
    report: {
      slug: module.slug,
      singleAnswer: single.length,
      chance,
      correctLongest: longest.length,
      correctShortest: shortest.length,
      correctMostClauses: mostClauses.length,
      correctMostOverlap: mostOverlap.length,
      lengthRatio,
      keyedTrue: keyedTrue.length,
      keyedFalse: keyedFalse.length,
      multipleCorrectCounts,
      absoluteWordDistractors,
    },
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

function itemTexts(q: Question, i: number): { path: PathKey[]; text: string }[] {
  const base: PathKey[] = ['questions', i];
  return [
    ...(q.type === 'scenario' ? [{ path: [...base, 'vignette'], text: q.vignette }] : []),
    { path: [...base, 'stem'], text: q.stem },
    ...q.options.map((o, j) => ({ path: [...base, 'options', j, 'text'], text: o.text })),
  ];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const percent = (x: number) => `${Math.round(x * 100)}%`;
