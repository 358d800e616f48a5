/**
 * Word counts for the page rules and the module's duration. A page's words are everything a learner reads on
 * it before acting: its Markdown with every block (details included) and its activities' text (vignettes,
 * questions, options, prompts, items, points), not the feedback shown afterwards.
 */
const notRead = new Set([
  'id',
  'type',
  'ref',
  'image',
  'alt',
  'category',
  'next',
  'feedback',
  'correct',
  'x',
  'y',
]);

/** Words of Markdown as read: figures, HTML tags, link targets, citations and block markers do not count. */
export function countAllWords(markdown: string): number {
  const prose = markdown
    .replace(/<figure[\s\S]*?<\/figure>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^:{2,3}[ \t]*[A-Za-z][\w-]*/gm, ' ')
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[@[^\]]+\]/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** The words of an activity a learner reads before acting, whatever its kind. */
export function activityWords(activity: unknown): number {
  if (typeof activity === 'string') return countAllWords(activity);
  if (Array.isArray(activity)) return activity.reduce((n: number, item) => n + activityWords(item), 0);
  if (activity && typeof activity === 'object')
    return Object.entries(activity).reduce(
      (n, [key, value]) => n + (notRead.has(key) ? 0 : activityWords(value)),
      0,
    );
  return 0;
}

/** Every word on a page: its Markdown and its activities. */
export function pageWords(page: { body: string; frontMatter: { activities: unknown[] } }): number {
  return countAllWords(page.body) + activityWords(page.frontMatter.activities);
}
