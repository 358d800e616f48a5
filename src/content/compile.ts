/**
 * Turns a validated module into what the player needs (CompiledModule): Markdown rendered, glossary and
 * references narrowed to those the module uses, and the course-wide support text appended.
 */
import type {
  CompiledActivity,
  CompiledScenario,
  CompiledModule,
  CompiledOption,
  CompiledQuestion,
  ModuleContent,
  ModuleShell,
} from './compiled.ts';
import type { LoadedCourse, LoadedModule } from './load.ts';
import { createRenderer, plainText, type Renderer } from './render.ts';
import type { Activity, Question } from './schema.ts';
import { seededRandom, shuffled } from '../assessment/random.ts';
import { fnv1a } from '../state/fnv1a.ts';
import { stableOptionIds } from '../assessment/option-ids.ts';
import { questionInteraction } from '../assessment/question-interaction.ts';
import { estimatedMinutes } from './duration.ts';
import { pageWords } from './words.ts';
import { compileScenario } from './scenario.ts';

export function moduleId(courseId: string, slug: string): string {
  return `${courseId}-${slug}`;
}

export function compileModule(course: LoadedCourse, module: LoadedModule): CompiledModule {
  const glossary = new Map(course.glossary.value.terms.map((t) => [t.id, t]));
  const references = new Map(course.references.value.references.map((r) => [r.id, r]));
  const usedTerms = new Set<string>();
  const usedRefs = new Set<string>();
  /** the references cited on the page being rendered, for its list of sources */
  let pageRefs = new Set<string>();
  const render = createRenderer({
    glossary,
    references,
    onUse: (kind, id) => {
      (kind === 'glossary' ? usedTerms : usedRefs).add(id);
      if (kind === 'reference') pageRefs.add(id);
    },
  });
  /** Under each page: its sources, numbered as cited (one closed details element, one tab stop). */
  const sourcesHtml = (ids: ReadonlySet<string>) => {
    if (ids.size === 0) return '';
    const items = [...ids]
      .map((id) => ({ id, n: render.referenceNumber(id), apa: references.get(id)?.apa ?? id }))
      .sort((a, b) => a.n - b.n)
      .map((r) => `<li value="${r.n}">${render.inline(r.apa)}</li>`);
    return `\n<details class="page-sources"><summary>Sources on this page (${ids.size})</summary><ol class="sources">${items.join('')}</ol></details>`;
  };
  const meta = module.meta.value;
  const map = course.competencies.value;
  const domainName = new Map(map.domains.map((d) => [d.id, d.name]));

  const statements = new Map(course.competencies.value.competencies.map((c) => [c.id, c.statement]));
  const scenarioOf = (ref: string): CompiledScenario => {
    const scenario = module.scenarios.find((s) => s.value.id === ref);
    if (!scenario)
      throw new Error(`${module.slug}: no scenario "${ref}" (the content checks should have said so)`);
    return compileScenario(scenario.value, render, statements);
  };
  const pages = module.pages
    .map((page) => {
      pageRefs = new Set();
      const html = render.block(page.body, 3);
      const contentNoteHtml = page.frontMatter.contentNote
        ? render.block(page.frontMatter.contentNote)
        : undefined;
      const activities = page.frontMatter.activities.map((a) => compileActivity(a, render, scenarioOf));
      return {
        id: page.frontMatter.id,
        title: page.frontMatter.title,
        html: html + sourcesHtml(pageRefs),
        teaches: page.frontMatter.teaches,
        ...(contentNoteHtml ? { contentNoteHtml } : {}),
        activities,
      };
    })
    .map((page) => (usesExtras(page) ? { ...page, extras: true } : page));
  // A question counts only for the competencies the module assesses (its other tags teach, not judge).
  const judgedIds = meta.quiz.assesses ?? meta.quiz.judges;
  const judged = judgedIds && new Set(judgedIds);
  const questions = module.questions.value
    .map((q) => compileQuestion(q, render))
    .map((q) => (judged ? { ...q, competencies: q.competencies.filter((c) => judged.has(c)) } : q));
  const assessed = new Set(questions.flatMap((q) => q.competencies));
  const supportHtml = render.block(`${course.support.text}\n\n${meta.support}`);
  const outcomes = meta.outcomes.map((o) => ({
    id: o.id,
    html: render.inline(o.text),
    competencies: o.competencies,
  }));
  const contentNoteHtml = meta.contentNote ? render.block(meta.contentNote) : undefined;

  // Definitions may use further terms and citations: render them after the pages so those are collected too.
  const glossaryEntries = [...usedTerms]
    .map((id) => glossary.get(id)!)
    .sort((a, b) => a.term.localeCompare(b.term));
  const glossaryHtml = glossaryEntries.map((t) => ({
    id: t.id,
    term: t.term,
    html: render.inline(t.definition),
  }));
  const referenceEntries = course.references.value.references.filter((r) => usedRefs.has(r.id));

  return {
    id: moduleId(course.course.value.id, module.slug),
    slug: module.slug,
    number: module.number,
    title: meta.title,
    courseTitle: course.course.value.title,
    version: course.course.value.version,
    estimatedMinutes: estimatedMinutes({
      words: module.pages.reduce((n, page) => n + pageWords(page), 0),
      activities: module.pages.flatMap((page) => page.frontMatter.activities.map((a) => a.type)),
      questionsPerAttempt: meta.quiz.questionsPerAttempt ?? questions.length,
    }),
    ...(meta.cover ? { cover: { src: meta.cover, alt: meta.coverAlt ?? '' } } : {}),
    ...(contentNoteHtml ? { contentNoteHtml } : {}),
    outcomes,
    pages,
    quiz: {
      passMark: meta.quiz.passMark,
      questionsPerAttempt: meta.quiz.questionsPerAttempt ?? questions.length,
      attemptLimit: meta.quiz.attemptLimit,
      unlock: meta.quiz.unlock,
      review: course.course.value.review,
      ...(meta.quiz.contentNote ? { contentNoteHtml: render.block(meta.quiz.contentNote) } : {}),
      ...(judgedIds ? { assesses: [...judgedIds] } : {}),
    },
    questions,
    competencies: map.competencies
      .filter((c) => assessed.has(c.id))
      .map((c) => ({
        id: c.id,
        statement: c.statement,
        domain: c.domain,
        domainName: domainName.get(c.domain) ?? '',
      })),
    glossary: glossaryHtml,
    // numbered as first cited; references cited only after the pages (a definition) follow on
    references: referenceEntries
      .map((r) => ({
        id: r.id,
        number: render.referenceNumber(r.id),
        cite: r.cite,
        html: render.inline(r.apa),
        ...(r.url ? { url: r.url } : {}),
      }))
      .sort((a, b) => a.number - b.number),
    supportHtml,
  };
}

