/**
 * The whole report as one self-contained HTML page: inline styles and SVG, no script, nothing fetched, so it can
 * be e-mailed, archived or printed as it is.
 */
import type { CohortReport, ModuleFigures } from '../figures.ts';
import { html, moduleHeadingId, trusted } from './html.ts';
import { completionSection } from './sections/completion.ts';
import { headlineSection } from './sections/headline.ts';
import { statisticsSection } from './sections/statistics.ts';
import { inputsSection } from './sections/inputs.ts';
import { itemsSection } from './sections/items.ts';
import { methodSection } from './sections/method.ts';
import { profileSection } from './sections/profile.ts';
import { reportStyles } from './styles.ts';

const moduleHeading = (m: ModuleFigures) => `Module ${m.slug.slice(0, 2)}: ${m.title}`;

export function renderReportPage(report: CohortReport): string {
  const generated = new Date(report.generatedAt);
  const when = generated.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return `<!doctype html>\n${
    html`<html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        />
        <title>Cohort report: ${report.course.title}</title>
        <style>
          ${trusted(reportStyles)}
        </style>
      </head>
      <body>
        <header>
          <h1>Cohort report: ${report.course.title}</h1>
          <p class="meta">
            Course version ${report.course.version} · made ${when} UTC from ${report.inputs.length} export
            file${report.inputs.length === 1 ? '' : 's'}
          </p>
        </header>
        <nav aria-label="Contents">
          <ul>
            <li><a href="#headline">At a glance</a></li>
            ${report.modules.map((m) => html`<li><a href="#module-${m.slug}">${moduleHeading(m)}</a></li>`)}
            <li><a href="#inputs">What the report read</a></li>
            <li><a href="#method">How the figures are made</a></li>
          </ul>
        </nav>
        <main>
          ${headlineSection(report)}
          ${report.modules.map(
            (m) =>
              html`<section class="module" id="module-${m.slug}" aria-labelledby="${moduleHeadingId(m.slug)}">
                <h2 id="${moduleHeadingId(m.slug)}">${moduleHeading(m)}</h2>
                <p class="meta">
                  Pass mark ${m.passMark}% · ${m.competencies.length} competencies · ${m.items.length}
                  questions
                </p>
                ${profileSection(m, report.thresholds.achievedPercent)} ${completionSection(m)}
                ${statisticsSection(m)} ${itemsSection(m)}
              </section>`,
          )}
          ${inputsSection(report)} ${methodSection(report)}
        </main>
        <footer>
          <p class="meta">imh-scorm cohort report · course ${report.course.id} ${report.course.version}</p>
        </footer>
      </body>
    </html>`.text
  }\n`;
}
