import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledScenario, CompiledScenarioChoice, CompiledScenarioNode } from '../content/compiled.ts';
import { ScenarioProgressEvent } from '../components/events.ts';
import { LightElement } from '../components/light-element.ts';
import './imh-scenario.css';

type Decision = Extract<CompiledScenarioNode, { choices: CompiledScenarioChoice[] }>;
type End = Extract<CompiledScenarioNode, { end: true }>;

/** Where a path of choice indices leads: the choices taken, in order, and the node reached. */
export function followPath(
  scenario: CompiledScenario,
  path: string,
): { taken: { node: Decision; choice: CompiledScenarioChoice }[]; at: CompiledScenarioNode } {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  let at = byId.get(scenario.start)!;
  const taken: { node: Decision; choice: CompiledScenarioChoice }[] = [];
  for (const digit of path) {
    if (!('choices' in at)) break;
    const choice = at.choices[Number(digit)];
    const next = choice && byId.get(choice.next);
    if (!choice || !next) break;
    taken.push({ node: at, choice });
    at = next;
  }
  return { taken, at };
}

const outcomeHeading: Record<End['outcome'], string> = {
  good: 'Where this path led: a good outcome',
  mixed: 'Where this path led: a mixed outcome',
  poor: 'Where this path led: a poor outcome',
};

/**
 * A branching scenario: the people, then one situation at a time with its choices as buttons; after a choice,
 * what follows for the baby and the parent, then Continue; at the end, where the path led and a debrief tied to
 * the competencies, with the choices taken and a way to try another path. Focus moves to each new heading. The
 * choices taken are kept in the resume state (ScenarioProgressEvent). It teaches and is not scored.
 */
@customElement('imh-scenario')
export class ImhScenario extends LightElement {
  @property({ attribute: false }) scenario!: CompiledScenario;
  /** the choices taken so far, one digit per decision (from the resume state) */
  @property() path = '';
  @state() private started = false;
  /** the consequence of the choice just made is on screen, before Continue */
  @state() private consequence = false;
  private moved = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scenario')) {
      this.started = false;
      this.consequence = false;
    }
  }

  protected override updated(): void {
    if (!this.moved) return;
    this.moved = false;
    this.querySelector<HTMLElement>('.scenario-step-heading')?.focus();
  }

  private go(path: string, consequence: boolean): void {
    this.started = true;
    this.consequence = consequence;
    this.moved = true;
    if (path !== this.path) {
      this.path = path;
      this.dispatchEvent(new ScenarioProgressEvent({ scenarioId: this.scenario.id, path }));
    }
  }

  protected override render() {
    const s = this.scenario;
    const name = `scenario-${s.id}`;
    const inProgress = this.started || this.path !== '';
    return html`<section class="activity scenario" aria-labelledby=${`${name}-title`}>
      <h3 id=${`${name}-title`}><span class="activity-kind">Scenario</span> ${s.title}</h3>
      <ul class="scenario-people">
        ${s.people.map(
          (p) =>
            html`<li>
              ${
                p.image
                  ? html`<img
                      src=${p.image}
                      alt=${p.alt ?? ''}
                      width="64"
                      height="64"
                      loading="lazy"
                      decoding="async"
                    />`
                  : nothing
              }
              <span><strong>${p.name}</strong>, ${p.description}</span>
            </li>`,
        )}
      </ul>
      ${inProgress ? this.renderStep() : this.renderIntro()}
    </section>`;
  }

  private renderIntro() {
    const s = this.scenario;
    return html`${
        s.contentNoteHtml
          ? html`<aside class="content-note">
              <h4>Content note</h4>
              ${unsafeHTML(s.contentNoteHtml)}
            </aside>`
          : nothing
      }
      <p>
        You make the choices; each one shows what follows for the baby and the parent. Nothing here is scored,
        and you can try another path at the end.
      </p>
      <button type="button" class="primary" @click=${() => this.go('', false)}>Start the scenario</button>`;
  }

  private renderStep() {
    const { taken, at } = followPath(this.scenario, this.path);
    const last = taken[taken.length - 1];
    if (this.consequence && last)
      return html`<div class="scenario-step">
        <p class="scenario-choice-made">You chose: ${unsafeHTML(last.choice.html)}</p>
        <h4 class="scenario-step-heading" tabindex="-1">What happens next</h4>
        ${unsafeHTML(last.choice.consequenceHtml)}
        <button type="button" class="primary" @click=${() => this.go(this.path, false)}>Continue</button>
      </div>`;
    if ('end' in at) return this.renderEnd(at, taken);
    return html`<div class="scenario-step">
      <h4 class="scenario-step-heading" tabindex="-1">Decision ${taken.length + 1}</h4>
      ${unsafeHTML(at.html)}
      <p class="scenario-ask">What do you do?</p>
      <ul class="scenario-choices">
        ${at.choices.map(
          (c, i) =>
            html`<li>
              <button type="button" class="scenario-choice" @click=${() => this.go(`${this.path}${i}`, true)}>
                ${unsafeHTML(c.html)}
              </button>
            </li>`,
        )}
      </ul>
      ${this.renderTaken(taken)}
    </div>`;
  }

  private renderEnd(end: End, taken: { choice: CompiledScenarioChoice }[]) {
    return html`<div class="scenario-step scenario-end outcome-${end.outcome}">
      <h4 class="scenario-step-heading" tabindex="-1">${outcomeHeading[end.outcome]}</h4>
      ${end.html ? unsafeHTML(end.html) : nothing} ${unsafeHTML(end.debriefHtml)}
      <p class="scenario-competencies-intro">This scenario practises:</p>
      <ul class="scenario-competencies">
        ${this.scenario.competencies.map((c) => html`<li><strong>${c.id}</strong> ${c.statement}</li>`)}
      </ul>
      ${this.renderTaken(taken)}
      <button type="button" class="secondary" @click=${() => this.go('', false)}>Try a different path</button>
    </div>`;
  }

  private renderTaken(taken: { choice: CompiledScenarioChoice }[]) {
    if (taken.length === 0) return nothing;
    return html`<details class="scenario-path">
      <summary>Your choices so far (${taken.length})</summary>
      <ol>
        ${taken.map((t) => html`<li>${unsafeHTML(t.choice.html)}</li>`)}
      </ol>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-scenario': ImhScenario;
  }
}
