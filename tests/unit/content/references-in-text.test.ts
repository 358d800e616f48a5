/** The validator finds every glossary, reference and page link in authored text, with the line it starts on. */
import { expect, it } from 'vitest';
import { findTextReferences } from '../../../src/content/references-in-text.ts';

it('finds each link, each id of a multi-citation, and a citation that wraps onto the next line', () => {
  const text = [
    'See [[attunement]] and',
    '[the four Rs](#page:four-rs), as in [@one;',
    '@two] and [@three].',
  ].join('\n');

  expect(findTextReferences(text).map(({ kind, id, lineOffset }) => [kind, id, lineOffset])).toEqual([
    ['glossary', 'attunement', 0],
    ['reference', 'one', 1],
    ['reference', 'two', 1],
    ['reference', 'three', 2],
    ['page', 'four-rs', 1],
  ]);
});
