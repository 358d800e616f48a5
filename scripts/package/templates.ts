import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTemplate, type TemplateValues, type Xml } from './render-template.ts';
import { SCORM_VERSIONS, type ScormVersion } from './scorm-versions.ts';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../dist-templates/', import.meta.url));

export type TemplateName =
  | 'imsmanifest.xml'
  | 'item.xml'
  | 'objective.xml'
  | 'keyword.xml'
  | 'resource-sco.xml'
  | 'resource-shared.xml'
  | 'file.xml';

/** Renders one of a SCORM version's templates (dist-templates/<label>/<name>). */
export type RenderManifestPart = (name: TemplateName, values: TemplateValues) => Xml;

/** Reads a version's template folder once and returns its renderer. */
export async function loadTemplates(version: ScormVersion): Promise<RenderManifestPart> {
  const folder = SCORM_VERSIONS[version].label;
  const names = await readdir(path.join(TEMPLATES_DIR, folder));
  const templates = new Map(
    await Promise.all(
      names.map(
        async (name) => [name, await readFile(path.join(TEMPLATES_DIR, folder, name), 'utf8')] as const,
      ),
    ),
  );
  return (name, values) => {
    const template = templates.get(name);
    if (template === undefined) throw new Error(`No template dist-templates/${folder}/${name}`);
    return renderTemplate(`${folder}/${name}`, template, values);
  };
}
