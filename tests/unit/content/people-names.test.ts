/** Which capitalised words are people in a scenario: names, and never researchers, places or sentence starts. */
import { describe, expect, it } from 'vitest';
import { namesIn, notNames } from '../../../src/content/people-names.ts';

const filters = {
  notPeople: new Set([...notNames, 'Fraiberg', 'Weatherston', 'Association']),
  researchers: new Set(['Fraiberg', 'Weatherston']),
  lowerCase: new Set(['parents', 'it', 'she', 'together']),
};
const names = (markdown: string) => namesIn(markdown, filters).map((n) => n.name);

describe('finds the people of a scenario', () => {
  it.each([
    ['a name inside a sentence', 'On the visit, Maya holds Leo close.', ['Maya', 'Leo']],
    ['a sentence-initial name with a possessive', "Maya's baby is four months old.", ['Maya']],
    ['a sentence-initial name with a verb of saying', 'Tomasz tells you he is tired.', ['Tomasz']],
    ['a hyphenated name', 'You visit Kerry-Ann at home.', ['Kerry-Ann']],
    [
      'the speaker of a voice block',
      ':::voice Maya, mother of four-month-old Leo\nI worry.\n:::',
      ['Maya', 'Leo'],
    ],
    ['a name after a wrapped line', 'The health visitor sees\nMaya again.', ['Maya']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('is not fooled by other capitalised words', () => {
  it.each([
    ['sentence starts', 'Babies communicate. Mothers and fathers notice. Parents who worry ask.'],
    ['a word the course writes in lower case', 'She said it was Together time. It is.'],
    ['a researcher, by full name', 'The idea comes from Selma Fraiberg and her colleagues.'],
    [
      'a list with a researcher from references.yaml',
      'The model is due to Stinson, Tableman and Weatherston.',
    ],
    ['an organisation or place phrase', 'She trained at the University of Michigan in New York City.'],
    ['the stop list', 'On Monday the NHS in England and Wales wrote to her.'],
    ['a quotation', 'She says, “Honestly, I am fine.”'],
    ['a heading', '## What Helps Most\n\nThe answer varies.'],
    ['the first word after a block fence', ':::key-point\nInfant mental health is about relationships.\n:::'],
    ['link and citation syntax', 'See [[Attachment]] and [the page](#page:Light) [@Fraiberg1975].'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
