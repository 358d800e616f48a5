/**
 * The shape of one module as the player receives it: everything rendered to HTML at build time, and only
 * what this module needs. The build writes it as JSON into the SCO's index.html.
 */
import type { ScorableQuestion } from '../assessment/scoring.ts';
import type { QuestionInteraction } from '../assessment/question-interaction.ts';
import type { QuestionType } from './schema.ts';

export interface CompiledOption {
  id: string;
  html: string;
  correct: boolean;
  feedbackHtml: string;
}

export interface CompiledQuestion {
  id: string;
  type: QuestionType;
  competencies: string[];
  weight: number;
  /** plain text of the stem, for the LMS interaction description */
  stemText: string;
  stemHtml: string;
  vignetteHtml?: string;
  /** for ordering questions: in the correct order */
  options: CompiledOption[];
  feedback?: { correctHtml: string; incorrectHtml: string };
  /** what the LMS's interaction record says of the question, fixed at build */
  interaction: QuestionInteraction;
}

export type CompiledActivity =
  | {
      type: 'practice';
      id: string;
      title: string;
      /** shown in place of the vignette until the learner chooses to read it */
      contentNoteHtml?: string;
      vignetteHtml: string;
      questionHtml: string;
      options: CompiledOption[];
    }
  | { type: 'reflection'; id: string; promptHtml: string }
  | CompiledSort
  | CompiledHotspots
  | CompiledScenario;

/** Sort each item into one of the categories (keyboard: a choice per item, never drag-only). Not scored. */
export interface CompiledSort {
  type: 'sort';
  id: string;
  title: string;
  promptHtml: string;
  categories: { id: string; label: string }[];
  /** in a fixed order of their own (seeded from the activity id), not the author's */
  items: { id: string; html: string; category: string; feedbackHtml: string }[];
}

/** A drawing with labelled points over it, the same points also as a list. Not scored. */
export interface CompiledHotspots {
  type: 'hotspots';
  id: string;
  title: string;
  promptHtml: string;
  /** the image's URL relative to the SCO's index.html, e.g. "images/stress-body.svg" */
  image: string;
  alt: string;
  /** x and y: percentages of the image's width and height */
  spots: { id: string; label: string; x: number; y: number; html: string }[];
}

export interface CompiledScenarioChoice {
  html: string;
  next: string;
  consequenceHtml: string;
}

export type CompiledScenarioNode =
  | { id: string; html: string; choices: CompiledScenarioChoice[] }
  | { id: string; html: string; end: true; outcome: 'good' | 'mixed' | 'poor'; debriefHtml: string };

/**
 * A branching scenario (scenarios/<ref>.yaml) placed on a page. It teaches and is not scored; the choices a
 * learner has taken are kept in the resume state as one choice index per decision.
 */
export interface CompiledScenario {
  type: 'scenario';
  /** the scenario's id (its `ref`), unique in the course */
  id: string;
  title: string;
  contentNoteHtml?: string;
  people: { name: string; description: string; image?: string; alt?: string }[];
  competencies: { id: string; statement: string }[];
  start: string;
  nodes: CompiledScenarioNode[];
}

export interface CompiledPage {
  id: string;
  title: string;
  html: string;
  teaches: string[];
  contentNoteHtml?: string;
  activities: CompiledActivity[];
  /** the page uses the lazily loaded components (tabs, reveal, steps, sort, hotspots, scenario) */
  extras?: boolean;
}

export interface CompiledCompetency {
  id: string;
  statement: string;
  domain: number;
  domainName: string;
}

export type ReviewPolicy = 'afterPass' | 'afterAttempt' | 'never';

export interface CompiledModule {
  /** e.g. "imh-02-mentalization": stable, used for storage keys and LMS identifiers */
  id: string;
  slug: string;
  number: number;
  title: string;
  courseTitle: string;
  version: string;
  /** computed at build from the module's words and activities (docs/content-format.md › Duration) */
  estimatedMinutes: number;
  /** the module's cover illustration: URL relative to the SCO's index.html, and its alt text ("" decorative) */
  cover?: { src: string; alt: string };
  contentNoteHtml?: string;
  outcomes: { id: string; html: string; competencies: string[] }[];
  pages: CompiledPage[];
  quiz: {
    passMark: number;
    questionsPerAttempt: number;
    attemptLimit: number;
    unlock: 'all-pages' | 'always';
    /** the knowledge check's sensitive topics, shown before its first question */
    contentNoteHtml?: string;
    /** content v3: the competencies this module judges, each on at least 3 questions an attempt */
    assesses?: string[];
    /** when keys with explanations are shown (course.yaml `review`); absent means afterPass */
    review?: ReviewPolicy;
  };
  questions: CompiledQuestion[];
  /** every competency this module assesses, in map order */
  competencies: CompiledCompetency[];
  glossary: { id: string; term: string; html: string }[];
  /** in citation order: `number` is what the pages' numbered notes show */
  references: { id: string; number: number; cite: string; html: string; url?: string }[];
  supportHtml: string;
}

/** What the launch page carries: enough to show the welcome screen, restore a learner and score attempts. */
export interface ModuleShell extends Omit<
  CompiledModule,
  'pages' | 'questions' | 'glossary' | 'references' | 'supportHtml' | 'quiz' | 'competencies' | 'outcomes'
> {
  pages: PageOutline[];
  /** what the LMS's objectives are registered with at launch; their domains come with the content */
  competencies: Pick<CompiledCompetency, 'id' | 'statement'>[];
  /** the cover's list; the competencies each one serves come with the content */
  outcomes: Pick<CompiledModule['outcomes'][number], 'id' | 'html'>[];
  /** questions without their text: ids, types, option ids, correct answers, competencies and weights */
  bank: ScorableQuestion[];
  /** the knowledge check's settings; its content note's text comes with the content (`quizNoteHtml`) */
  quiz: Omit<CompiledModule['quiz'], 'contentNoteHtml'> & { contentNote?: true };
}

export interface PageOutline {
  id: string;
  title: string;
  /** practice activity ids, in page order (their answers are part of the resume state) */
  practiceIds: string[];
  /** scenario ids on the page (the choices taken are part of the resume state) */
  scenarioIds?: string[];
}

/**
 * The rest of the module, in content.js, loaded when the learner starts (or straight away on resume). Its
 * competencies and outcomes are the whole records, in place of the launch page's short ones.
 */
export type ModuleContent = Pick<
  CompiledModule,
  'pages' | 'questions' | 'glossary' | 'references' | 'supportHtml' | 'competencies' | 'outcomes'
> & {
  /** the knowledge check's content note, shown before its first question */
  quizNoteHtml?: string;
};

/** The global content.js assigns its content to, read by the player once the script has loaded. */
export const contentGlobal = '__imhModuleContent';
