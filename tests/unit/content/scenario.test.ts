/** A branching scenario's story is checked whole: every problem at its line, with what to do. */
import { describe, expect, it } from 'vitest';
import { scenarioProblems, scenarioSchema } from '../../../src/content/scenario.ts';
import { parseYaml } from '../../../src/content/yaml-source.ts';

const node = (id: string, ...choices: string[]) =>
  [
    `  - id: ${id}`,
    `    text: At ${id}.`,
    `    choices:`,
    ...choices.flatMap((next) => [
      `      - text: Go to ${next}`,
      `        next: ${next}`,
      `        consequence: Then ${next}.`,
    ]),
  ].join('\n');
const end = (id: string, outcome = 'good') =>
  [`  - id: ${id}`, `    end: true`, `    outcome: ${outcome}`, `    debrief: What ${id} shows.`].join('\n');

function check(nodes: string[], start = 'a', competencies = 'D1.3') {
  const yaml = [
    'id: visit',
    'title: A visit',
    'people:',
    '  - name: Amira',
    '    description: mother of Zain',
    `competencies: [${competencies}]`,
    `start: ${start}`,
    'nodes:',
    ...nodes,
  ].join('\n');
  const parsed = parseYaml('scenarios/visit.yaml', yaml, scenarioSchema);
  if (!parsed.ok) return parsed.problems.map((p) => `${p.line}: ${p.message}`);
  const lines = yaml.split('\n');
  return scenarioProblems(parsed.value, parsed.source, new Set(['D1.3'])).map(
    (p) => `${p.line} [${lines[p.line - 1]!.trim()}]: ${p.message}`,
  );
}

const whole = [
  node('a', 'b', 'c'),
  node('b', 'c', 'd'),
  node('c', 'd', 'e'),
  node('d', 'good', 'poor'),
  node('e', 'good', 'poor'),
  end('good'),
  end('poor', 'poor'),
];

describe('a scenario', () => {
  it('passes when every path is whole: reachable nodes, no loops, ends with a debrief, three decisions or more', () => {
    expect(check(whole)).toEqual([]);
  });

  it('needs at least three decisions on the shortest path', () => {
    const short = [
      node('a', 'b', 'c'),
      node('b', 'good', 'poor'),
      node('c', 'd', 'e'),
      node('d', 'good', 'poor'),
      node('e', 'good', 'poor'),
      end('good'),
      end('poor', 'poor'),
    ];
    expect(check(short)).toEqual([
      '7 [start: a]: the path a → b → good passes only 2 decision(s); every path from the start to an end needs at least 3: add a decision on that path',
    ]);
  });

  it('refuses a choice that leads back: a loop never ends', () => {
    const looping = [
      node('a', 'b', 'c'),
      node('b', 'c', 'a'),
      node('c', 'd', 'e'),
      node('d', 'good', 'poor'),
      node('e', 'good', 'poor'),
      end('good'),
      end('poor', 'poor'),
    ];
    expect(check(looping)).toEqual([
      expect.stringMatching(
        /^\d+ \[next: a\]: a choice at "b" leads back to "a", and the story could go round forever: a scenario goes forward/,
      ),
    ]);
  });

  it('names an unreachable node, a missing next and a missing start', () => {
    expect(check([...whole, node('lost', 'good', 'poor')])).toEqual([
      expect.stringMatching(
        /\[- id: lost\]: node "lost" cannot be reached from the start "a": point a choice at it, or remove it$/,
      ),
    ]);
    expect(check([node('a', 'b', 'nowhere'), ...whole.slice(1)])).toEqual([
      expect.stringMatching(
        /\[next: nowhere\]: "nowhere" is not a node of this scenario: name one of its node ids$/,
      ),
    ]);
    expect(check(whole, 'begin')).toEqual([
      '7 [start: begin]: start "begin" is not a node of this scenario: name the id of the node the story begins at (e.g. "a")',
    ]);
  });

  it('needs an outcome and a debrief at every end, and choices everywhere else', () => {
    const noDebrief = ['  - id: poor', '    end: true', '    outcome: poor'].join('\n');
    const stuck = ['  - id: d', '    text: Stuck.'].join('\n');
    const problems = check([...whole.slice(0, 3), stuck, node('e', 'good', 'poor'), end('good'), noDebrief]);
    expect(problems).toContainEqual(
      expect.stringMatching(/node "d" has no choices and is not an end: add 2–4 choices, or "end: true"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/end node "poor" needs "outcome" \(good, mixed or poor\) and a "debrief"/),
    );
  });

  it('walks the story even when other things are wrong, so one fix does not uncover the next', () => {
    const short = [node('a', 'b', 'c'), node('b', 'good', 'poor'), ...whole.slice(2)];
    const noDebrief = ['  - id: poor', '    end: true', '    outcome: poor'].join('\n');
    expect(check([...short.slice(0, -1), noDebrief], 'a', 'D1.3, D9.9')).toEqual([
      expect.stringMatching(/end node "poor" needs "outcome"/),
      expect.stringMatching(/\[competencies: \[D1.3, D9.9\]\]: unknown competency "D9.9"/),
      expect.stringMatching(/\[start: a\]: the path a → b → good passes only 2 decision\(s\)/),
    ]);
  });

  it('needs 2–4 choices at a decision (the schema, at its line)', () => {
    expect(check([node('a', 'b'), ...whole.slice(1)])[0]).toMatch(
      /^\d+: "nodes.0.choices" a decision needs 2–4 choices: add a choice, or make this node an end$/,
    );
  });
});
