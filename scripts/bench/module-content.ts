/**
 * A compiled module's content as the package ships it: content.js run in an empty VM context (it only assigns
 * `self.__imhModuleContent`), so the bench answers from what the learner's browser receives.
 */
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';
import { contentGlobal, type ModuleContent } from '../../src/content/compiled.ts';

export async function readModuleContent(contentJs: string): Promise<ModuleContent> {
  const scope: Record<string, unknown> = {};
  scope.self = scope;
  vm.runInNewContext(await readFile(contentJs, 'utf8'), scope, { filename: contentJs, timeout: 5_000 });
  const content = scope[contentGlobal] as ModuleContent | undefined;
  if (!content?.questions) throw new Error(`${contentJs} did not assign self.${contentGlobal}`);
  return content;
}
