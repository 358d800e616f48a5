/**
 * Every module, in both SCORM versions, completed with correct answers inside the preview LMS (scorm-again):
 * the LMS must hold what a manager relies on, and nothing may leave the package's origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { closeSco, completeModule } from './support/learner.ts';
import { apiCalls, openPreview, readCmi } from './support/lms.ts';
import { moduleSlugs } from './support/modules.ts';

/** Requests to any other origin than the preview's own. */
function watchOffOrigin(page: Page, origin: string): string[] {
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  return offOrigin;
}

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] =>
  Array.isArray(value)
    ? (value as Json[])
    : Object.values((value as { childArray?: Json[] })?.childArray ?? value ?? {});

for (const slug of moduleSlugs) {
  test(`SCORM 1.2: ${slug} completed with correct answers`, async ({ page, baseURL }) => {
    const offOrigin = watchOffOrigin(page, baseURL!);
    const sco = await openPreview(page, `imh-${slug}-scorm12`);
    const { asked } = await completeModule(sco, page);
    await closeSco(page);
    const calls = await apiCalls(page);
    expect(calls.filter((c) => c.errorCode !== 0 && c.method !== 'LMSGetLastError')).toEqual([]);
    expect(calls.filter((c) => c.method === 'LMSFinish')).toHaveLength(1);

    const cmi = (await readCmi(page)) as Json;
    const core = cmi.core as Json;
    expect(core.lesson_status).toBe('passed');
    expect(core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    expect(core.exit).toBe('');
    expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const objectives = list(cmi.objectives);
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    for (const o of objectives) {
      expect(o.id).toMatch(/^D\d\.\d+$/);
      expect(['passed', 'not attempted']).toContain(o.status);
    }
    expect(objectives.some((o) => o.status === 'passed' && (o.score as Json).raw === '100')).toBe(true);
    const interactions = list(cmi.interactions);
    expect(interactions).toHaveLength(asked.length);
    for (const [i, interaction] of interactions.entries()) {
      expect(interaction.id).toContain(asked[i]);
      expect(['choice', 'true-false', 'sequencing']).toContain(interaction.type);
      expect(interaction.result).toBe('correct');
      expect(interaction.student_response).toMatch(/^([0-9a-z](,[0-9a-z])*|[tf])$/);
      expect(interaction.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    }
    // A question counts for the competencies the module judges (quiz.judges): most carry one or two as objectives.
    expect(interactions.filter((i) => list(i.objectives).length > 0).length).toBeGreaterThan(
      interactions.length / 2,
    );
    expect(offOrigin).toEqual([]);
  });

  test(`SCORM 2004: ${slug} completed with correct answers`, async ({ page, baseURL }) => {
    const offOrigin = watchOffOrigin(page, baseURL!);
    const sco = await openPreview(page, `imh-${slug}-scorm2004`);
    const { asked } = await completeModule(sco, page);
    // a single-module package has no next module to offer
    await expect(sco.getByRole('button', { name: 'Continue to the next module' })).toHaveCount(0);
    await closeSco(page);
    const calls = await apiCalls(page);
    // 403 on a first GetValue of an unset element is normal in SCORM 2004.
    expect(
      calls.filter((c) => c.errorCode !== 0 && c.errorCode !== 403 && c.method !== 'GetLastError'),
    ).toEqual([]);
    expect(calls.filter((c) => c.method === 'Terminate')).toHaveLength(1);

    const cmi = (await readCmi(page)) as Json;
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
    expect(cmi.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' });
    expect(cmi.exit).toBe('normal');
    expect(cmi.session_time).toMatch(/^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/);
    expect(Number(cmi.progress_measure)).toBe(1);
    const objectives = list(cmi.objectives);
    expect(objectives.some((o) => o.success_status === 'passed' && (o.score as Json).scaled === '1')).toBe(
      true,
    );
    const interactions = list(cmi.interactions);
    expect(interactions).toHaveLength(asked.length);
    for (const interaction of interactions) {
      expect(interaction.result).toBe('correct');
      expect(interaction.learner_response).toMatch(/^([0-9a-z](\[,\][0-9a-z])*|true|false)$/);
      expect(interaction.latency).toMatch(/^PT/);
      expect(interaction.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
      expect(String(interaction.description).length).toBeGreaterThan(0);
    }
    expect(offOrigin).toEqual([]);
  });
}
