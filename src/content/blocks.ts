/**
 * Page blocks: the `:::name` fences authors use to give a page its shape (key point, in practice, details,
 * compare, voice, vignette, and the interactive tabs, reveal cards and steps). One grammar, read by the renderer
 * and by the content checks, so what the build accepts is exactly what it can render. Blocks do not nest; a
 * block with sections has its own marker line for each (`::column` in a compare, `::tab`, `::card`, `::step`).
 */
import type { ContentProblem } from './problems.ts';

export const blockNames = [
  'key-point',
  'in-practice',
  'details',
  'compare',
  'voice',
  'vignette',
  'tabs',
  'reveal',
  'steps',
] as const;
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
  tabs: { means: 'nothing', required: false },
  reveal: { means: 'an optional line that introduces the cards', required: false },
  steps: { means: 'an optional title', required: false },
};

/** The blocks made of sections, each section started by its marker line, e.g. "::tab Mother's view". */
export const sectionRules: Partial<
  Record<BlockName, { marker: string; min: number; max: number; what: string; example: string }>
> = {
  compare: { marker: 'column', min: 2, max: 4, what: 'column(s)', example: '::column What the parent said' },
  tabs: { marker: 'tab', min: 2, max: 5, what: 'tab(s)', example: "::tab The mother's view" },
  reveal: {
    marker: 'card',
    min: 2,
    max: 6,
    what: 'card(s)',
    example: '::card "Babies are too young to notice"',
  },
  steps: { marker: 'step', min: 3, max: 8, what: 'step(s)', example: '::step Listening to the story' },
};
const markerOf = new Map(
  Object.entries(sectionRules).map(([name, rule]) => [rule.marker, name as BlockName]),
);

export interface BlockSection {
  /** the text after the marker: a column's heading, a tab's label, a card's front, a step's heading */
  heading: string;
  /** line of the marker */
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
  /** the sections of a compare, tabs, reveal or steps block, in order */
  sections: BlockSection[];
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
  sections: BlockSection[];
  /** the first line of text before the first section marker of a block with sections, -1 when none */
  textBeforeSection: number;
}

const opening = /^:::[ \t]*([A-Za-z][\w-]*)[ \t]*(.*?)[ \t]*$/;
const closing = /^:::[ \t]*$/;
const sectionMarker = /^::([A-Za-z][\w-]*)(?:[ \t]+(.*?))?[ \t]*$/;
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
      sections: c.sections,
    };
    const rule = sectionRules[block.name];
    if (rule) {
      const n = block.sections.length;
      if (n < rule.min || n > rule.max)
        problems.push({
          line: block.open,
          message: `":::${block.name}" has ${n} ${rule.what}; it needs ${rule.min}–${rule.max}, each started by a line like "${rule.example}"`,
        });
      if (c.textBeforeSection >= 0)
        problems.push({
          line: c.textBeforeSection,
          message: `text in a ":::${block.name}" before its first "::${rule.marker}" line would not be shown; move it into a ${rule.marker} or before the block`,
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
      current = { name, known, argument, open: line, sections: [], textBeforeSection: -1 };
      continue;
    }
    const marker = sectionMarker.exec(text);
    if (marker) {
      const markerName = marker[1]!;
      const owner = markerOf.get(markerName);
      const rule = current?.known ? sectionRules[current.name as BlockName] : undefined;
      if (!owner)
        problems.push({
          line,
          message: `"::${markerName}" is not a block marker; blocks open with ":::" (e.g. ":::key-point"), and their sections are "::column" (compare), "::tab" (tabs), "::card" (reveal) or "::step" (steps)`,
        });
      else if (!current || current.name !== owner)
        problems.push({
          line,
          message: `"::${markerName}" belongs inside a ":::${owner}" block${current ? `, not ":::${current.name}"${rule ? ` (whose sections are "::${rule.marker}")` : ''}` : ''}; open one with ":::${owner}" above it`,
        });
      else {
        const heading = marker[2] ?? '';
        if (heading === '')
          problems.push({
            line,
            message: `"::${markerName}" needs its text on the same line, e.g. "${rule!.example}"`,
          });
        current.sections.push({ heading, line });
      }
      continue;
    }
    if (
      current?.known &&
      sectionRules[current.name as BlockName] &&
      current.sections.length === 0 &&
      text.trim() !== '' &&
      current.textBeforeSection < 0
    )
      current.textBeforeSection = line;
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
      for (const c of block.sections) lines[c.line] = c.heading;
    }
  }
  return lines.join('\n');
}
