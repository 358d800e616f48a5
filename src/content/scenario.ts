/**
 * Branching scenarios: `modules/NN-slug/scenarios/<id>.yaml`, placed on a page with `{ type: scenario, ref }`.
 * A scenario teaches and is not scored. The checks make sure every learner's path is a whole story: every node
 * reachable, no loops, every path ends in a debrief and passes at least three decisions.
 */
import { z } from 'zod';
import type { CompiledScenario, CompiledScenarioNode } from './compiled.ts';
import type { ContentProblem } from './problems.ts';
import type { Renderer } from './render.ts';
import type { YamlSource } from './yaml-source.ts';

const slugId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters, digits and single hyphens (e.g. "first-visit")',
  );
const text = z.string().trim().min(1, 'must not be empty');

/** Decisions every path from the start to an end must pass. */
export const minDecisionsPerPath = 3;

const choiceSchema = z.strictObject({ text, next: slugId, consequence: text });

const nodeSchema = z.strictObject({
  id: slugId,
  /** Markdown: the situation at this point (an end node may go straight to its debrief) */
  text: text.optional(),
  choices: z
    .array(choiceSchema)
    .min(2, 'a decision needs 2–4 choices: add a choice, or make this node an end')
    .max(4, 'a decision needs 2–4 choices: remove one, or split the decision in two')
    .optional(),
  end: z.literal(true).optional(),
  outcome: z.enum(['good', 'mixed', 'poor']).optional(),
  /** Markdown: what the path shows, tied to the scenario's competencies */
  debrief: text.optional(),
});

export const scenarioSchema = z.strictObject({
  id: slugId,
  title: text,
  /** Markdown: shown before the scenario starts, with the choice to go on */
  contentNote: text.optional(),
  people: z
    .array(
      z.strictObject({
        name: text,
        description: text,
        image: z.string().optional(),
        /** required with an image; "" when the portrait only decorates */
        alt: z.string().trim().optional(),
      }),
    )
    .min(1),
  competencies: z.array(z.string().regex(/^D\d\.\d+$/, 'must look like "D1.2"')).min(1),
  start: slugId,
  nodes: z.array(nodeSchema).min(4),
});

export type Scenario = z.infer<typeof scenarioSchema>;

