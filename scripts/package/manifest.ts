import type { PackagedModule } from './packaging-types.ts';
import { comparePaths, toHref } from './package-paths.ts';
import type { TemplateValues, Xml } from './render-template.ts';
import { scoFilePath, type ScormPackage, type Sco } from './scorm-package.ts';
import type { ScormVersion } from './scorm-versions.ts';
import type { RenderManifestPart } from './templates.ts';

const SHARED_RESOURCE_ID = 'res-player';

/** The objective the LMS marks passed from the module's scaled score (SCORM 2004). */
const PRIMARY_OBJECTIVE_ID = 'pass-mark';

type ItemSequencing = (module: PackagedModule, render: RenderManifestPart) => TemplateValues;

/** How each version says "passed at this mark" and which objectives a module reports. */
const ITEM_SEQUENCING: Record<ScormVersion, ItemSequencing> = {
  '1.2': (module) => ({ masteryScore: module.passMark }),
  '2004': (module, render) => ({
    primaryObjectiveId: PRIMARY_OBJECTIVE_ID,
    // Rounded so that, say, 57 / 100 never prints as 0.5700000000000001.
    minNormalizedMeasure: Number((module.passMark / 100).toFixed(4)),
    competencyObjectives: module.competencies.map(({ id }) => render('objective.xml', { competencyId: id })),
  }),
};

/** imsmanifest.xml for one package, from the version's templates in dist-templates/. */
export function renderManifest(scormPackage: ScormPackage, render: RenderManifestPart): string {
  const { metadata, scos, version } = scormPackage;
  const fileList = (paths: string[]) =>
    paths.map((filePath) => render('file.xml', { href: toHref(filePath) }));
  return render('imsmanifest.xml', {
    manifestId: scormPackage.name,
    organizationId: `org-${scormPackage.id}`,
    title: metadata.title,
    description: metadata.description,
    version: metadata.version,
    language: metadata.language,
    keywords: metadata.keywords.map((keyword) =>
      render('keyword.xml', { keyword, language: metadata.language }),
    ),
    items: scos.map((sco) =>
      render('item.xml', {
        itemId: `item-${sco.module.slug}`,
        resourceId: resourceId(sco),
        title: sco.module.title,
        ...ITEM_SEQUENCING[version](sco.module, render),
      }),
    ),
    resources: [
      ...scos.map((sco) =>
        render('resource-sco.xml', {
          resourceId: resourceId(sco),
          href: toHref(`${sco.module.slug}/index.html`),
          files: fileList(sco.files.map((file) => scoFilePath(sco, file)).sort(comparePaths)),
          sharedResourceId: SHARED_RESOURCE_ID,
        }),
      ),
      sharedResource(scormPackage, render, fileList),
    ],
  }).text;
}

/**
 * The files every SCO shares, as one asset. It names its first file as its href: SCORM allows an asset without
 * one, but ILIAS 8's importer throws on a resource with no href (fixed only in ILIAS 10).
 */
function sharedResource(
  scormPackage: ScormPackage,
  render: RenderManifestPart,
  fileList: (paths: string[]) => Xml[],
) {
  const paths = scormPackage.sharedFiles.map((file) => file.path).sort(comparePaths);
  const [first] = paths;
  if (first === undefined)
    throw new Error('a package needs at least one shared file (the player stylesheet)');
  return render('resource-shared.xml', {
    resourceId: SHARED_RESOURCE_ID,
    href: toHref(first),
    files: fileList(paths),
  });
}

function resourceId(sco: Sco): string {
  return `res-${sco.module.slug}`;
}
