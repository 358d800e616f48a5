/**
 * Checks that go beyond one file's schema: ids are unique, every link resolves, every question can be
 * answered, and every competency in the map is assessed often enough to be reported fairly.
 */
import { evidenceFirst, questionsPerVerdict } from '../assessment/draw.ts';
import { blockProblems } from './blocks.ts';
import type { LoadedCourse, LoadedModule } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { checkReferenceList } from './reference-list.ts';
import { findTextReferences, type TextReference } from './references-in-text.ts';
import { authoredTexts, checkAuthoredText } from './author-input.ts';
import { textFields } from './text-fields.ts';
import type { YamlSource, PathKey } from './yaml-source.ts';
import { verdictMinimum as minQuestionsPerVerdict } from '../assessment/scoring.ts';
import { imageFileProblems, imageReferenceProblems } from './images.ts';
import { scenarioProblems } from './scenario.ts';

/** A competency needs at least this many questions across the course for its result to mean something. */
export const minQuestionsPerCompetency = 3;

/** ... from a pool at least this many times larger, so that two attempts share well under half their questions. */
export const poolRatio = 2.5;
/** ... and at least this share of the bank asks what to do, say or record in a situation (L2 or scenario). */
export const minAppliedShare = 0.7;

/** An applied item: it asks what to do, say or record in a situation. */
export const isApplied = (q: { level: string; type: string }): boolean =>
  q.level === 'L2' || q.type === 'scenario';

/**
 * The fewest questions (found as the draw finds them, with no slots to spare) an attempt needs so that every
 * assessed competency gets `questionsPerVerdict` of them; undefined when the bank cannot give that at all.
 */
export function fewestQuestionsToJudge(
  bank: readonly { competencies: readonly string[] }[],
  assesses: readonly string[],
): number | undefined {
  const picked = evidenceFirst(bank, assesses, 0);
  const got = (c: string) => picked.filter((q) => q.competencies.includes(c)).length;
  return assesses.every((c) => got(c) >= questionsPerVerdict) ? picked.length : undefined;
}

