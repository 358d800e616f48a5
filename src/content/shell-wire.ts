/**
 * The module outline as it travels inline in the launch page, whose bytes every learner waits for before the
 * cover shows (issue 19: the cover's budget). The question bank is the bulk of it, so each question is packed
 * into one short array, its options into one string: option ids are single characters (SCORM 1.2 choice
 * responses, `assessment/option-ids.ts`). `packShell` runs at build, `unpackShell` in the player; a round trip
 * gives back the same shell.
 */
import type { ScorableQuestion } from '../assessment/scoring.ts';
import type { ModuleShell } from './compiled.ts';

/** [id, type, competencies, option ids in order, the correct ones in the same order, weight (absent when 1)] */
export type PackedQuestion =
  | [string, ScorableQuestion['type'], string[], string, string]
  | [string, ScorableQuestion['type'], string[], string, string, number];

export interface PackedShell extends Omit<ModuleShell, 'bank'> {
  bank: PackedQuestion[];
}

export function packShell(shell: ModuleShell): PackedShell {
  return { ...shell, bank: shell.bank.map(packQuestion) };
}

export function unpackShell(packed: PackedShell): ModuleShell {
  return { ...packed, bank: packed.bank.map(unpackQuestion) };
}

function packQuestion(question: ScorableQuestion): PackedQuestion {
  const ids = question.options.map((o) => o.id);
  const long = ids.find((id) => id.length !== 1);
  if (long !== undefined)
    throw new Error(
      `question "${question.id}": option id "${long}" is not one character, so it cannot be packed`,
    );
  const key = question.options.filter((o) => o.correct).map((o) => o.id);
  const packed: PackedQuestion = [
    question.id,
    question.type,
    [...question.competencies],
    ids.join(''),
    key.join(''),
  ];
  return question.weight === 1 ? packed : [...packed, question.weight];
}

function unpackQuestion([
  id,
  type,
  competencies,
  options,
  key,
  weight = 1,
]: PackedQuestion): ScorableQuestion {
  return {
    id,
    type,
    competencies,
    weight,
    options: [...options].map((option) => ({ id: option, correct: key.includes(option) })),
  };
}
