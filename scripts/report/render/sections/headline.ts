/**
 * The first thing a trainer reads: per module, who took it and how they did, how far the scores can be trusted,
 * the weakest competencies and the questions that need attention, each with why and what to do. Everything here
 * is repeated with its detail further down.
 */
import type { CohortReport, ItemFigures, ModuleFigures } from '../../figures.ts';
import { flagAdvice, flagText } from '../../stats/item-judgement.ts';
import { reliabilityWords } from '../../stats/reliability.ts';
import { decimal, listOf, percent, plural } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';

/** Competencies shown as the weakest, at most. */
const WEAKEST = 3;

export function headlineSection(report: CohortReport): SafeHtml {
  return html`<section id="headline" aria-labelledby="headline-heading">
    <h2 id="headline-heading">At a glance</h2>
    ${report.modules.length === 0 ? html`<p class="empty">None of the files held a module of this course.</p>` : ''}
    ${report.modules.map((m) => moduleHeadline(m))}
    ${
      report.warnings.length > 0 || report.inputs.some((i) => i.notices.length > 0)
        ? html`<p>
            ${
              report.warnings.length > 0
                ? html`<strong>${plural(report.warnings.length, 'warning')} about the files.</strong> `
                : ''
            }What
            each file holds and lacks: <a href="#inputs">What the report read</a>.
          </p>`
        : ''
    }
  </section>`;
}

function moduleHeadline(m: ModuleFigures): SafeHtml {
  const id = `headline-${m.slug}`;
  const answers = m.items.some((i) => i.all.answers > 0) || m.changedItems.length > 0;
  return html`<section class="headline" aria-labelledby="headline-heading ${id}">
    <h3 id="${id}"><a href="#module-${m.slug}">Module ${m.slug.slice(0, 2)}: ${m.title}</a></h3>
    <ul class="headline-figures">
      ${m.completion.map(
        (a) =>
          html`<li>
            <strong>${a.label}:</strong> ${a.attempted} of ${plural(a.learners, 'learner')} started;
            ${a.passed}
            passed${a.passRate === undefined ? '' : html` (<strong>pass rate ${percent(a.passRate)}</strong>)`},
            ${a.failed} failed, ${a.unfinished} not
            finished${a.notAttempted > 0 ? `, ${a.notAttempted} not opened` : ''}.
          </li>`,
      )}
      ${m.completion.length === 0 && m.gradebook.length > 0 ? html`<li>Gradebook only: see Completion.</li>` : ''}
      ${reliabilityLine(m)}
    </ul>
    ${answers ? '' : html`<p class="one-line">No answers in these exports, so no competency profile or item analysis: Moodle's SCORM 2004 Interactions report is empty (use the SCORM 1.2 package in Moodle).</p>`}
    ${weakest(m)} ${attention(m)}
  </section>`;
}

function reliabilityLine(m: ModuleFigures): SafeHtml | '' {
  const r = m.statistics.reliability;
  if (!r) return '';
  return html`<li>
    <strong>Reliability</strong> (Cronbach's alpha, KR-20) ${decimal(r.alpha)} from
    ${plural(r.tries, 'first try', 'first tries')}:
    ${reliabilityWords(r.alpha)}.${
      r.semPercent !== undefined
        ? ` A score can be off by about ${r.semPercent.toFixed(0)} points either way (SEM), so a score within ${r.semPercent.toFixed(0)} points of the pass mark (${m.passMark}%) could fall on either side of it.`
        : ''
    }${r.tries < 30 ? ` With ${r.tries} tries, read this as a rough guide.` : ''}
  </li>`;
}

function weakest(m: ModuleFigures): SafeHtml | '' {
  const p = m.profile;
  if (p.learners === 0) return '';
  const ranked = p.competencies
    .map((c) => {
      const judged = c.first.achieved + c.first['working-towards'];
      return { c, judged, share: judged > 0 ? c.first.achieved / judged : undefined };
    })
    .filter((x) => x.share !== undefined && x.share < 1)
    .sort((a, b) => a.share! - b.share! || b.judged - a.judged)
    .slice(0, WEAKEST);
  if (ranked.length === 0)
    return html`<p>Every competency assessed was achieved on the first finished try by every learner.</p>`;
  return html`<h4>Weakest competencies (first finished try)</h4>
    <ul>
      ${ranked.map(
        ({ c, judged, share }) =>
          html`<li>
            <strong>${c.id}</strong> ${c.statement.replace(/\.$/, '')}: achieved by ${c.first.achieved} of
            ${judged} (${percent(share)}).
            ${
              c.firstOnFewQuestions > 0
                ? html`<strong class="warn-text"
                      >⚑ For ${plural(c.firstOnFewQuestions, 'learner')} the verdict rests on fewer than three
                      questions</strong
                    >: a weak signal.`
                : ''
            }
            What to do: check how the module's pages and practice teach it, then read its questions under
            <a href="#module-${m.slug}-items">Item analysis</a>.
          </li>`,
      )}
    </ul>`;
}

function attention(m: ModuleFigures): SafeHtml | '' {
  const flagged = m.items.filter((i) => i.flags.length > 0);
  const changed = [...new Set(m.changedItems.map((i) => i.id))];
  if (flagged.length === 0 && changed.length === 0) {
    const answered = m.items.filter((i) => i.first.answers > 0).length;
    return answered > 0 ? html`<p>No question is flagged on the first-try answers.</p>` : '';
  }
  return html`<h4>Questions that need attention</h4>
    <ul>
      ${flagged.map((item) => attentionItem(m, item))}
      ${
        changed.length > 0
          ? html`<li>
              ${listOf(changed.map((id) => `“${id}”`))}: ${changed.length === 1 ? 'has' : 'have'} changed
              since these answers were given, so
              ${changed.length === 1 ? 'its answers are' : 'their answers are'} shown apart and not judged.
              What to do: nothing now; judge ${changed.length === 1 ? 'it' : 'them'} on the exports of a
              cohort that takes today's version.
            </li>`
          : ''
      }
    </ul>`;
}

function attentionItem(m: ModuleFigures, item: ItemFigures): SafeHtml {
  return html`<li>
    <a href="#item-${m.slug}-${item.id}"><code>${item.id}</code></a
    >: ${item.flags.map((f) => flagText[f]).join(', ')} (${item.first.correct} of ${item.first.answers} right
    first time). What to do: ${item.flags.map((f) => flagAdvice[f]).join(' ')}
  </li>`;
}
