/**
 * A story behind a content note: the behaviour of the markup story-html.ts writes, which arrives already rendered
 * (a :::vignette with a note inside a page's HTML) or from imh-practice. The note offers "Read the story" and
 * "Skip the story"; reading shows the story and moves focus to it; skipping leaves "You skipped this story. Show
 * it" and moves focus there. Only the story is hidden: the guidance around it stays on the page.
 *
 * It renders nothing itself (the markup is its children), so it is a plain custom element, not a Lit one; what
 * the learner chose lives in the markup (which parts are hidden), so a re-render of the page keeps it.
 */
export class ImhStory extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', this.onClick);
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.onClick);
  }

  private child<T extends HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(`:scope > ${selector}`);
  }

  private readonly onClick = (event: Event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-story]')?.dataset.story;
    if (action === 'read') this.read();
    if (action === 'skip') this.skip();
  };

  read(): void {
    this.show({ note: false, skipped: false, story: true });
    this.child<HTMLElement>('.story-text')?.focus();
  }

  skip(): void {
    this.show({ note: false, skipped: true, story: false });
    this.child<HTMLElement>('.story-skipped')?.focus();
  }

  private show(parts: { note: boolean; skipped: boolean; story: boolean }): void {
    const note = this.child('.story-note');
    const skipped = this.child('.story-skipped');
    const story = this.child('.story-text');
    if (note) note.hidden = !parts.note;
    if (skipped) skipped.hidden = !parts.skipped;
    if (story) story.hidden = !parts.story;
  }
}

if (!customElements.get('imh-story')) customElements.define('imh-story', ImhStory);

declare global {
  interface HTMLElementTagNameMap {
    'imh-story': ImhStory;
  }
}
