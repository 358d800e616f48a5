/**
 * The content format: one schema per file kind. These schemas are the single source of the content types
 * (`z.infer`) and of build-time validation. See docs/content-format.md.
 */
import { z } from 'zod';

const slugId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters, digits and single hyphens (e.g. "what-is-imh")',
  );
export const competencyId = z.string().regex(/^D\d\.\d+$/, 'must look like "D1.2"');
const optionId = z
  .string()
  .regex(/^[a-z]$/, 'must be a single lower-case letter a–z (what SCORM 1.2 accepts)');
const text = z.string().trim().min(1, 'must not be empty');
const level = z.enum(['L1', 'L2', 'L3']);

export const courseSchema = z.strictObject({
  id: slugId,
  title: text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like "1.0.0"'),
  language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag like "en-GB"'),
  description: text,
  keywords: z.array(text).min(1),
  organisation: text,
  audience: text,
  /**
   * When the knowledge check shows its keys with explanations (during an attempt a learner only learns whether
   * their own answer was right, and why): after a pass or once no attempts remain (default), after every
   * attempt, or never. Practice activities on pages always show theirs.
   */
  review: z.enum(['afterPass', 'afterAttempt', 'never']).default('afterPass'),
  /**
   * The page rules of content v3 (600 words a page, varied shapes, key points on at most half the pages, the
   * interactive kinds): `enforce` fails the build on them; `warn` (default, for a course still being brought up
   * to them) prints them as warnings from lint:content.
   */
  pageRules: z.enum(['warn', 'enforce']).default('warn'),
});

export const competencyMapSchema = z.strictObject({
  note: text.optional(),
  domains: z.array(z.strictObject({ id: z.number().int().min(1).max(7), name: text })).min(1),
  levels: z.array(z.strictObject({ id: level, name: text, description: text.optional() })).min(1),
  competencies: z
    .array(
      z.strictObject({
        id: competencyId,
        domain: z.number().int().min(1).max(7),
        levels: z.array(level).min(1),
        statement: text,
      }),
    )
    .min(1),
});

export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({ id: slugId, term: text, definition: text })).min(1),
});

export const referencesSchema = z.strictObject({
  references: z
    .array(
      z.strictObject({
        id: slugId,
        cite: text,
        apa: text,
        url: z.url().optional(),
      }),
    )
    .min(1),
});

const outcomeSchema = z.strictObject({ id: slugId, text, competencies: z.array(competencyId).min(1) });

export const moduleSchema = z.strictObject({
  title: text,
  description: text,
  keywords: z.array(text).min(1),
  /** the module's cover illustration, a file in its images folder, e.g. "images/cover.svg" */
  cover: z.string().optional(),
  /** what the cover shows, for screen readers; "" when it is decorative */
  coverAlt: z.string().trim().optional(),
  contentNote: text.optional(),
  outcomes: z.array(outcomeSchema).min(1),
  quiz: z
    .strictObject({
      /** Markdown: the knowledge check's sensitive topics, shown before its first question with continue/pause. */
      contentNote: text.optional(),
      passMark: z.number().int().min(1).max(100).default(80),
      questionsPerAttempt: z.number().int().min(1).optional(),
      attemptLimit: z.number().int().min(0).default(0),
      unlock: z.enum(['all-pages', 'always']).default('all-pages'),
      /**
       * The 3–5 competencies this module judges: each attempt draws at least three questions on each, and only
       * these get a verdict and a SCORM objective (a question's other tags teach, not judge). Default: every
       * competency the bank's questions name.
       */
      assesses: z.array(competencyId).min(3).max(5).optional(),
      /**
       * Until a bank is written to content v3 (pools of 8 per competency, 70% applied): the competencies it can
       * already judge on three questions an attempt. Narrows question tags and secures the draw like `assesses`,
       * without v3's pool and applied-share checks. Use one of the two.
       */
      judges: z.array(competencyId).min(1).max(5).optional(),
    })
    .prefault({}),
  support: text,
});

