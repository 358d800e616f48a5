/**
 * The knowledge check as a test, as Moodle's quiz statistics show it: reliability (Cronbach's alpha / KR-20),
 * the standard error of measurement, and the first-try scores as a histogram (a table, with a bar in each row
 * drawn from the same figure; the bars are hidden from screen readers, which read the numbers).
 */
import type { ModuleFigures } from '../../figures.ts';
import { reliabilityWords } from '../../stats/reliability.ts';
import { shareBar } from '../charts.ts';
import { decimal, plural } from '../format.ts';
import { html, moduleHeadingId, type SafeHtml } from '../html.ts';

export function statisticsSection(module: ModuleFigures): SafeHtml | '' {
  const { reliability: r, histogram } = module.statistics;
  const learners = histogram.reduce((n, b) => n + b.learners, 0);
  if (!r && learners === 0) return '';
  const id = `module-${module.slug}-statistics`;
  const most = Math.max(1, ...histogram.map((b) => b.learners));
  return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
    <h3 id="${id}">Test statistics</h3>
    ${
      r
        ? html`<dl class="item-figures">
            <dt>Reliability (Cronbach's alpha, KR-20)</dt>
            <dd>${decimal(r.alpha)}: ${reliabilityWords(r.alpha)}</dd>
            <dt>Standard error of measurement</dt>
            <dd>
              ${r.semPercent === undefined ? '–' : `${r.semPercent.toFixed(1)} percentage points`} (score
              standard deviation ${r.sdPercent.toFixed(1)}, mean ${r.meanPercent.toFixed(1)}%)
            </dd>
            <dt>Based on</dt>
            <dd>
              ${plural(r.tries, 'first finished try', 'first finished tries')} of
              ${plural(r.items, 'question')}
              each${r.otherLength > 0 ? `; ${r.otherLength} of another length left out` : ''}. As in Moodle
              for random questions, the items are the positions in the try (first question asked, second, …).
            </dd>
          </dl>`
        : ''
    }
    ${
      learners > 0
        ? html`<table class="histogram">
            <caption>
              Learners by first-try score (${learners})
            </caption>
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col" class="num">Learners</th>
                <th scope="col"><span class="visually-hidden">Bar</span></th>
              </tr>
            </thead>
            <tbody>
              ${histogram.map(
                (b) =>
                  html`<tr
                    class="${b.from + 10 > module.passMark && b.from <= module.passMark ? 'pass-band' : ''}"
                  >
                    <th scope="row">${b.from}–${b.to === 100 ? '100' : `${b.to - 1}`}%</th>
                    <td class="num">${b.learners}</td>
                    <td>${shareBar(b.learners / most)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
  </section>`;
}
