/** The competency profile of one module: chart, counts per competency, and one row per learner. */
import type { ModuleFigures, ProfileStatus, StatusCounts } from '../../figures.ts';
import { legend, profileChart } from '../charts.ts';
import { plural } from '../format.ts';
import { html, moduleHeadingId, scrollBox, type SafeHtml } from '../html.ts';

/** Words and a symbol for each status, so a cell never depends on colour. */
export const statusText: Readonly<Record<ProfileStatus, { symbol: string; words: string }>> = {
  achieved: { symbol: '●', words: 'Achieved' },
  'working-towards': { symbol: '◐', words: 'Working towards' },
  'not-assessed': { symbol: '○', words: 'Not assessed' },
};

const counts = (c: StatusCounts) => [c.achieved, c['working-towards'], c['not-assessed']];

export function profileSection(module: ModuleFigures, achievedPercent: number): SafeHtml {
  const { profile } = module;
  const id = `module-${module.slug}-profile`;
  if (profile.learners === 0)
    return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
      <h3 id="${id}">Competency profile</h3>
      <p class="empty">
        No finished knowledge-check try in these exports, so no profile.
        ${profile.unfinishedOnly > 0 ? plural(profile.unfinishedOnly, 'learner') + ' left during the check.' : ''}
        A profile needs the answers: Moodle's Interactions report of a SCORM 1.2 package, or CMI JSON files.
      </p>
    </section>`;
  return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
    <h3 id="${id}">Competency profile</h3>
    <p>
      ${plural(profile.learners, 'learner')} with a finished knowledge-check
      try${
        profile.unfinishedOnly > 0
          ? html`; ${plural(profile.unfinishedOnly, 'other learner')} left during the check and
            ${profile.unfinishedOnly === 1 ? 'is' : 'are'} not counted`
          : ''
      }.
      A competency is <strong>achieved</strong> in a try when the learner got at least ${achievedPercent}% of
      the weight of that try's questions on it (the course's own rule); otherwise
      <strong>working towards</strong>. Each try draws some of the bank's questions, so a competency can be
      <strong>not assessed</strong> in a try. <strong>Best</strong> is the learner's highest result on the
      competency in any finished try.
    </p>
    ${legend(`${id}-key`, [
      { key: 'achieved', label: 'Achieved' },
      { key: 'working', label: 'Working towards' },
      { key: 'none', label: 'Not assessed' },
    ])}
    <figure class="chart-figure">
      ${scrollBox(`Chart: competency profile of module ${module.slug}`, profileChart(module.slug, profile))}
    </figure>
    ${scrollBox(
      `Learners by competency, module ${module.slug}`,
      html`<table class="profile-counts">
        <caption>
          Learners by competency (of ${profile.learners})
        </caption>
        <thead>
          <tr>
            <th scope="col" rowspan="2">Competency</th>
            <th scope="colgroup" colspan="3">First finished try</th>
            <th scope="colgroup" colspan="3">Best</th>
          </tr>
          <tr>
            <th scope="col" class="num">Achieved</th>
            <th scope="col" class="num">Working towards</th>
            <th scope="col" class="num">Not assessed</th>
            <th scope="col" class="num">Achieved</th>
            <th scope="col" class="num">Working towards</th>
            <th scope="col" class="num">Not assessed</th>
          </tr>
        </thead>
        <tbody>
          ${profile.competencies.map(
            (c) =>
              html`<tr>
                <th scope="row">
                  <span class="competency-id">${c.id}</span> <span class="statement">${c.statement}</span>
                </th>
                ${[...counts(c.first), ...counts(c.best)].map((n) => html`<td class="num">${n}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${fewQuestions(module)}
    <h4>Learners</h4>
    ${scrollBox(
      `Learners of module ${module.slug}`,
      html` <table class="learners">
        <caption>
          Each learner's profile: first finished try → best (${statusText.achieved.symbol} achieved,
          ${statusText['working-towards'].symbol} working towards, ${statusText['not-assessed'].symbol} not
          assessed)
        </caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            <th scope="col" class="num">Finished tries</th>
            <th scope="col" class="num">First try</th>
            <th scope="col" class="num">Best</th>
            ${profile.competencies.map((c) => html`<th scope="col" title="${c.statement}">${c.id}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${profile.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.name}</th>
                <td class="num">${row.finishedTries}</td>
                <td class="num">${row.firstPercent}%${row.firstPassed ? ' passed' : ''}</td>
                <td class="num">${row.bestPercent}%${row.bestPassed ? ' passed' : ''}</td>
                ${row.competencies.map(
                  (c) =>
                    html`<td class="status">
                      ${statusCell(c.first, c.firstPercent)}${
                        c.best !== c.first || c.bestPercent !== c.firstPercent
                          ? html` → ${statusCell(c.best, c.bestPercent)}`
                          : ''
                      }
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${
      profile.rowsLeftOut > 0
        ? html`<p class="empty">
            The first ${profile.rows.length} of ${profile.learners} learners, by name; the counts above are of
            all of them.
          </p>`
        : ''
    }
  </section>`;
}

/** Verdicts that rest on one or two questions in the try, flagged per competency. */
function fewQuestions(module: ModuleFigures): SafeHtml | '' {
  const thin = module.profile.competencies.filter((c) => c.firstOnFewQuestions > 0);
  if (thin.length === 0) return '';
  return html`<p class="flag-advice">
    <strong>⚑ Verdicts on fewer than three questions.</strong> In the first finished try,
    ${thin.map(
      (c, i) =>
        html`${i > 0 ? '; ' : ''}${c.id} for ${c.firstOnFewQuestions} of ${module.profile.learners} learners`,
    )}.
    A verdict on one or two questions is a weak signal: read it with the learner's other results.
  </p>`;
}

function statusCell(status: ProfileStatus, percent: number | undefined): SafeHtml {
  const { symbol, words } = statusText[status];
  return html`<span class="st st-${status}"
    ><span aria-hidden="true">${symbol}</span> <span class="visually-hidden">${words}</span>${
      percent !== undefined ? html` ${Math.round(percent)}%` : ''
    }</span
  >`;
}
