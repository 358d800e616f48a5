/**
 * People in scenarios: no first name may turn up in two modules, or a learner meets "Maya" as two different
 * mothers. A name here is the first name of each person a branching scenario lists (scenarios/*.yaml), or a
 * capitalised word in scenario text (practice activities, question items, page bodies, the text of branching
 * scenarios) that is not the first word of a sentence, or that is followed by something only people do
 * ("Maya's", "Maya says", "Maya, mother of…"). Precision comes first, so an author can trust every
 * problem; these are never names:
 * - every capitalised word in references.yaml, glossary.yaml, course.yaml, competencies.yaml and the
 *   modules' module.yaml (researchers, organisations, titles), and the stop list below;
 * - a word the course also writes in lower case ("Parents who…", "Together");
 * - a word in a run of capitalised words ("Selma Fraiberg", "University of Michigan") or in a list with an
 *   author from references.yaml ("Stinson, Tableman and Weatherston").
 */
import type { LoadedCourse, LoadedModule } from './load.ts';
import type { ContentProblem } from './problems.ts';
import type { YamlSource, PathKey } from './yaml-source.ts';

/** Capitalised words that are not people, and are not (reliably) in the course-wide files. */
export const notNames = new Set(
  `UK NHS England English Wales Welsh Scotland Scottish Ireland Irish Northern Britain British European
  North South East West London Manchester Birmingham Leeds Liverpool Glasgow Edinburgh Cardiff Belfast Bristol
  Michigan Yale Harvard Native American African Caribbean Asian Black White Mixed Romany Gypsy Traveller
  Moodle SCORM Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays
  Fridays Saturdays Sundays January February March April May June
  July August September October November December Christmas Easter Ramadan Eid Diwali God
  Mr Mrs Ms Miss Dr Mum Mummy Mam Dad Daddy Nan Nana Nanna Gran Granny Grandma Grandad Grandpa Baby
  Universal Credit Healthy Start Home-Start Citizens Advice Jobcentre Plus Council Children's Centre
  Family Hub Hubs Health Visitor Visiting Midwife Midwives GP Polish Urdu Punjabi Arabic Somali Romanian
  Portuguese Bengali Hindi Turkish Spanish French Lithuanian Ukrainian Pashto Farsi Tigrinya Yoruba Igbo
  Twi Akan Shona Swahili Muslim Christian Jewish Hindu Sikh Islam Bible Quran Google WhatsApp Facebook
  Instagram TikTok YouTube Zoom`.split(/\s+/),
);

