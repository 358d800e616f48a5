import type { PackageFile, PackagedModule, PackagingInput } from '../../../scripts/package/index.ts';

/** Two fake modules with tiny SCO files and a fake player: enough to exercise every part of a manifest. */
export function fixtureCourse(outDir: string, options: { reverseFileOrder?: boolean } = {}): PackagingInput {
  const order = (files: PackageFile[]) => (options.reverseFileOrder ? [...files].reverse() : files);
  return {
    outDir,
    course: {
      id: 'imh',
      title: 'Infant mental health & everyday practice',
      version: '1.2.3',
      description: 'A fixture course with <markup> and "quotes" to escape.',
      keywords: ['infant mental health', 'parent–infant relationship'],
      language: 'en-GB',
    },
    sharedFiles: order([
      { path: 'player/player.js', data: Buffer.from('console.log("player");\n') },
      { path: 'player/player.css', data: Buffer.from('body { margin: 0; }\n') },
    ]),
    modules: [
      fixtureModule('00-introduction', 80, ['D1.2', 'D2.1'], order),
      fixtureModule('01-ghosts-in-the-nursery', 75, ['D3.1'], order),
    ],
  };
}

function fixtureModule(
  slug: string,
  passMark: number,
  competencyIds: string[],
  order: (files: PackageFile[]) => PackageFile[],
): PackagedModule {
  return {
    slug,
    id: `imh-${slug}`,
    title: `Module ${slug}`,
    description: `The ${slug} module.`,
    keywords: [slug, 'fixture'],
    passMark,
    competencies: competencyIds.map((id) => ({ id, statement: `Competency ${id}` })),
    files: (version) =>
      order([
        {
          path: 'index.html',
          data: Buffer.from(`<!doctype html><title>${slug} (SCORM ${version})</title>\n`),
        },
        { path: 'media/figure 1.svg', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>\n') },
      ]),
  };
}