function compileOption(
  option: { id: string; text: string; correct?: boolean; feedback?: string },
  render: Renderer,
): CompiledOption {
  return {
    id: option.id,
    html: render.inline(option.text),
    correct: option.correct ?? false,
    feedbackHtml: option.feedback ? render.inline(option.feedback) : '',
  };
}

/** Blocks and activities drawn by the components in player/extras.js. */
const extrasBlock = /<imh-(?:tabs|reveal|steps)[\s>]/;
const extrasActivity = new Set(['sort', 'hotspots', 'scenario']);
function usesExtras(page: { html: string; activities: CompiledActivity[] }): boolean {
  return extrasBlock.test(page.html) || page.activities.some((a) => extrasActivity.has(a.type));
}

function compileActivity(
  activity: Activity,
  render: Renderer,
  scenarioOf: (ref: string) => CompiledScenario,
): CompiledActivity {
  if (activity.type === 'reflection')
    return { type: 'reflection', id: activity.id, promptHtml: render.inline(activity.prompt) };
  if (activity.type === 'scenario') return scenarioOf(activity.ref);
  if (activity.type === 'sort')
    return {
      type: 'sort',
      id: activity.id,
      title: activity.title,
      promptHtml: render.inline(activity.prompt),
      categories: activity.categories.map((c) => ({ id: c.id, label: c.label })),
      // In an order of their own, the same on every build: authors tend to write the items category by category.
      items: shuffled(activity.items, seededRandom(fnv1a(activity.id))).map((item) => ({
        id: item.id,
        html: render.inline(item.text),
        category: item.category,
        feedbackHtml: render.inline(item.feedback),
      })),
    };
  if (activity.type === 'hotspots')
    return {
      type: 'hotspots',
      id: activity.id,
      title: activity.title,
      promptHtml: render.inline(activity.prompt),
      image: activity.image,
      alt: activity.alt,
      spots: activity.spots.map((spot) => ({
        id: spot.id,
        label: spot.label,
        x: spot.x,
        y: spot.y,
        html: render.block(spot.text, 4),
      })),
    };
  return {
    type: 'practice',
    id: activity.id,
    title: activity.title,
    ...(activity.contentNote ? { contentNoteHtml: render.block(activity.contentNote) } : {}),
    vignetteHtml: render.block(activity.vignette),
    questionHtml: render.inline(activity.question),
    // Shown in an order of its own, the same on every build: authors tend to write the answer first.
    options: shuffled(activity.options, seededRandom(fnv1a(activity.id))).map((o) =>
      compileOption(o, render),
    ),
  };
}

