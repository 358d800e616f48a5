/**
 * Item analysis of one module: a summary table of every question, then each question under its (first)
 * competency with its stem and options from modules/, how often each option was chosen, and what to check.
 */
import type { ItemFigures, ModuleFigures } from '../../figures.ts';
import { flagAdvice, flagText, itemThresholds } from '../../stats/item-judgement.ts';
import { shareBar } from '../charts.ts';
import { decimal, duration, percent, plural } from '../format.ts';
import { html, moduleHeadingId, scrollBox, type SafeHtml } from '../html.ts';

const itemAnchor = (module: string, id: string) => `item-${module}-${id}`;

export function itemsSection(module: ModuleFigures): SafeHtml {
  const id = `module-${module.slug}-items`;
  const seen = module.items.filter((i) => i.all.answers > 0);
  if (seen.length === 0 && module.changedItems.length === 0)
    return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
      <h3 id="${id}">Item analysis</h3>
      <p class="empty one-line">
        No answers in these exports, so no item analysis for its ${plural(module.items.length, 'question')}.
      </p>
    </section>`;
  return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
    <h3 id="${id}">Item analysis</h3>
    <p>
      ${plural(module.items.length, 'question')}, ${seen.length} answered at today's version in these exports.
      Figures are from each learner's <strong>first try</strong> (later tries come after feedback) unless
      marked "all tries". <strong>Facility</strong> is the share answered right.
      <strong>Discrimination</strong> is the point-biserial correlation between getting the question right and
      the share right on the rest of the same try: near 0 or negative means the question does not separate
      stronger from weaker learners. <strong>Efficiency</strong> (discriminative efficiency, as in Moodle) is
      that covariance as a share of the largest its facility allows.
    </p>
    ${tooFewOnce(module)}
    ${scrollBox(
      `Questions of module ${module.slug}`,
      html` <table class="items">
        <caption>
          Questions of module ${module.slug}
        </caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Competencies</th>
            <th scope="col" class="num">First-try answers</th>
            <th scope="col">Facility</th>
            <th scope="col" class="num">Discrimination</th>
            <th scope="col" class="num">Efficiency</th>
            <th scope="col" class="num">Facility, all tries</th>
            <th scope="col" class="num">Median time</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          ${module.items.map((item) => summaryRow(module.slug, item))}
        </tbody>
      </table>`,
    )}
    ${keyRecognised(module)}
    ${competencyGroups(module).map(
      (group) =>
        html`<section
          class="competency-group"
          aria-labelledby="${moduleHeadingId(module.slug)} ${id}-${group.id}"
        >
          <h4 id="${id}-${group.id}">
            ${group.id === '' ? 'Not in the question bank' : html`${group.id}: ${group.statement}`}
          </h4>
          ${group.items.filter(answered).map((item) => itemDetails(module.slug, item))}
          ${unansweredLine(group.items.filter((i) => !answered(i)))}
        </section>`,
    )}
    ${changedItemsSection(module)}
  </section>`;
}

/** Said once: answers matched to today's question by their key only (the export predates version hashes). */
function keyRecognised(module: ModuleFigures): SafeHtml | '' {
  const byKey = module.items.filter((i) => i.version.current && i.version.recognisedBy.key > 0);
  if (byKey.length === 0) return '';
  return html`<p class="note">
    ${plural(byKey.length, 'question')} ${byKey.length === 1 ? 'is' : 'are'} matched to today's version by the
    correct answer the export recorded (it is today's key): these exports were made before the course wrote a
    version into each answer, so the wording may have been edited since while the key stayed the same.
  </p>`;
}

/** Answers to earlier versions: apart, each with what changed and its recorded key, never under today's text. */
function changedItemsSection(module: ModuleFigures): SafeHtml | '' {
  if (module.changedItems.length === 0) return '';
  const id = `module-${module.slug}-changed`;
  const questions = new Set(module.changedItems.map((i) => i.id)).size;
  return html`<section aria-labelledby="${moduleHeadingId(module.slug)} ${id}">
    <h4 id="${id}">Answers to earlier versions of ${plural(questions, 'question')}</h4>
    <p>
      These answers were given to a version of the question that has changed since (its key, or the version
      the course wrote into the answer, differs from today's). They count in the learners' scores and profiles
      as the LMS marked them, but not in today's item figures above, and today's wording is not shown as what
      was asked. Read each against the course release the learners took.
    </p>
    <details class="changed-items">
      <summary>
        Show the answers to the earlier ${questions === 1 ? 'version' : 'versions'}
        (${plural(module.changedItems.length, 'set')})
      </summary>
      ${module.changedItems.map((item) => itemDetails(module.slug, item))}
    </details>
  </section>`;
}

