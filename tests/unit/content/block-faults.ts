/**
 * The page-block faults of tests/fixtures/content/bad/block-*: each the valid course with one page that misuses
 * a :::block, each reported as one problem at the line an author would go to, with the fix in the message.
 * Run by bad-content.test.ts with the other faults.
 */
const file = '01-houseplant-basics/pages/06-routine.md';

export const blockFaults = [
  {
    kind: 'block-unknown-name',
    file,
    line: 22,
    lineHolds: ':::warning',
    message: 'unknown block ":::warning"; use one of :::key-point, :::in-practice, :::details',
  },
  {
    kind: 'block-unclosed',
    file,
    line: 22,
    lineHolds: ':::key-point',
    message: `":::key-point" is never closed; add a line ":::" after the block's text`,
  },
  {
    kind: 'block-compare-columns',
    file,
    line: 22,
    lineHolds: ':::compare',
    message:
      '":::compare" has 1 column(s); it needs 2–4, each started by a line like "::column What the parent said"',
  },
  {
    kind: 'block-details-summary',
    file,
    line: 22,
    lineHolds: ':::details',
    message: '":::details" needs the summary on the same line, e.g. ":::details Study details"',
  },
  {
    kind: 'block-nested',
    file,
    line: 25,
    lineHolds: ':::key-point',
    message: `":::key-point" is inside ":::details" (opened at line 22), but blocks do not nest; close ":::details" with a line ":::" before opening another block`,
  },
];
