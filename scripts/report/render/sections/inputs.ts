/** What was read: one row per file, what each lacks and why, and warnings (e.g. question ids the banks lack). */
import type { CohortReport } from '../../figures.ts';
import { fileName } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';

export function inputsSection(report: CohortReport): SafeHtml {
  const notices = report.inputs.filter((i) => i.notices.length > 0);
  return html`<section id="inputs" aria-labelledby="inputs-heading">
    <h2 id="inputs-heading">What the report read</h2>
    <table>
      <caption>
        Input files
      </caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Kind</th>
          <th scope="col">SCORM</th>
          <th scope="col">Module</th>
          <th scope="col" class="num">Rows</th>
          <th scope="col" class="num">Answers</th>
        </tr>
      </thead>
      <tbody>
        ${report.inputs.map(
          (i) =>
            html`<tr>
              <th scope="row"><code>${fileName(i.file)}</code></th>
              <td>${i.formatName}</td>
              <td>${i.scormVersion ?? '–'}</td>
              <td>${i.modules.join(', ') || '–'}</td>
              <td class="num">${i.rows}</td>
              <td class="num">${i.answers}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      notices.length > 0
        ? html`<h3>What some files lack, and why</h3>
            <ul class="notices">
              ${notices.map((i) => html`<li><code>${fileName(i.file)}</code>: ${i.notices.join(' ')}</li>`)}
            </ul>`
        : ''
    }
    ${
      report.warnings.length > 0
        ? html`<div class="warning" role="note">
            <h3>Warnings</h3>
            <ul>
              ${report.warnings.map((w) => html`<li>${w}</li>`)}
            </ul>
          </div>`
        : ''
    }
  </section>`;
}