/** Why an earlier version's answers are apart: every changed item says so, with its recorded key. */
function changeNote(item: ItemFigures): SafeHtml | '' {
  if (item.version.current) return '';
  const { hash, todaysHash, todaysStem } = item.version;
  const recorded = item.recordedKey
    ? html`recorded key <code>${item.recordedKey.join(', ')}</code>`
    : 'no key in the export';
  const today = item.bankKeyChanged
    ? html`; today's key <code>${item.bankKeyChanged.join(', ')}</code>`
    : item.inBank
      ? "; today's key is the same, the wording or options changed"
      : '';
  return html`<p class="warning changed-note">
      <strong>Changed since these answers were given</strong>${
        hash ? html` (version <code>${hash}</code>, today <code>${todaysHash ?? '–'}</code>)` : ''
      }:
      ${recorded}${today}. Results are as the LMS marked them then.
    </p>
    ${todaysStem ? html`<p class="todays-version">Today's version, for reference only (not what was asked): ${todaysStem}</p>` : ''}`;
}

const answered = (item: ItemFigures) => item.all.answers > 0;

/** Said once for the module, and only when true: which questions had too few first-try answers to be judged. */
function tooFewOnce(module: ModuleFigures): SafeHtml | '' {
  const facility = module.items.filter((i) => i.tooFew.facility);
  const discrimination = module.items.filter((i) => !i.tooFew.facility && i.tooFew.discrimination);
  if (facility.length === 0 && discrimination.length === 0) return '';
  const t = itemThresholds;
  return html`<p class="too-few">
    Too few first-try answers to judge:
    ${
      facility.length > 0
        ? html`${plural(facility.length, 'question')} with fewer than ${t.minAnswersForFacility} (not judged
          at all)`
        : ''
    }${facility.length > 0 && discrimination.length > 0 ? '; ' : ''}${
      discrimination.length > 0
        ? html`${plural(discrimination.length, 'question')} with fewer than ${t.minAnswersForDiscrimination}
          (facility judged, discrimination not)`
        : ''
    }.
    Their figures are a hint only.
  </p>`;
}

/** Today's questions no answer in these exports was given to: named in one line, not a card each. */
function unansweredLine(items: readonly ItemFigures[]): SafeHtml | '' {
  if (items.length === 0) return '';
  return html`<p class="empty">
    Not answered at today's version in these exports:
    ${items.map((i, n) => html`${n > 0 ? ', ' : ''}<code>${i.id}</code>`)}.
  </p>`;
}

function competencyGroups(module: ModuleFigures) {
  const groups = module.competencies.map((c) => ({
    id: c.id,
    statement: c.statement,
    items: module.items.filter((i) => i.competencies[0] === c.id),
  }));
  const other = module.items.filter((i) => !module.competencies.some((c) => c.id === i.competencies[0]));
  if (other.length > 0) groups.push({ id: '', statement: '', items: other });
  return groups.filter((g) => g.items.length > 0);
}

function flagsText(item: ItemFigures): SafeHtml {
  const parts: (SafeHtml | string)[] = item.flags.map(
    (f) => html`<strong class="flag">⚑ ${flagText[f]}</strong>`,
  );
  if (item.first.answers === 0) parts.push(item.all.answers === 0 ? 'not answered' : 'no first-try answers');
  if (!item.inBank) parts.push(html`<strong class="flag">⚑ Not in the bank</strong>`);
  return html`${parts.map((p, i) => html`${i > 0 ? '; ' : ''}${p}`)}`;
}

function summaryRow(module: string, item: ItemFigures): SafeHtml {
  return html`<tr${answered(item) ? '' : html` id="${itemAnchor(module, item.id)}"`}>
    <th scope="row">
      ${answered(item) ? html`<a href="#${itemAnchor(module, item.id)}"><code>${item.id}</code></a>` : html`<code>${item.id}</code>`}
    </th>
    <td>${item.competencies.join(', ') || '–'}</td>
    <td class="num">${item.first.answers}</td>
    <td class="facility">
      ${shareBar(item.first.facility, [itemThresholds.tooHard, itemThresholds.tooEasy])}
      ${percent(item.first.facility)}${item.first.answers > 0 ? ` (${item.first.correct}/${item.first.answers})` : ''}
    </td>
    <td class="num">${decimal(item.first.discrimination)}</td>
    <td class="num">${percent(item.first.discriminativeEfficiency)}</td>
    <td class="num">
      ${percent(item.all.facility)}${item.all.answers > 0 ? ` (${item.all.correct}/${item.all.answers})` : ''}
    </td>
    <td class="num">
      ${item.all.answers === 0 ? '–' : item.all.medianLatencyMs === undefined ? 'not exported' : duration(item.all.medianLatencyMs)}
    </td>
    <td>${flagsText(item)}</td>
  </tr>`;
}

function discriminationWords(item: ItemFigures): string {
  const r = item.first.discrimination;
  if (r !== undefined) return decimal(r);
  if (item.first.answers > 1 && (item.first.correct === 0 || item.first.correct === item.first.answers))
    return `cannot be computed: every first-try answer was ${item.first.correct === 0 ? 'wrong' : 'right'}`;
  return 'cannot be computed (too few answers)';
}