export function validateCourse(course: LoadedCourse): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const competencyIds = new Set(course.competencies.value.competencies.map((c) => c.id));
  const glossaryIds = new Set(course.glossary.value.terms.map((t) => t.id));
  const referenceIds = new Set(course.references.value.references.map((r) => r.id));
  /** every reference id cited anywhere in the course's text */
  const cited = new Set<string>();
  const levelsOf = new Map(course.competencies.value.competencies.map((c) => [c.id, c.levels]));

  const at = (source: YamlSource, path: readonly PathKey[], message: string) =>
    problems.push({ file: source.file, line: source.lineOf(path), message });

  const checkUnique = (
    source: YamlSource,
    items: readonly { id: string }[],
    path: PathKey[],
    what: string,
  ) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) at(source, [...path, i, 'id'], `duplicate ${what} id "${item.id}"`);
      seen.add(item.id);
    });
  };

  const checkCompetencies = (source: YamlSource, ids: readonly string[], path: PathKey[]) => {
    ids.forEach((id, i) => {
      if (!competencyIds.has(id))
        at(source, [...path, i], `unknown competency id "${id}" (not in competencies.yaml)`);
    });
  };

  /** Checks glossary, reference and (within a module) page links in every text field of a value. */
  const checkLinks = (source: YamlSource, value: unknown, path: PathKey[], pageIds?: ReadonlySet<string>) => {
    for (const field of textFields(value, path)) {
      const occurrence = (ref: TextReference) => field.text.slice(0, ref.index).split(ref.match).length - 1;
      reportUnresolved(
        field.text,
        source.file,
        (ref) => source.lineOfText(field.path, ref.match, occurrence(ref)),
        pageIds,
      );
    }
  };

  const reportUnresolved = (
    text: string,
    file: string,
    lineOf: (ref: TextReference) => number,
    pageIds?: ReadonlySet<string>,
  ) => {
    for (const ref of findTextReferences(text)) {
      const line = lineOf(ref);
      if (ref.kind === 'reference') cited.add(ref.id);
      if (ref.kind === 'glossary' && !glossaryIds.has(ref.id))
        problems.push({
          file,
          line,
          message: `glossary link [[${ref.id}]] does not match any term in glossary.yaml`,
        });
      if (ref.kind === 'reference' && !referenceIds.has(ref.id))
        problems.push({
          file,
          line,
          message: `citation [@${ref.id}] does not match any entry in references.yaml`,
        });
      if (ref.kind === 'page' && !pageIds?.has(ref.id))
        problems.push({
          file,
          line,
          message: `page link #page:${ref.id} does not match any page id in this module`,
        });
    }
  };

  const map = course.competencies;
  checkUnique(map.source, map.value.competencies, ['competencies'], 'competency');
  const domainIds = new Set(map.value.domains.map((d) => d.id));
  map.value.competencies.forEach((c, i) => {
    if (!domainIds.has(c.domain)) at(map.source, ['competencies', i, 'domain'], `unknown domain ${c.domain}`);
  });
  checkUnique(course.glossary.source, course.glossary.value.terms, ['terms'], 'glossary term');
  checkLinks(course.glossary.source, course.glossary.value, []);
  checkUnique(course.references.source, course.references.value.references, ['references'], 'reference');
  reportUnresolved(course.support.text, course.support.file, (ref) => 1 + ref.lineOffset);

  const questionIds = new Map<string, string>();
  const assessedBy = new Map<string, number>();
  /** scenario id → its file, across the course */
  const scenarioFiles = new Map<string, string>();
  for (const module of course.modules) {
    validateModule(module);
    problems.push(...moduleImageProblems(module));
    for (const q of module.questions.value) {
      if (questionIds.has(q.id)) {
        const i = module.questions.value.indexOf(q);
        at(
          module.questions.source,
          ['questions', i, 'id'],
          `duplicate question id "${q.id}" (also in ${questionIds.get(q.id)})`,
        );
      }
      questionIds.set(q.id, module.questions.source.file);
      for (const c of new Set(q.competencies)) assessedBy.set(c, (assessedBy.get(c) ?? 0) + 1);
    }
  }
  map.value.competencies.forEach((c, i) => {
    const count = assessedBy.get(c.id) ?? 0;
    if (count < minQuestionsPerCompetency)
      at(
        map.source,
        ['competencies', i, 'id'],
        `competency ${c.id} is assessed by ${count} question(s) across the course; at least ${minQuestionsPerCompetency} are needed`,
      );
  });
  problems.push(...checkReferenceList(course.references, cited));
  for (const text of authoredTexts(course)) problems.push(...checkAuthoredText(text));
  return problems;

  function validateModule(module: LoadedModule): void {
    const meta = module.meta;
    const pageIds = new Set(module.pages.map((p) => p.frontMatter.id));
    const taught = new Set(module.pages.flatMap((p) => p.frontMatter.teaches));

    checkUnique(meta.source, meta.value.outcomes, ['outcomes'], 'outcome');
    meta.value.outcomes.forEach((o, i) =>
      checkCompetencies(meta.source, o.competencies, ['outcomes', i, 'competencies']),
    );
    checkLinks(meta.source, meta.value, [], pageIds);
    if (module.pages.length === 0)
      problems.push({ file: meta.source.file, line: 1, message: 'module has no pages' });

    const seenPages = new Map<string, string>();
    const seenActivities = new Set<string>();
    /** scenario id → the page file it is placed on */
    const placedScenarios = new Map<string, string>();
    for (const scenario of module.scenarios) {
      problems.push(...scenarioProblems(scenario.value, scenario.source, competencyIds));
      const other = scenarioFiles.get(scenario.value.id);
      if (other)
        at(
          scenario.source,
          ['id'],
          `duplicate scenario id "${scenario.value.id}" (also in ${other}): scenario ids are unique in the course`,
        );
      scenarioFiles.set(scenario.value.id, scenario.source.file);
      checkLinks(scenario.source, scenario.value, [], pageIds);
    }
    for (const page of module.pages) {
      const fm = page.frontMatter;
      if (seenPages.has(fm.id))
        at(page.source, ['id'], `duplicate page id "${fm.id}" (also in ${seenPages.get(fm.id)})`);
      seenPages.set(fm.id, page.file);
      checkCompetencies(page.source, fm.teaches, ['teaches']);
      checkLinks(page.source, fm, [], pageIds);
      reportUnresolved(page.body, page.file, (ref) => page.bodyLine + ref.lineOffset, pageIds);
      problems.push(...blockProblems(page.body, page.file, page.bodyLine));
      fm.activities.forEach((activity, i) => {
        if (activity.type === 'scenario') {
          const placed = placedScenarios.get(activity.ref);
          if (!module.scenarios.some((s) => s.value.id === activity.ref))
            at(
              page.source,
              ['activities', i, 'ref'],
              `no scenario "${activity.ref}" in this module's scenarios folder: add scenarios/${activity.ref}.yaml, or correct the ref`,
            );
          else if (placed)
            at(
              page.source,
              ['activities', i, 'ref'],
              `scenario "${activity.ref}" is already placed on ${placed}: place it once`,
            );
          placedScenarios.set(activity.ref, page.file);
          return;
        }
        if (seenActivities.has(activity.id))
          at(page.source, ['activities', i, 'id'], `duplicate activity id "${activity.id}"`);
        seenActivities.add(activity.id);
        if (activity.type === 'sort') {
          checkUnique(page.source, activity.categories, ['activities', i, 'categories'], 'category');
          checkUnique(page.source, activity.items, ['activities', i, 'items'], 'item');
          const categories = new Set(activity.categories.map((c) => c.id));
          activity.items.forEach((item, j) => {
            if (!categories.has(item.category))
              at(
                page.source,
                ['activities', i, 'items', j, 'category'],
                `"${item.category}" is not one of this sort's categories (${[...categories].join(', ')})`,
              );
          });
          const used = new Set(activity.items.map((item) => item.category));
          activity.categories.forEach((c, j) => {
            if (!used.has(c.id))
              at(
                page.source,
                ['activities', i, 'categories', j],
                `no item belongs in "${c.label}": add one, or remove the category`,
              );
          });
        }
        if (activity.type === 'hotspots')
          checkUnique(page.source, activity.spots, ['activities', i, 'spots'], 'spot');
        if (activity.type === 'practice') {
          checkUnique(page.source, activity.options, ['activities', i, 'options'], 'option');
          if (!activity.options.some((o) => o.correct))
            at(page.source, ['activities', i], `practice activity "${activity.id}" has no correct option`);
        }
      });
    }

    const bank = module.questions;
    const quiz = meta.value.quiz;
    if (quiz.questionsPerAttempt !== undefined && quiz.questionsPerAttempt > bank.value.length)
      at(
        meta.source,
        ['quiz', 'questionsPerAttempt'],
        `questionsPerAttempt is ${quiz.questionsPerAttempt} but the bank has ${bank.value.length} questions`,
      );
    quiz.judges?.forEach((id, i) => {
      const tagged = bank.value.filter((q) => q.competencies.includes(id)).length;
      if (competencyIds.has(id) && tagged < minQuestionsPerVerdict)
        at(
          meta.source,
          ['quiz', 'judges', i],
          `${id} is judged but only ${tagged} question(s) in the bank are tagged with it: a verdict needs ${minQuestionsPerVerdict} in every attempt, so tag more questions with it or stop judging it`,
        );
    });
    if (quiz.judges) checkCompetencies(meta.source, quiz.judges, ['quiz', 'judges']);
    if (quiz.assesses) checkAssessed(module, quiz.assesses);
    bank.value.forEach((q, i) => {
      const path: PathKey[] = ['questions', i];
      checkCompetencies(bank.source, q.competencies, [...path, 'competencies']);
      checkUnique(bank.source, q.options, [...path, 'options'], 'option');
      checkLinks(bank.source, q, path, pageIds);
      const refusing = q.competencies.filter((c) => levelsOf.has(c) && !levelsOf.get(c)!.includes(q.level));
      if (refusing.length > 0)
        at(
          bank.source,
          [...path, 'level'],
          `level ${q.level} is not one that ${refusing.map((c) => `${c} (${levelsOf.get(c)!.join(', ')})`).join(' and ')} allows in competencies.yaml: change the level or the competencies`,
        );
      const untaught = q.competencies.filter((c) => competencyIds.has(c) && !taught.has(c));
      if (untaught.length > 0)
        at(
          bank.source,
          [...path, 'competencies'],
          `no page in this module teaches ${untaught.join(', ')} (add it to a page's "teaches" so remediation can link to it)`,
        );
      if (q.type === 'ordering') return;
      const correct = q.options.filter((o) => o.correct).length;
      if (correct === 0) at(bank.source, path, `question "${q.id}" has no correct answer`);
      else if ((q.type === 'single' || q.type === 'scenario' || q.type === 'true-false') && correct > 1)
        at(
          bank.source,
          path,
          `question "${q.id}" is "${q.type}" but has ${correct} correct options (use "multiple")`,
        );
      if (q.type === 'true-false' && q.options.map((o) => o.id).join() !== 't,f')
        at(
          bank.source,
          [...path, 'options'],
          `true-false question "${q.id}" needs exactly two options with ids t and f`,
        );
    });
  }

  /** Content v3: enough evidence behind every verdict, pools large enough that a retake is a new test. */
  function checkAssessed(module: LoadedModule, assesses: readonly string[]): void {
    const meta = module.meta;
    const bank = module.questions;
    checkCompetencies(meta.source, assesses, ['quiz', 'assesses']);
    assesses.forEach((c, i) => {
      if (assesses.indexOf(c) !== i)
        at(meta.source, ['quiz', 'assesses', i], `${c} is listed twice in quiz.assesses`);
    });
    bank.value.forEach((q, i) => {
      const path: PathKey[] = ['questions', i, 'competencies'];
      if (q.competencies.length > 2)
        at(
          bank.source,
          path,
          `question "${q.id}" counts for ${q.competencies.length} competencies; a question may count for 1 or 2: keep the two it tests best`,
        );
    });
    const wanted = Math.ceil(poolRatio * questionsPerVerdict);
    for (const c of assesses) {
      const pool = bank.value.filter((q) => q.competencies.includes(c)).length;
      if (pool < wanted)
        at(
          meta.source,
          ['quiz', 'assesses', assesses.indexOf(c)],
          `competency ${c} has ${pool} question(s) in questions.yaml; an attempt draws ${questionsPerVerdict} on it, so its pool needs at least ${wanted} (${poolRatio} × ${questionsPerVerdict}): write ${wanted - pool} more tagged ${c}`,
        );
    }
    const applied = bank.value.filter(isApplied).length;
    if (applied < minAppliedShare * bank.value.length)
      problems.push({
        file: bank.source.file,
        line: 1,
        message: `${applied} of ${bank.value.length} questions are applied (level L2 or type scenario); at least ${Math.round(minAppliedShare * 100)}% must ask what to do, say or record in a situation: rewrite ${Math.ceil(minAppliedShare * bank.value.length) - applied} recall (L1) item(s) as scenarios`,
      });
    const fewest = fewestQuestionsToJudge(bank.value, assesses);
    const perAttempt = meta.value.quiz.questionsPerAttempt ?? bank.value.length;
    if (fewest !== undefined && perAttempt < fewest)
      at(
        meta.source,
        ['quiz', 'questionsPerAttempt'],
        `questionsPerAttempt is ${perAttempt}, too few to draw ${questionsPerVerdict} questions on each of ${assesses.join(', ')}: it needs at least ${fewest}`,
      );
  }
}

