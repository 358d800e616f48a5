/**
 * The markup of a story behind a content note: the note with "Read the story" / "Skip the story", the story
 * itself (hidden until chosen) and what is left after skipping. Written once for both places a story can come
 * from: a :::vignette block in a page (built into the page's HTML) and a practice activity's vignette (put
 * together in the player). <imh-story> gives it its behaviour; without that the buttons do nothing.
 */

/** The start of a story with a note, up to where the story's own HTML goes. */
export function storyOpenHtml(noteHtml: string): string {
  return (
    '<imh-story class="block vignette has-note">' +
    '<p class="block-label">Story</p>' +
    '<div class="story-note">' +
    '<p class="story-note-label">Content note</p>' +
    `<div class="story-note-text">${noteHtml}</div>` +
    '<div class="story-choices">' +
    '<button type="button" class="secondary" data-story="read">Read the story</button>' +
    '<button type="button" class="secondary" data-story="skip">Skip the story</button>' +
    '</div></div>' +
    '<p class="story-skipped" tabindex="-1" hidden>You skipped this story. ' +
    '<button type="button" class="link" data-story="read">Show it</button></p>' +
    '<div class="story-text" role="region" aria-label="Story" tabindex="-1" hidden>\n'
  );
}

export const storyCloseHtml = '</div></imh-story>\n';

export function storyHtml(noteHtml: string, storyHtml: string): string {
  return storyOpenHtml(noteHtml) + storyHtml + storyCloseHtml;
}
