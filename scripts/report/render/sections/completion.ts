/** Completion of one module: per activity (LMS and package), attempts, pass rate, tries, time and drop-off. */
import type { ActivityCompletion, ModuleFigures } from '../../figures.ts';
import { legend, stackedBarChart } from '../charts.ts';
import { duration, fileName, minutes, percent, plural } from '../format.ts';
import { html, moduleHeadingId, scrollBox, type SafeHtml } from '../html.ts';

export function completionSection(module: ModuleFigures): SafeHtml {
  const id = `module-${module.slug}-completion`;
  const activities = module.completion;
  return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
    <h3 id="${id}">Completion</h3>
    ${
      activities.length === 0
        ? html`<p class="empty">No SCORM report or CMI file for this module (only the gradebook).</p>`
        : html`${legend(`${id}-key`, [
              { key: 'passed', label: 'Passed' },
              { key: 'failed', label: 'Failed' },
              { key: 'unfinished', label: 'Started, not finished' },
            ])}
            <figure class="chart-figure">
              ${scrollBox(
                `Chart: completion of module ${module.slug}`,
                stackedBarChart({
                  id: `${id}-chart`,
                  title: `Completion of module ${module.slug}`,
                  description:
                    'For each activity, learners who passed, failed, or started without finishing. The same figures ' +
                    'are in the table below.',
                  total: Math.max(...activities.map((a) => a.attempted), 1),
                  rows: activities.map((a, i) => ({
                    group: `#${i + 1}`,
                    label: 'Attempted',
                    segments: [
                      { key: 'passed', label: 'passed', value: a.passed },
                      { key: 'failed', label: 'failed', value: a.failed },
                      { key: 'unfinished', label: 'not finished', value: a.unfinished },
                    ],
                  })),
                }),
              )}
            </figure>
            ${scrollBox(
              `Completion by activity, module ${module.slug}`,
              html` <table>
                <caption>
                  Completion by activity
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Activity</th>
                    <th scope="col" class="num">Learners</th>
                    <th scope="col" class="num">Not opened</th>
                    <th scope="col" class="num">Attempted</th>
                    <th scope="col" class="num">Passed</th>
                    <th scope="col" class="num">Failed</th>
                    <th scope="col" class="num">Not finished</th>
                    <th scope="col" class="num">Pass rate</th>
                    <th scope="col">Knowledge-check tries</th>
                    <th scope="col">Time</th>
                  </tr>
                </thead>
                <tbody>
                  ${activities.map((a, i) => activityRow(a, i))}
                </tbody>
              </table>`,
            )}
            ${activities.map((a, i) => activityNotes(a, i))}`
    }
    ${
      module.gradebook.length > 0
        ? html`<table>
            <caption>
              Gradebook
            </caption>
            <thead>
              <tr>
                <th scope="col">Grade item</th>
                <th scope="col" class="num">Learners</th>
                <th scope="col" class="num">Graded</th>
                <th scope="col" class="num">At or above the pass mark (${module.passMark})</th>
                <th scope="col" class="num">Mean grade</th>
              </tr>
            </thead>
            <tbody>
              ${module.gradebook.map(
                (g) =>
                  html`<tr>
                    <th scope="row">${g.activity} <span class="file">(${fileName(g.file)})</span></th>
                    <td class="num">${g.learners}</td>
                    <td class="num">${g.graded}</td>
                    <td class="num">${g.atOrAbovePassMark}</td>
                    <td class="num">${g.meanGrade === undefined ? '–' : g.meanGrade.toFixed(1)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
  </section>`;
}

function activityRow(a: ActivityCompletion, index: number): SafeHtml {
  const tries = a.tries
    ? `median ${a.tries.median}, most ${a.tries.max} (${a.tries.histogram.map((h) => `${h.tries}: ${h.learners}`).join(', ')} learners)`
    : 'not in the export';
  const time = a.time
    ? a.time.kind === 'total'
      ? `median ${duration(a.time.medianMs)} (LMS total time)`
      : `median ${minutes(a.time.medianMs)}, longest ${minutes(a.time.maxMs)} (first entry to last access)`
    : '–';
  return html`<tr>
    <th scope="row">#${index + 1} ${a.label}</th>
    <td class="num">${a.learners}</td>
    <td class="num">${a.notAttempted}</td>
    <td class="num">${a.attempted}</td>
    <td class="num">${a.passed}</td>
    <td class="num">${a.failed}</td>
    <td class="num">${a.unfinished}</td>
    <td class="num">${percent(a.passRate)}</td>
    <td>${tries}</td>
    <td>${time}</td>
  </tr>`;
}

function activityNotes(a: ActivityCompletion, index: number): SafeHtml {
  const notes: (SafeHtml | string)[] = [];
  if (a.dropOff.length > 0)
    notes.push(
      html`Where those who did not finish stopped:
        <ul>
          ${a.dropOff.map((d) => html`<li>${d.place}: ${d.learners.join(', ')}</li>`)}
        </ul>`,
    );
  if (a.time?.kind === 'span')
    notes.push(
      'Moodle gives times to the minute and spans every session of an attempt, including time away: read them as ' +
        'a rough guide, not time on task.',
    );
  if (a.scoreCheck)
    notes.push(
      a.scoreCheck.mismatches.length === 0
        ? `Scores recomputed from the answers match the LMS's score for all ${plural(a.scoreCheck.compared, 'finished attempt')}.`
        : html`Scores recomputed from the answers match the LMS's score for ${a.scoreCheck.matching} of
            ${a.scoreCheck.compared} finished attempts; the others:
            <ul>
              ${a.scoreCheck.mismatches.map((m) => html`<li>${m}</li>`)}
            </ul>`,
    );
  if (notes.length === 0) return html``;
  return html`<div class="activity-notes">
    <h4>#${index + 1} ${a.label}</h4>
    <p class="files">Files: ${a.files.map(fileName).join(', ')}</p>
    ${notes.map((n) => html`<div class="note">${n}</div>`)}
  </div>`;
}
