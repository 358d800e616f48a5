/**
 * Brings an element (a verdict after Submit) into view only when the learner cannot see it: outside the
 * viewport, or under a sticky bar (what is drawn at its middle is something else). Then it is centred, clear of
 * sticky headers, pagers and action bars in a 500 px LMS frame. An element already in view stays where it is.
 */
export function bringIntoView(element: Element | null): void {
  if (!element) return;
  const box = element.getBoundingClientRect();
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const inViewport = box.top >= 0 && box.bottom <= view.innerHeight;
  const drawn = inViewport ? doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
  if (drawn && element.contains(drawn)) return;
  element.scrollIntoView?.({ block: 'center' });
}