/**
 * The knowledge check's options with ids derived from the question id and the option text (the YAML's a–e
 * are for authors): no letter or position predicts the key. True/false keeps t and f, which name the answer.
 */
function withStableIds<O extends { id: string; text: string }>(question: {
  id: string;
  type: string;
  options: O[];
}): O[] {
  if (question.type === 'true-false') return question.options;
  const ids = stableOptionIds(
    question.id,
    question.options.map((o) => o.text),
  );
  return question.options.map((o, i) => ({ ...o, id: ids[i]! }));
}

function compileQuestion(question: Question, render: Renderer): CompiledQuestion {
  const stemHtml = render.inline(question.stem);
  const compiled: Omit<CompiledQuestion, 'interaction'> = {
    id: question.id,
    type: question.type,
    competencies: question.competencies,
    weight: question.weight,
    stemText: plainText(stemHtml),
    stemHtml,
    ...(question.type === 'scenario' ? { vignetteHtml: render.block(question.vignette) } : {}),
    options: withStableIds(question).map((o) => compileOption(o, render)),
    ...(question.feedback
      ? {
          feedback: {
            correctHtml: render.inline(question.feedback.correct),
            incorrectHtml: render.inline(question.feedback.incorrect),
          },
        }
      : {}),
  };
  return { ...compiled, interaction: questionInteraction(compiled) };
}

/** Splits a compiled module into the launch page's shell and the content loaded when the learner starts. */
export function splitModule(module: CompiledModule): { shell: ModuleShell; content: ModuleContent } {
  const { pages, questions, glossary, references, supportHtml, quiz, competencies, outcomes, ...rest } =
    module;
  const { contentNoteHtml: quizNoteHtml, ...quizSettings } = quiz;
  return {
    shell: {
      ...rest,
      quiz: quizNoteHtml ? { ...quizSettings, contentNote: true } : quizSettings,
      competencies: competencies.map(({ id, statement }) => ({ id, statement })),
      outcomes: outcomes.map(({ id, html }) => ({ id, html })),
      pages: pages.map((p) => ({
        id: p.id,
        title: p.title,
        practiceIds: p.activities.filter((a) => a.type === 'practice').map((a) => a.id),
        ...(p.activities.some((a) => a.type === 'scenario')
          ? { scenarioIds: p.activities.filter((a) => a.type === 'scenario').map((a) => a.id) }
          : {}),
      })),
      bank: questions.map((q) => ({
        id: q.id,
        type: q.type,
        competencies: q.competencies,
        weight: q.weight,
        options: q.options.map((o) => ({ id: o.id, correct: o.correct })),
      })),
    },
    content: {
      pages,
      questions,
      glossary,
      references,
      supportHtml,
      competencies,
      outcomes,
      ...(quizNoteHtml ? { quizNoteHtml } : {}),
    },
  };
}