/** Everything wrong with one scenario's story, each at its line with what to do. */
export function scenarioProblems(
  scenario: Scenario,
  source: YamlSource,
  competencyIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: (string | number)[], message: string) =>
    problems.push({ file: source.file, line: source.lineOf(path), message });
  const index = new Map<string, number>();
  /** a node id twice or a `next` to nowhere: the story cannot be walked until it is fixed */
  let unwalkable = false;
  scenario.nodes.forEach((node, i) => {
    if (index.has(node.id)) {
      at(['nodes', i, 'id'], `duplicate node id "${node.id}": give each node its own id`);
      unwalkable = true;
    } else index.set(node.id, i);
    const isEnd = node.end === true;
    if (isEnd && node.choices)
      at(
        ['nodes', i, 'choices'],
        `node "${node.id}" is an end (end: true) but has choices: remove them, or remove "end"`,
      );
    if (isEnd && (!node.outcome || !node.debrief))
      at(
        ['nodes', i],
        `end node "${node.id}" needs "outcome" (good, mixed or poor) and a "debrief" that ties the path to the competencies`,
      );
    if (!isEnd && !node.text)
      at(['nodes', i], `node "${node.id}" has no text: describe the situation the choices answer`);
    if (!isEnd && !node.choices)
      at(
        ['nodes', i],
        `node "${node.id}" has no choices and is not an end: add 2–4 choices, or "end: true" with an outcome and debrief`,
      );
    if (!isEnd && (node.outcome || node.debrief))
      at(
        ['nodes', i],
        `node "${node.id}" has an outcome or debrief but is not an end: add "end: true", or move them to an end node`,
      );
    node.choices?.forEach((choice, c) => {
      if (!scenario.nodes.some((n) => n.id === choice.next)) {
        at(
          ['nodes', i, 'choices', c, 'next'],
          `"${choice.next}" is not a node of this scenario: name one of its node ids`,
        );
        unwalkable = true;
      }
    });
  });
  if (!index.has(scenario.start))
    at(
      ['start'],
      `start "${scenario.start}" is not a node of this scenario: name the id of the node the story begins at (e.g. "${scenario.nodes[0]!.id}")`,
    );
  scenario.competencies.forEach((c, i) => {
    if (!competencyIds.has(c))
      at(['competencies', i], `unknown competency "${c}": use an id from competencies.yaml, or add it there`);
  });
  scenario.people.forEach((person, i) => {
    if (person.image !== undefined && person.alt === undefined)
      at(
        ['people', i, 'image'],
        `a portrait needs "alt": who it shows, for screen readers (or "" when it only decorates)`,
      );
  });
  if (unwalkable || !index.has(scenario.start)) return problems;

  // Walk from the start: a node met again on the same path is a loop; the fewest decisions to an end is the
  // shortest story a learner can meet (`via` keeps the node each node's shortest way goes on to).
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const fewest = new Map<string, number>();
  const via = new Map<string, string>();
  const onPath = new Set<string>();
  const reached = new Set<string>();
  let loop: { from: string; to: string; choice: number } | undefined;
  const walk = (id: string): number => {
    const known = fewest.get(id);
    if (known !== undefined) return known;
    reached.add(id);
    const node = byId.get(id)!;
    if (node.end) {
      fewest.set(id, 0);
      return 0;
    }
    onPath.add(id);
    let least = Infinity;
    (node.choices ?? []).forEach((choice, c) => {
      if (onPath.has(choice.next)) {
        loop ??= { from: id, to: choice.next, choice: c };
        return;
      }
      const steps = 1 + walk(choice.next);
      if (steps < least) {
        least = steps;
        via.set(id, choice.next);
      }
    });
    onPath.delete(id);
    fewest.set(id, least);
    return least;
  };
  const shortest = walk(scenario.start);
  if (loop) {
    const i = index.get(loop.from)!;
    at(
      ['nodes', i, 'choices', loop.choice, 'next'],
      `a choice at "${loop.from}" leads back to "${loop.to}", and the story could go round forever: a scenario goes forward, so send that choice on to a later node`,
    );
  }
  scenario.nodes.forEach((node, i) => {
    if (!reached.has(node.id))
      at(
        ['nodes', i, 'id'],
        `node "${node.id}" cannot be reached from the start "${scenario.start}": point a choice at it, or remove it`,
      );
  });
  if (!loop && shortest < minDecisionsPerPath) {
    const route = [scenario.start];
    for (let next = via.get(scenario.start); next; next = via.get(next)) route.push(next);
    at(
      ['start'],
      `the path ${route.join(' → ')} passes only ${shortest} decision(s); every path from the start to an end needs at least ${minDecisionsPerPath}: add a decision on that path`,
    );
  }
  return problems;
}

/** The scenario as the player shows it: Markdown rendered, competencies with their statements. */
export function compileScenario(
  scenario: Scenario,
  render: Renderer,
  statements: ReadonlyMap<string, string>,
): CompiledScenario {
  const nodes: CompiledScenarioNode[] = scenario.nodes.map((node) =>
    node.end
      ? {
          id: node.id,
          html: node.text ? render.block(node.text, 4) : '',
          end: true,
          outcome: node.outcome!,
          debriefHtml: render.block(node.debrief!, 4),
        }
      : {
          id: node.id,
          html: render.block(node.text ?? '', 4),
          choices: node.choices!.map((c) => ({
            html: render.inline(c.text),
            next: c.next,
            consequenceHtml: render.block(c.consequence, 4),
          })),
        },
  );
  return {
    type: 'scenario',
    id: scenario.id,
    title: scenario.title,
    ...(scenario.contentNote ? { contentNoteHtml: render.block(scenario.contentNote, 4) } : {}),
    people: scenario.people.map((p) => ({
      name: p.name,
      description: p.description,
      ...(p.image ? { image: p.image, alt: p.alt ?? '' } : {}),
    })),
    competencies: scenario.competencies.map((id) => ({ id, statement: statements.get(id) ?? '' })),
    start: scenario.start,
    nodes,
  };
}
