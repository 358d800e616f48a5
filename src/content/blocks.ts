/**
 * Page blocks: the `:::name` fences authors use to give a page its shape (key point, in practice, details,
 * compare, voice, vignette). One grammar, read by the renderer and by the content checks, so what the build
 * accepts is exactly what it can render. Blocks do not nest; `::column` lines divide a `:::compare`.
 */
import type { ContentProblem } from './problems.ts';

export const blockNames = ['key-point', 'in-practice', 'details', 'compare', 'voice', 'vignette'] as const;
export type BlockName = (typeof blockNames)[number];

const isBlockName = (name: string): name is BlockName => (blockNames as readonly string[]).includes(name);

/** What the text after the name means, and whether a block needs it. */
const argumentRule: Record<BlockName, { means: string; required: boolean; example?: string }> = {
  'key-point': { means: 'nothing', required: false },
  'in-practice': { means: 'an optional title', required: false },
  details: { means: 'the summary', required: true, example: ':::details Study details' },
  compare: { means: 'nothing', required: false },
  voice: { means: 'the speaker', required: true, example: ':::voice Maya, mother of four-month-old Leo' },
  vignette: { means: 'an optional content note', required: false },
};

export interface BlockColumn {
  heading: string;
  /** line of the `::column` marker */
  line: number;
}

export interface Block {
  name: BlockName;
  /** the text after the name: title, summary, speaker or content note (inline Markdown), '' when none */
  argument: string;
  /** line of the opening `:::name` */
  open: number;
  /** line of the closing `:::` */
  close: number;
  /** `::column` markers of a `:::compare`, in order */
  columns: BlockColumn[];
}

export interface BlockProblem {
  line: number;
  message: string;
}

interface OpenBlock {
  name: string;
  known: boolean;
  argument: string;
  open: number;
  columns: BlockColumn[];
  /** the first line of text before the first ::column of a :::compare, -1 when none */
  textBeforeColumn: number;
}

const opening = /^:::[ \t]*([A-Za-z][\w-]*)[ \t]*(.*?)[ \t]*$/;
const closing = /^:::[ \t]*$/;
const column = /^::column(?:[ \t]+(.*?))?[ \t]*$/;
/** `::something` that is not `::column`: most likely a mistyped marker */
const strayMarker = /^::[A-Za-z]/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Finds every block in a Markdown text and everything wrong with them.
 * @param firstLine the number given to the text's first line (a page body's line in its file, or 0)
 */
export function scanBlocks(markdown: string, firstLine = 1): { blocks: Block[]; problems: BlockProblem[] } {
  const blocks: Block[] = [];
  const problems: BlockProblem[] = [];
  const lines = markdown.split('\n');
  let current: OpenBlock | null = null;
  let codeFence = '';
  /** blocks opened inside another (already reported): their closing lines are theirs, not the outer block's */
  let nested = 0;

  const finish = (c: OpenBlock, close: number) => {
    if (!c.known) return;
    const block: Block = {
      name: c.name as BlockName,
      argument: c.argument,
      open: c.open,
      close,
      columns: c.columns,
    };
    if (block.name === 'compare') {
      if (block.columns.length < 2)
        problems.push({
          line: block.open,
          message: `":::compare" has ${block.columns.length} column(s); it needs at least two, each started by a line "::column Heading"`,
        });
      if (c.textBeforeColumn >= 0)
        problems.push({
          line: c.textBeforeColumn,
          message:
            'text in a ":::compare" before its first "::column Heading" line would not be shown; move it into a column or before the block',
        });
    }
    blocks.push(block);
  };

  for (const [i, text] of lines.entries()) {
    const line = firstLine + i;
    const fenceMark = fence.exec(text)?.[1];
    if (codeFence) {
      if (fenceMark && fenceMark[0] === codeFence[0] && fenceMark.length >= codeFence.length) codeFence = '';
      continue;
    }
    if (fenceMark) {
      codeFence = fenceMark;
      continue;
    }
    if (closing.test(text)) {
      if (nested > 0) {
        nested--;
        continue;
      }
      if (current) finish(current, line);
      else
        problems.push({
          line,
          message:
            'a closing ":::" with no block open; remove it, or add the opening line (e.g. ":::key-point") above the block\'s text',
        });
      current = null;
      continue;
    }
    const open = opening.exec(text);
    if (open) {
      const name = open[1]!;
      const argument = open[2]!;
      if (current) {
        problems.push({
          line,
          message: `":::${name}" is inside ":::${current.name}" (opened at line ${current.open}), but blocks do not nest; close ":::${current.name}" with a line ":::" before opening another block`,
        });
        nested++;
        continue;
      }
      const known = isBlockName(name);
      if (!known)
        problems.push({
          line,
          message: `unknown block ":::${name}"; use one of ${blockNames.map((n) => `:::${n}`).join(', ')}`,
        });
      else if (argumentRule[name].required && argument === '')
        problems.push({
          line,
          message: `":::${name}" needs ${argumentRule[name].means} on the same line, e.g. "${argumentRule[name].example}"`,
        });
      current = { name, known, argument, open: line, columns: [], textBeforeColumn: -1 };
      continue;
    }
    const col = column.exec(text);
    if (col) {
      if (current?.name !== 'compare') {
        problems.push({
          line,
          message: '"::column" belongs inside a ":::compare" block; open one with ":::compare" above it',
        });
        continue;
      }
      const heading = col[1] ?? '';
      if (heading === '')
        problems.push({ line, message: '"::column" needs a heading, e.g. "::column What the parent said"' });
      current.columns.push({ heading, line });
      continue;
    }
    if (strayMarker.test(text)) {
      problems.push({
        line,
        message: `"${text.trim().split(/\s/)[0]}" is not a block marker; blocks open with ":::" (e.g. ":::key-point") and only ":::compare" has "::column" lines`,
      });
      continue;
    }
    if (
      current?.name === 'compare' &&
      current.columns.length === 0 &&
      text.trim() !== '' &&
      current.textBeforeColumn < 0
    )
      current.textBeforeColumn = line;
  }

  if (current)
    problems.push({
      line: current.open,
      message: `":::${current.name}" is never closed; add a line ":::" after the block's text`,
    });
  return { blocks, problems };
}

/** The block problems of one page body, as content problems at their lines in the page file. */
export function blockProblems(markdown: string, file: string, bodyLine: number): ContentProblem[] {
  return scanBlocks(markdown, bodyLine).problems.map((p) => ({ file, ...p }));
}

/**
 * The main text of a page, what the word limit counts: without :::details blocks (study details, extra
 * reading) and without the block markers themselves; titles, speakers and column headings stay.
 */
export function mainText(markdown: string): string {
  const lines = markdown.split('\n');
  const { blocks } = scanBlocks(markdown, 0);
  for (const block of blocks) {
    if (block.name === 'details') lines.fill('', block.open, block.close + 1);
    else {
      lines[block.open] = block.argument;
      lines[block.close] = '';
      for (const c of block.columns) lines[c.line] = c.heading;
    }
  }
  return lines.join('\n');
}