/** An option's part in the recorded key: correct or not, or for an ordering question its place in the order. */
function keyCell(item: ItemFigures, optionId: string, recordedCorrect: boolean | undefined): string {
  if (recordedCorrect === undefined || !item.recordedKey) return '–';
  if (item.type === 'ordering')
    return `${item.recordedKey.indexOf(optionId) + 1} of ${item.recordedKey.length}`;
  return recordedCorrect ? '✓ correct' : '';
}

function itemDetails(module: string, item: ItemFigures): SafeHtml {
  const firstBase = item.first.answersWithResponse;
  const allBase = item.all.answersWithResponse;
  const anchor = item.version.current
    ? itemAnchor(module, item.id)
    : `${itemAnchor(module, item.id)}-was-${(item.version.hash ?? item.recordedKey?.join('') ?? 'x').replace(/[^0-9a-z]/gi, '')}`;
  return html`<article
    class="item${item.version.current ? '' : ' changed'}"
    id="${anchor}"
    aria-labelledby="${anchor}-h"
  >
    <h5 id="${anchor}-h">
      <code>${item.id}</code>${item.type ? html` <span class="type">(${item.type})</span>` : ''}${
        item.version.current ? '' : html` <span class="type">earlier version</span>`
      }
    </h5>
    ${
      !item.version.current
        ? changeNote(item)
        : item.inBank
          ? html`${item.vignette ? html`<p class="vignette">${item.vignette}</p>` : ''}
              <p class="stem">${item.stem}</p>
              ${item.competencies.length > 1 ? html`<p class="also">Also assesses ${item.competencies.slice(1).join(', ')}.</p>` : ''}`
          : html`<p class="warning">
              This id is not in the current question bank: no text or competencies to show.
            </p>`
    }
    <dl class="item-figures">
      <dt>First-try facility</dt>
      <dd>
        ${percent(item.first.facility)} (${item.first.correct} of
        ${item.first.answers})${
          item.first.facilityInterval
            ? `; 95% interval ${percent(item.first.facilityInterval.low)}–${percent(item.first.facilityInterval.high)}`
            : ''
        }
      </dd>
      <dt>Discrimination</dt>
      <dd>${discriminationWords(item)}</dd>
      <dt>Discriminative efficiency</dt>
      <dd>${percent(item.first.discriminativeEfficiency)}</dd>
      <dt>All tries</dt>
      <dd>${percent(item.all.facility)} (${item.all.correct} of ${item.all.answers})</dd>
      <dt>Median time to answer</dt>
      <dd>
        ${
          item.all.medianLatencyMs === undefined
            ? 'not in the export (Moodle does not show latency)'
            : `${item.all.latencyExact ? '' : '≈ '}${duration(item.all.medianLatencyMs)}`
        }
      </dd>
    </dl>
    ${item.flags.map((f) => html`<p class="flag-advice"><strong>⚑ ${flagText[f]}.</strong> ${flagAdvice[f]}</p>`)}
    ${
      item.options.length > 0
        ? html`<table class="options">
            <caption>
              How often each option was
              chosen${item.type === 'multiple' ? ' (learners may choose several)' : ''}
              ${item.type === 'ordering' ? ' (shown in the bank\u2019s correct order; see the responses below)' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col">Text</th>
                <th scope="col">Key</th>
                <th scope="col">First try</th>
                <th scope="col" class="num">All tries</th>
              </tr>
            </thead>
            <tbody>
              ${item.options.map(
                (o) =>
                  html`<tr>
                    <th scope="row">${o.id}</th>
                    <td>
                      ${o.text ?? (item.version.current ? '(not in the bank)' : '(not known: changed since)')}
                    </td>
                    <td>${keyCell(item, o.id, o.recordedCorrect)}</td>
                    <td class="choice">
                      ${
                        item.type === 'ordering'
                          ? '–'
                          : html`${shareBar(firstBase > 0 ? o.first / firstBase : undefined)}
                            ${firstBase > 0 ? `${percent(o.first / firstBase)} (${o.first})` : '–'}`
                      }
                    </td>
                    <td class="num">
                      ${item.type === 'ordering' ? '–' : allBase > 0 ? `${percent(o.all / allBase)} (${o.all})` : '–'}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
    ${
      item.patterns.length > 0
        ? html`<table class="patterns">
            <caption>
              Most common whole responses
            </caption>
            <thead>
              <tr>
                <th scope="col">Response</th>
                <th scope="col">Marked</th>
                <th scope="col" class="num">First try</th>
                <th scope="col" class="num">All tries</th>
              </tr>
            </thead>
            <tbody>
              ${item.patterns.map(
                (p) =>
                  html`<tr>
                    <th scope="row"><code>${p.response.join(', ')}</code></th>
                    <td>${p.correct === undefined ? '–' : p.correct ? 'right' : 'wrong'}</td>
                    <td class="num">${p.first}</td>
                    <td class="num">${p.all}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
  </article>`;
}