const choiceOptionSchema = z.strictObject({
  id: optionId,
  text,
  correct: z.boolean().optional(),
  feedback: text,
});

const practiceSchema = z.strictObject({
  type: z.literal('practice'),
  id: slugId,
  title: text,
  /** Markdown: shown in place of the vignette until the learner chooses to read it (the guidance stays visible). */
  contentNote: text.optional(),
  vignette: text,
  question: text,
  options: z.array(choiceOptionSchema).min(2).max(26),
});

const reflectionSchema = z.strictObject({
  type: z.literal('reflection'),
  id: slugId,
  prompt: text,
});

/** Sort items into categories (a choice per item, never drag-only). It teaches; it is not scored. */
const sortSchema = z.strictObject({
  type: z.literal('sort'),
  id: slugId,
  title: text,
  prompt: text,
  categories: z
    .array(z.strictObject({ id: slugId, label: text }))
    .min(2)
    .max(4),
  items: z
    .array(z.strictObject({ id: slugId, text, category: slugId, feedback: text }))
    .min(4)
    .max(8),
});

const percent = z.number().min(0).max(100);

/** A drawing with labelled points over it, also listed. It teaches; it is not scored. */
const hotspotsSchema = z.strictObject({
  type: z.literal('hotspots'),
  id: slugId,
  title: text,
  prompt: text,
  /** a drawing in the module's images folder, e.g. "images/stress-body.svg" */
  image: text,
  /** what the drawing shows, for screen readers */
  alt: text,
  spots: z
    .array(z.strictObject({ id: slugId, label: text, x: percent, y: percent, text }))
    .min(3)
    .max(7),
});

/** A branching scenario from the module's scenarios folder (scenarios/<ref>.yaml), placed on this page. */
const scenarioRefSchema = z.strictObject({
  type: z.literal('scenario'),
  ref: slugId,
});

export const activityTypes = ['practice', 'reflection', 'sort', 'hotspots', 'scenario'] as const;

export const activitySchema = z.discriminatedUnion(
  'type',
  [practiceSchema, reflectionSchema, sortSchema, hotspotsSchema, scenarioRefSchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown activity type (expected one of: ${activityTypes.join(', ')})`
        : undefined,
  },
);

export const pageFrontMatterSchema = z.strictObject({
  id: slugId,
  title: text,
  teaches: z.array(competencyId).default([]),
  contentNote: text.optional(),
  activities: z.array(activitySchema).default([]),
});

const generalFeedback = z.strictObject({ correct: text, incorrect: text });

const questionBase = {
  id: slugId.max(40, 'must be at most 40 characters'),
  competencies: z.array(competencyId).min(1),
  level: level,
  weight: z.number().positive().default(1),
  stem: text,
};

const choiceQuestion = <T extends string>(type: T) =>
  z.strictObject({
    ...questionBase,
    type: z.literal(type),
    options: z.array(choiceOptionSchema).min(2).max(26),
    feedback: generalFeedback.optional(),
  });

export const questionTypes = ['single', 'multiple', 'true-false', 'scenario', 'ordering'] as const;

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    choiceQuestion('single'),
    choiceQuestion('multiple'),
    choiceQuestion('true-false'),
    choiceQuestion('scenario').extend({ vignette: text }),
    z.strictObject({
      ...questionBase,
      type: z.literal('ordering'),
      options: z
        .array(z.strictObject({ id: optionId, text }))
        .min(3)
        .max(26),
      feedback: generalFeedback,
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown question type (expected one of: ${questionTypes.join(', ')})`
        : undefined,
  },
);

export const questionBankSchema = z.strictObject({ questions: z.array(questionSchema).min(1) });

export type Course = z.infer<typeof courseSchema>;
export type CompetencyMap = z.infer<typeof competencyMapSchema>;
export type Competency = CompetencyMap['competencies'][number];
export type Glossary = z.infer<typeof glossarySchema>;
export type References = z.infer<typeof referencesSchema>;
export type ModuleMeta = z.infer<typeof moduleSchema>;
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