/** What only a person does right after their name: a possessive, a verb of saying or doing, an apposition. */
const personCue =
  /^(?:['’]s\b|\s+(?:says|said|tells|told|asks|asked|replies|replied|answers|answered|explains|explained|mentions|mentioned|describes|described|admits|admitted|adds|added|feels|felt|looks|looked|smiles|smiled|cries|cried|laughs|laughed|sighs|sighed|nods|nodded|shrugs|shrugged|wants|wanted|seems|seemed|sits|sat|holds|held|lives|lived|works|worked|arrives|arrived|leaves|left|hopes|hoped|worries|worried|knows|knew|thinks|thought|shows|showed|talks|talked|speaks|spoke|has|had|is|was|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|can['’]t|won['’]t|and\s+(?:her|his|their)\b)\b|,\s+(?:his|her|their|mother|father|mum|dad|aged|who)\b|,\s+an?\s+(?:mother|father|mum|dad|parent|carer|baby|toddler|grandmother|grandfather|teenage|young|single|first-time)\b)/;

/** A capitalised word: a letter, then lower-case letters, with an optional hyphenated part (Kerry-Ann). */
const capitalised = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;

interface ScenarioText {
  text: string;
  lineOf: (offset: number, name: string) => number;
}

interface NameSighting {
  file: string;
  line: number;
}

export function checkRepeatedPeople(course: LoadedCourse): ContentProblem[] {
  const filters = nameFilters(course);
  const firstSeen = new Map<string, { module: string; sighting: NameSighting }>();
  const problems: ContentProblem[] = [];
  for (const module of course.modules) {
    const here = peopleInModule(module, filters);
    for (const [name, sighting] of here) {
      const earlier = firstSeen.get(name);
      if (!earlier) {
        firstSeen.set(name, { module: module.slug, sighting });
        continue;
      }
      problems.push({
        ...sighting,
        message: `"${name}" is a person in ${earlier.module} (${earlier.sighting.file}:${earlier.sighting.line}) and again in ${module.slug}: a name belongs to one module, so use another name from this module's pool`,
      });
    }
  }
  return problems;
}

/** Each name in a module's scenario text, with where it first appears. */
export function peopleInModule(module: LoadedModule, filters: NameFilters): Map<string, NameSighting> {
  const found = new Map<string, NameSighting>();
  // A branching scenario lists its people: each one's first name is a name wherever it stands.
  for (const { value, source } of module.scenarios)
    value.people.forEach((person, i) => {
      const name = [...person.name.matchAll(capitalised)]
        .map((m) => m[0])
        .find((word) => !filters.notPeople.has(word) && !filters.notPeople.has(word.replace(/-.*/, '')));
      if (name && !found.has(name))
        found.set(name, { file: source.file, line: source.lineOf(['people', i, 'name']) });
    });
  for (const { file, texts } of scenarioTexts(module))
    for (const { text, lineOf } of texts)
      for (const { name, offset } of namesIn(text, filters))
        if (!found.has(name)) found.set(name, { file, line: lineOf(offset, name) });
  return found;
}

/**
 * The names in one piece of Markdown. A word the course also writes in lower case is not a name ("Parents
 * who…", "Together"), nor is a word in a run of capitalised words; a sentence-initial word needs a person cue.
 */
export function namesIn(
  markdown: string,
  filters: NameFilters = { notPeople: notNames, researchers: new Set(), lowerCase: new Set() },
): { name: string; offset: number; initial: boolean }[] {
  const { notPeople, researchers, lowerCase } = filters;
  const text = withoutMarkup(markdown);
  const words = [...text.matchAll(capitalised)].map((m) => ({
    name: m[0],
    offset: m.index,
    initial: startsSentence(text.slice(0, m.index)),
  }));
  type Word = (typeof words)[number];
  const gap = (a: Word, b: Word) => text.slice(a.offset + a.name.length, b.offset);
  const sameParagraph = (a: Word, b: Word) => !/\n\s*\n/.test(gap(a, b));
  const joined = (a: Word, b: Word) => /^\s+(?:(?:of|for)\s+)?$/.test(gap(a, b)) && sameParagraph(a, b);
  // "Stinson, Tableman and Weatherston": a list with one researcher from references.yaml is a list of researchers
  const listed = (a: Word, b: Word) => /^\s*(?:,|,?\s*(?:and|&))\s*$/.test(gap(a, b)) && sameParagraph(a, b);
  const inResearcherList = (k: number): boolean => {
    for (let j = k; j > 0 && listed(words[j - 1]!, words[j]!); j--)
      if (researchers.has(words[j - 1]!.name)) return true;
    for (let j = k; j + 1 < words.length && listed(words[j]!, words[j + 1]!); j++)
      if (researchers.has(words[j + 1]!.name)) return true;
    return false;
  };
  return words.filter((word, k) => {
    const { name, offset, initial } = word;
    if (notPeople.has(name) || notPeople.has(name.replace(/-.*/, ''))) return false;
    if (lowerCase.has(name.toLowerCase())) return false;
    if (/\p{L}['’]?$/u.test(text.slice(0, offset))) return false; // the second part of McDonald or O'Neill
    // "Selma Fraiberg", "University of Michigan", "New York City": a proper-noun phrase, not a first name
    const previous = words[k - 1];
    const next = words[k + 1];
    if ((previous && !previous.initial && joined(previous, word)) || (next && joined(word, next)))
      return false;
    if (inResearcherList(k)) return false;
    return !initial || personCue.test(text.slice(offset + name.length));
  });
}

function startsSentence(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (/^\s*(?:[-*+]|\d+[.)]|>|:::[\w-]*)\s*["“‘'(*_]*$/u.test(line)) return true; // first word of an item or block
  const lines = before.split('\n');
  if (lines.length > 1 && /^\s*(?:::|#)/.test(lines.at(-2)!) && /^\s*["“‘'(*_]*$/u.test(line)) return true; // after a fence
  if (/(?:[“‘]|(?:^|\s)["'])[*_]*$/u.test(before)) return true; // the first word of a quotation
  const trimmed = before.replace(/[\s"“”‘’'()*_]*$/u, '');
  if (trimmed === '' || /\n[ \t]*\n/.test(before.slice(trimmed.length))) return true; // a new paragraph
  return /[.!?:;…|]$/.test(trimmed);
}

/**
 * Blanks what is not prose, keeping every offset: links' targets, glossary and citation syntax, HTML tags
 * (a tag ends a sentence, so figure labels are not read as one run of title case) and headings.
 */
function withoutMarkup(markdown: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^#{1,6} .*$/gm, (h) => `.${blank(h.slice(1))}`)
    .replace(/\[\[[^\]]*\]\]|\[@[^\]]*\]|\]\([^)]*\)|https?:\/\/\S+/g, blank)
    .replace(/<[^>]*>/g, (tag) => `.${blank(tag.slice(1))}`);
}

function scenarioTexts(module: LoadedModule): { file: string; texts: ScenarioText[] }[] {
  const yamlText = (source: YamlSource, path: PathKey[], text: string): ScenarioText => ({
    text,
    lineOf: (offset, name) => source.lineOfText(path, name, text.slice(0, offset).split(name).length - 1),
  });
  const pages = module.pages.map((page) => ({
    file: page.file,
    texts: [
      {
        text: page.body,
        lineOf: (offset: number) => page.bodyLine + page.body.slice(0, offset).split('\n').length - 1,
      },
      ...page.frontMatter.activities.flatMap((activity, i) =>
        activity.type === 'practice'
          ? [
              yamlText(page.source, ['activities', i, 'vignette'], activity.vignette),
              yamlText(page.source, ['activities', i, 'question'], activity.question),
              ...activity.options.flatMap((o, j) => [
                yamlText(page.source, ['activities', i, 'options', j, 'text'], o.text),
                yamlText(page.source, ['activities', i, 'options', j, 'feedback'], o.feedback),
              ]),
            ]
          : [],
      ),
    ],
  }));
  const bank = module.questions;
  const items = {
    file: bank.source.file,
    texts: bank.value.flatMap((q, i) => [
      ...(q.type === 'scenario' ? [yamlText(bank.source, ['questions', i, 'vignette'], q.vignette)] : []),
      yamlText(bank.source, ['questions', i, 'stem'], q.stem),
      ...q.options.flatMap((o, j) => [
        yamlText(bank.source, ['questions', i, 'options', j, 'text'], o.text),
        ...('feedback' in o && o.feedback
          ? [yamlText(bank.source, ['questions', i, 'options', j, 'feedback'], o.feedback)]
          : []),
      ]),
    ]),
  };
  const scenarios = module.scenarios.map(({ value, source }) => ({
    file: source.file,
    texts: [
      ...(value.contentNote ? [yamlText(source, ['contentNote'], value.contentNote)] : []),
      ...value.people.map((p, i) => yamlText(source, ['people', i, 'description'], p.description)),
      ...value.nodes.flatMap((node, i) => [
        ...(node.text ? [yamlText(source, ['nodes', i, 'text'], node.text)] : []),
        ...(node.choices ?? []).flatMap((c, j) => [
          yamlText(source, ['nodes', i, 'choices', j, 'text'], c.text),
          yamlText(source, ['nodes', i, 'choices', j, 'consequence'], c.consequence),
        ]),
        ...(node.debrief ? [yamlText(source, ['nodes', i, 'debrief'], node.debrief)] : []),
      ]),
    ],
  }));
  return [...pages, items, ...scenarios];
}

export interface NameFilters {
  /** never a name: the stop list and every capitalised word of the course-wide files */
  notPeople: ReadonlySet<string>;
  /** capitalised words of references.yaml: the authors a list of names may include */
  researchers: ReadonlySet<string>;
  /** words the course writes in lower case somewhere */
  lowerCase: ReadonlySet<string>;
}

/** The words a course rules out as names: see the file comment. */
export function nameFilters(course: LoadedCourse): NameFilters {
  return {
    notPeople: new Set([...notNames, ...courseWideWords(course)]),
    researchers: new Set(JSON.stringify(course.references.value).match(capitalised) ?? []),
    lowerCase: lowerCaseWords(course),
  };
}

/** Every capitalised word in the course-wide files and module metadata: researchers, organisations, titles. */
function courseWideWords(course: LoadedCourse): string[] {
  const text = JSON.stringify([
    course.course.value,
    course.competencies.value,
    course.glossary.value,
    course.references.value,
    course.modules.map((m) => m.meta.value),
  ]);
  return text.match(capitalised) ?? [];
}

/** Every word the course writes in lower case somewhere ("parents", "services"): such a word is not a name. */
function lowerCaseWords(course: LoadedCourse): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.match(/(?<![\p{L}])\p{Ll}+(?:-\p{Ll}+)?/gu) ?? []) words.add(w);
  };
  for (const module of course.modules) {
    for (const page of module.pages) add(JSON.stringify(page.frontMatter) + page.body);
    add(JSON.stringify(module.questions.value));
  }
  return words;
}