/** The module's drawings are safe, self-contained SVG, and every picture the module names is one of them. */
function moduleImageProblems(module: LoadedModule): ContentProblem[] {
  const images = new Set(module.images.map((i) => i.ref));
  const meta = module.meta;
  const problems = [
    ...module.images.flatMap(imageFileProblems),
    ...imageReferenceProblems(meta.value, meta.source, images),
    ...module.pages.flatMap((page) => imageReferenceProblems(page.frontMatter, page.source, images)),
    ...module.scenarios.flatMap((s) => imageReferenceProblems(s.value, s.source, images)),
  ];
  module.scenarios.forEach((scenario) => {
    if (
      !module.pages.some((p) =>
        p.frontMatter.activities.some((a) => a.type === 'scenario' && a.ref === scenario.value.id),
      )
    )
      problems.push({
        file: scenario.source.file,
        line: scenario.source.lineOf(['id']),
        message: `scenario "${scenario.value.id}" is on no page: add { type: scenario, ref: ${scenario.value.id} } to a page's activities`,
      });
  });
  if (meta.value.cover !== undefined && meta.value.coverAlt === undefined)
    problems.push({
      file: meta.source.file,
      line: meta.source.lineOf(['cover']),
      message:
        'a cover needs "coverAlt": what the drawing shows, for screen readers (or "" when it only decorates)',
    });
  return problems;
}
