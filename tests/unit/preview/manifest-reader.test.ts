import { describe, expect, test } from 'vitest';
import { ManifestError, parseManifest } from '../../../scripts/preview/manifest-reader.ts';
import { FAKE_PACKAGES } from '../../e2e/support/fake-packages.ts';

const manifest12 = FAKE_PACKAGES['fake-sco-scorm12']['imsmanifest.xml'];
const manifest2004 = FAKE_PACKAGES['fake-course-scorm2004']['imsmanifest.xml'];

describe('parseManifest', () => {
  test('SCORM 1.2: title, SCOs with launch href and mastery score, no activity tree', () => {
    const pkg = parseManifest(manifest12, 'fake-sco-scorm12', '/packages/fake-sco-scorm12/');
    expect(pkg).toEqual({
      name: 'fake-sco-scorm12',
      title: 'Fake SCO & friends',
      version: '1.2',
      baseUrl: '/packages/fake-sco-scorm12/',
      scos: [
        { id: 'item-a', title: 'Fake lesson A', href: 'a/index.html', masteryScore: 80, objectiveIds: [] },
      ],
    });
  });

  test('SCORM 2004: passing measure, objectives and the sequencing activity tree', () => {
    const pkg = parseManifest(manifest2004, 'fake-course-scorm2004', '/packages/fake-course-scorm2004/');
    expect(pkg.version).toBe('2004');
    expect(pkg.scos).toEqual([
      {
        id: 'item-a',
        title: 'Fake lesson A',
        href: 'a/index.html',
        minNormalizedMeasure: 0.8,
        objectiveIds: ['pass-a', 'D1.1'],
      },
      {
        id: 'item-b',
        title: 'Fake lesson B',
        href: 'b/index.html',
        minNormalizedMeasure: 0.8,
        objectiveIds: ['pass-b', 'D1.2'],
      },
    ]);
    const tree = pkg.activityTree!;
    expect(tree.id).toBe('org');
    expect(tree.sequencingControls).toEqual({ choice: true, flow: true });
    expect(tree.rollupRules?.rules).toEqual([
      { action: 'satisfied', consideration: 'all', conditions: [{ condition: 'satisfied' }] },
      { action: 'completed', consideration: 'all', conditions: [{ condition: 'completed' }] },
    ]);
    expect(tree.children?.[0]).toEqual({
      id: 'item-a',
      title: 'Fake lesson A',
      primaryObjective: { objectiveID: 'pass-a', satisfiedByMeasure: true, minNormalizedMeasure: 0.8 },
      objectives: [{ objectiveID: 'D1.1' }],
      deliveryControls: { completionSetByContent: true, objectiveSetByContent: true },
    });
  });

  test("an item's parameters join its resource's href", () => {
    const xml = manifest12.replace(
      '<item identifier="item-a"',
      '<item identifier="item-a" parameters="?page=2"',
    );
    expect(parseManifest(xml, 'p', '/p/').scos[0]!.href).toBe('a/index.html?page=2');
  });

  test('the default organization is the one named, not the first', () => {
    const xml = manifest12
      .replace('<organizations default="org">', '<organizations default="second">')
      .replace(
        '</organizations>',
        '<organization identifier="second"><title>Second</title><item identifier="z" identifierref="res-a"><title>Z</title></item></organization></organizations>',
      );
    const pkg = parseManifest(xml, 'p', '/p/');
    expect(pkg.title).toBe('Second');
    expect(pkg.scos.map((sco) => sco.id)).toEqual(['z']);
  });

  test('a manifest without launchable items or version is refused', () => {
    expect(() =>
      parseManifest(manifest12.replace(/identifierref="res-a"/, 'identifierref="missing"'), 'p', '/p/'),
    ).toThrow(ManifestError);
    expect(() => parseManifest('<manifest><organizations/></manifest>', 'p', '/p/')).toThrow(/SCORM version/);
  });
});
