import { LitElement } from 'lit';

/**
 * Components render into the light DOM so the course's stylesheets (player.css, screens.css) style authored
 * content, print layout and components alike, and headings stay in one document outline for screen readers.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
