// @vitest-environment happy-dom
/**
 * The verdict rule reaches the LMS (issue 20): an objective is passed only for an achieved competency, failed
 * only for one judged on at least 3 questions and not achieved, and neither for one not assessed in the attempt.
 * Through createAdapter against scorm-again's real SCORM 1.2 and 2004 APIs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scoreAttempt, type ScorableQuestion } from '../../../src/assessment/scoring.ts';
import { stableOptionIds } from '../../../src/assessment/option-ids.ts';
import type { CompiledQuestion } from '../../../src/content/compiled.ts';
import {
  interactionFor,
  objectiveStatus,
  registerObjectives,
  reportAttempt,
} from '../../../src/player/lms-reporting.ts';
import { createAdapter } from '../../../src/scorm/create-adapter.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { valueAt } from '../scorm/support/adapter-fixture.ts';
import { recordingLms } from '../scorm/support/recording-api.ts';
import { questionInteraction } from '../../../src/assessment/question-interaction.ts';

const windowProperties = window as unknown as Record<string, unknown>;

afterEach(() => {
  delete windowProperties.API;
  delete windowProperties.API_1484_11;
  localStorage.clear();
});

const q = (id: string, competencies: string[]): ScorableQuestion => ({
  id,
  type: 'single',
  competencies,
  weight: 1,
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
  ],
});

const competencies = ['D1.1', 'D2.1', 'D3.1'].map((id, i) => ({
  id,
  statement: `Competency ${id}`,
  domain: i + 1,
  domainName: `Domain ${i + 1}`,
}));

// D1.1: three right (achieved); D2.1: three, one right (working towards); D3.1: two right (not assessed).
const questions = [
  q('a1', ['D1.1']),
  q('a2', ['D1.1']),
  q('a3', ['D1.1', 'D3.1']),
  q('b1', ['D2.1', 'D3.1']),
  q('b2', ['D2.1']),
  q('b3', ['D2.1']),
];
const responses = { a1: ['a'], a2: ['a'], a3: ['a'], b1: ['a'], b2: ['b'], b3: ['b'] };

function reported(version: ScormVersion) {
  const lms = recordingLms(version);
  windowProperties[dataModels[version].apiName] = lms.api;
  const adapter = createAdapter({ model: dataModels[version], courseKey: `verdict-${version}` });
  adapter.initialise();
  registerObjectives(adapter, { competencies });
  reportAttempt(adapter, { competencies }, scoreAttempt(questions, responses, 80));
  adapter.commit();
  expect(lms.rejectedCalls()).toEqual([]);
  const cmi = lms.cmi();
  return (n: number, field: string) => valueAt(cmi, `cmi.objectives.${n}.${field}`);
}

describe('objective status follows the competency verdict (pin: reporting every objective as passed fails here)', () => {
  it('SCORM 1.2: achieved → passed, working towards → failed, not assessed → neither', () => {
    const at = reported('1.2');
    expect([0, 1, 2].map((n) => at(n, 'id'))).toEqual(['D1.1', 'D2.1', 'D3.1']);
    expect([0, 1, 2].map((n) => at(n, 'status'))).toEqual(['passed', 'failed', 'incomplete']);
  });

  it('SCORM 2004: achieved → passed, working towards → failed, not assessed → unknown', () => {
    const at = reported('2004');
    expect([0, 1, 2].map((n) => at(n, 'id'))).toEqual(['D1.1', 'D2.1', 'D3.1']);
    expect([0, 1, 2].map((n) => at(n, 'success_status'))).toEqual(['passed', 'failed', 'unknown']);
  });

  it('every status maps to exactly one objective status, and only "achieved" to passed', () => {
    expect(objectiveStatus('achieved')).toBe('passed');
    expect(objectiveStatus('working-towards')).toBe('failed');
    expect(objectiveStatus('not-assessed')).toBe('incomplete');
  });
});

describe('an answer with build-time option ids and a versioned interaction id', () => {
  const stated = {
    id: 'intro-perinatal-24-months',
    type: 'single' as const,
    competencies: ['D1.1'],
    weight: 1,
    stemText: 'What is the usual route for mild to moderate symptoms?',
    stemHtml: 'What is the usual route for mild to moderate symptoms?',
    options: ['Self-referral to talking therapies', 'The specialist perinatal team', 'Wait and see'].map(
      (html, i, all) => ({
        id: stableOptionIds('intro-perinatal-24-months', all)[i]!,
        html,
        correct: i === 0,
        feedbackHtml: '',
      }),
    ),
  };
  const compiled: CompiledQuestion = { ...stated, interaction: questionInteraction(stated) };

  it.each(['1.2', '2004'] as const)('is accepted by SCORM %s as it is', (version) => {
    const lms = recordingLms(version);
    windowProperties[dataModels[version].apiName] = lms.api;
    const adapter = createAdapter({ model: dataModels[version], courseKey: `interaction-${version}` });
    adapter.initialise();
    const key = compiled.options[0]!.id;
    adapter.recordInteraction(
      interactionFor(compiled, { response: [key], correct: true, attempt: 1 }, 5000, new Date(2026, 11, 5)),
    );
    adapter.commit();
    expect(lms.rejectedCalls()).toEqual([]);
    expect(valueAt(lms.cmi(), 'cmi.interactions.0.id')).toMatch(
      /^intro-perinatal-24-months_v[0-9a-z]{4}-attempt-1$/,
    );
  });
});
