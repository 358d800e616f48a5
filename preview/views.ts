import { html, nothing, type TemplateResult } from 'lit';
import type { ApiCall } from './api-session.ts';
import type { CmiView, Field } from './cmi-view.ts';
import type { PreviewIndex, PreviewPackage } from './package-index.ts';
import type { TocEntry } from './sco-runner.ts';

const ERROR_QUERY = /GetLastError|GetErrorString|GetDiagnostic/;

function passing(pkg: PreviewPackage): string {
  const values = pkg.scos.map((sco) => (pkg.version === '1.2' ? sco.masteryScore : sco.minNormalizedMeasure));
  const known = [...new Set(values.filter((value) => value !== undefined))];
  const label = pkg.version === '1.2' ? 'masteryscore' : 'minNormalizedMeasure';
  return known.length ? `${label} ${known.join(', ')}` : '—';
}

export function packageListView(index: PreviewIndex, query: string): TemplateResult {
  return html`
    <h2>Packages</h2>
    <p>Built ${new Date(index.builtAt).toLocaleString()}. Open a package to launch it.</p>
    <div class="scroll" tabindex="0" role="region" aria-label="Packages">
      <table class="packages">
        <caption class="visually-hidden">
          SCORM packages in dist/packages
        </caption>
        <thead>
          <tr>
            <th scope="col">Package</th>
            <th scope="col">Title</th>
            <th scope="col">SCORM</th>
            <th scope="col">SCOs</th>
            <th scope="col">Passing</th>
          </tr>
        </thead>
        <tbody>
          ${index.packages.map(
            (pkg) => html`
              <tr>
                <th scope="row">
                  <a href="?${packageQuery(pkg.name, query)}">${pkg.name}</a>
                </th>
                <td>${pkg.title}</td>
                <td>${pkg.version}</td>
                <td>${pkg.scos.map((sco) => sco.title).join(' · ')}</td>
                <td>${passing(pkg)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}

/** Keeps any fault parameters of the list page's URL on the package links. */
function packageQuery(name: string, query: string): string {
  const params = new URLSearchParams(query);
  params.set('package', name);
  return params.toString();
}

export interface PlayerViewModel {
  pkg: PreviewPackage;
  running: boolean;
  toc: TocEntry[];
  courseStatus: [string, string][];
  /** SCORM 2004 only: the LMS's Continue / Previous buttons. */
  navigation: { continue: boolean; previous: boolean } | undefined;
  cmi: CmiView | undefined;
  storedAt: string;
  calls: ApiCall[];
  showErrorQueries: boolean;
  notices: string[];
  faultLabel: string;
}

export interface PlayerActions {
  launch(): void;
  close(): void;
  choose(scoId: string): void;
  navigate(request: 'continue' | 'previous'): void;
  resetLearner(): void;
  exportCmi(): void;
  toggleErrorQueries(show: boolean): void;
}

export function playerView(model: PlayerViewModel, actions: PlayerActions): TemplateResult {
  const { pkg } = model;
  return html`
    <nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">All packages</a></nav>
    <h2>${pkg.title}</h2>
    <p class="package-meta">
      ${pkg.name} · SCORM
      ${pkg.version}${model.faultLabel ? html` · <strong>${model.faultLabel}</strong>` : nothing}
    </p>
    <div class="toolbar">
      ${
        model.running
          ? html`<button type="button" @click=${actions.close}>Close</button>`
          : html`<button type="button" @click=${actions.launch}>Launch</button>`
      }
      ${
        model.navigation
          ? html`
              <button
                type="button"
                ?disabled=${!model.navigation.previous}
                @click=${() => actions.navigate('previous')}
              >
                Previous
              </button>
              <button
                type="button"
                ?disabled=${!model.navigation.continue}
                @click=${() => actions.navigate('continue')}
              >
                Continue
              </button>
            `
          : nothing
      }
      <button type="button" @click=${actions.resetLearner}>Reset learner</button>
      <button type="button" @click=${actions.exportCmi}>Export CMI JSON</button>
    </div>
    <div class="status-line" role="status">${model.notices[0] ?? ''}</div>
    <div class="player">
      <nav class="toc" aria-labelledby="toc-heading">
        <h3 id="toc-heading">Contents</h3>
        <ol>
          ${model.toc.map(
            (entry) => html`
              <li>
                <button
                  type="button"
                  class="toc-item"
                  aria-current=${entry.current ? 'step' : 'false'}
                  @click=${() => actions.choose(entry.id)}
                >
                  ${entry.title}
                </button>
                <span class="toc-status">${entry.status}</span>
              </li>
            `,
          )}
        </ol>
      </nav>
      <section class="stage" aria-label="SCO">
        ${
          model.running
            ? nothing
            : html`<p class="sco-placeholder">No SCO is running. Use Launch to start the package.</p>`
        }
        <div id="sco-container" class="sco-container"></div>
      </section>
      <aside class="panel" aria-labelledby="panel-heading">
        <h3 id="panel-heading">LMS data</h3>
        ${fieldList(
          'Package',
          model.courseStatus.map(([label, value]) => ({ label, value })),
        )}
        ${model.cmi ? cmiPanel(model.cmi) : html`<p>No CMI data yet.</p>`}
        <p class="stored-at">${model.storedAt}</p>
      </aside>
    </div>
    ${callLog(model, actions)} ${noticeLog(model.notices)}
  `;
}

function fieldList(heading: string, fields: Field[]): TemplateResult {
  return html`
    <h4>${heading}</h4>
    <dl class="fields">
      ${fields.map(
        (field) => html`
          <div>
            <dt>${field.label}</dt>
            <dd data-field=${field.label}>
              ${field.value === '' ? html`<span class="empty">(empty)</span>` : field.value}
            </dd>
          </div>
        `,
      )}
    </dl>
  `;
}

function cmiPanel(cmi: CmiView): TemplateResult {
  const length = cmi.suspendData.length;
  return html`
    ${fieldList('Status', cmi.status)} ${fieldList('Score', cmi.score)}
    ${fieldList('Launch and exit', cmi.launch)} ${fieldList('Time', cmi.time)}
    ${fieldList('Location', [{ label: 'location', value: cmi.location }])}
    <h4>Suspend data</h4>
    <p class=${cmi.suspendDataWarning ? 'warning' : ''}>
      ${length.toLocaleString('en')} of ${cmi.suspendDataLimit.toLocaleString('en')} characters
      ${
        cmi.suspendDataOverLimit
          ? html` — over the data model's limit`
          : cmi.suspendDataWarning
            ? html` — over the 4,096 characters Moodle allows for SCORM 1.2`
            : nothing
      }
    </p>
    ${
      length
        ? html`<details>
            <summary>Show suspend data</summary>
            <pre class="suspend-data">${cmi.suspendData}</pre>
          </details>`
        : nothing
    }
    <h4>Objectives</h4>
    ${
      cmi.objectives.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-label="Objectives">
            <table class="compact">
              <thead>
                <tr>
                  <th scope="col">id</th>
                  <th scope="col">score</th>
                  <th scope="col">status</th>
                </tr>
              </thead>
              <tbody>
                ${cmi.objectives.map(
                  (objective) =>
                    html`<tr>
                      <td>${objective.id}</td>
                      <td>${objective.score}</td>
                      <td>${objective.status}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>None.</p>`
    }
    <h4>Interactions</h4>
    ${
      cmi.interactions.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-label="Interactions">
            <table class="compact">
              <thead>
                <tr>
                  <th scope="col">id</th>
                  <th scope="col">type</th>
                  <th scope="col">learner response</th>
                  <th scope="col">correct response</th>
                  <th scope="col">result</th>
                  <th scope="col">latency</th>
                  <th scope="col">objectives</th>
                </tr>
              </thead>
              <tbody>
                ${cmi.interactions.map(
                  (interaction) =>
                    html`<tr>
                      <td>${interaction.id}</td>
                      <td>${interaction.type}</td>
                      <td>${interaction.learnerResponse}</td>
                      <td>${interaction.correctResponse}</td>
                      <td>${interaction.result}</td>
                      <td>${interaction.latency}</td>
                      <td>${interaction.objectives}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>None.</p>`
    }
  `;
}

function callLog(model: PlayerViewModel, actions: PlayerActions): TemplateResult {
  const calls = model.calls
    .map((call, index) => ({ call, number: index + 1 }))
    .filter(({ call }) => model.showErrorQueries || !ERROR_QUERY.test(call.method));
  return html`
    <section class="calls" aria-labelledby="calls-heading">
      <h3 id="calls-heading">API calls (${model.calls.length})</h3>
      <label>
        <input
          type="checkbox"
          .checked=${model.showErrorQueries}
          @change=${(event: Event) => actions.toggleErrorQueries((event.target as HTMLInputElement).checked)}
        />
        Show GetLastError, GetErrorString and GetDiagnostic calls
      </label>
      <div class="scroll" tabindex="0" role="region" aria-label="API call log">
        <table class="compact">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">method</th>
              <th scope="col">arguments</th>
              <th scope="col">result</th>
              <th scope="col">error</th>
            </tr>
          </thead>
          <tbody>
            ${calls.map(
              ({ call, number }) => html`
                <tr
                  class=${call.errorCode !== 0 || call.result === 'false' || call.result === null ? 'failed' : ''}
                >
                  <td>${number}</td>
                  <td>${call.method}</td>
                  <td class="args">${call.args.map((arg) => JSON.stringify(arg)).join(', ')}</td>
                  <td>${call.result === null ? 'threw' : JSON.stringify(call.result)}</td>
                  <td>${call.errorCode}</td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
    </section>
  `;
}

function noticeLog(notices: string[]): TemplateResult {
  return html`
    <section class="notices" aria-labelledby="notices-heading">
      <h3 id="notices-heading">LMS events</h3>
      ${
        notices.length
          ? html`<ol reversed>
              ${notices.map((notice) => html`<li>${notice}</li>`)}
            </ol>`
          : html`<p>None yet.</p>`
      }
    </section>
  `;
}
