/**
 * The real build, end to end: two builds of the same sources give byte-identical zips, every zip passes the
 * ADL schema validator, and the package set is what the README promises.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../unit/package/read-zip.ts';

const root = path.resolve(import.meta.dirname, '../..');
const validator = path.resolve(root, '../shared/scorm-schemas/validate');
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).status === 0;
const validatorMissing = !existsSync(validator)
  ? `../shared/scorm-schemas/validate is absent`
  : !hasXmllint
    ? 'xmllint is not installed (apt-get install libxml2-utils)'
    : '';

const dirs: string[] = [];
const build = () => {
  const out = mkdtempSync(path.join(tmpdir(), 'imh-build-'));
  dirs.push(out);
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--out-dir', out], { cwd: root, stdio: 'pipe' });
  return path.join(out, 'packages');
};
const zipsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .sort();

describe('npm run build', () => {
  let first = '';
  let second = '';
  beforeAll(() => {
    first = build();
    second = build();
  }, 120_000);
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes two zips per module and two whole-course zips', () => {
    const modules = readdirSync(path.join(root, 'modules'), { withFileTypes: true }).filter((d) =>
      /^\d{2}-/.test(d.name),
    );
    const expected = [
      ...modules.flatMap((m) => [`imh-${m.name}-scorm12.zip`, `imh-${m.name}-scorm2004.zip`]),
      'imh-course-scorm12.zip',
      'imh-course-scorm2004.zip',
    ].sort();
    expect(zipsIn(first)).toEqual(expected);
  });

  it('is reproducible: a second build of the same sources is byte-identical', () => {
    expect(zipsIn(second)).toEqual(zipsIn(first));
    for (const zip of zipsIn(first))
      expect(readFileSync(path.join(second, zip)).equals(readFileSync(path.join(first, zip))), zip).toBe(
        true,
      );
  });

  it("carries in each launch page the player built for that page's SCORM version (its API names only) and its stylesheet", async () => {
    const apiNames = { '1.2': 'LMSInitialize', '2004': 'API_1484_11' };
    for (const [version, other] of [
      ['1.2', '2004'],
      ['2004', '1.2'],
    ] as const) {
      const entries = await readZip(path.join(first, `imh-course-scorm${version.replace('.', '')}.zip`));
      const pages = entries.filter((e) => e.path.endsWith('/index.html'));
      expect(pages.length).toBeGreaterThan(4);
      for (const page of pages) {
        const html = page.data.toString('utf8');
        const player = html.slice(html.lastIndexOf('<script>'));
        expect(html, page.path).toContain(`data-scorm-version="${version}"`);
        expect(player, page.path).toContain(apiNames[version]);
        expect(player, page.path).not.toContain(apiNames[other]);
        // the cover's stylesheet is inline: the cover paints without another request
        expect(html, page.path).toMatch(/<style>:root\{[^<]*--color-primary:/);
        expect(html, page.path).not.toContain('<link rel="stylesheet"');
      }
      expect(entries.map((e) => e.path)).toEqual(
        expect.arrayContaining(['player/extras.js', 'player/extras.css']),
      );
      expect(entries.map((e) => e.path)).not.toContain('player/player.css');
    }
  });

  it.skipIf(validatorMissing !== '')(
    `every zip passes ../shared/scorm-schemas/validate${validatorMissing ? ` (SKIPPED: ${validatorMissing})` : ''}`,
    () => {
      for (const zip of zipsIn(first)) {
        const result = spawnSync(validator, [path.join(first, zip)], { encoding: 'utf8' });
        expect(result.status, `${zip}\n${result.stdout}`).toBe(0);
        expect(result.stdout, zip).not.toMatch(/^(ERROR|WARNING)/m);
      }
    },
  );
});
