/**
 * Reads what an LMS reads from imsmanifest.xml at import: the version, the default organization's title, its
 * launchable items with their launch data (mastery score, passing measure) and, for SCORM 2004, the organization
 * as a sequencing activity tree. Sequencing rules (pre/post/exit conditions) are not mapped: the course uses none.
 */
import type {
  ActivityNode,
  ActivityObjective,
  PreviewPackage,
  PreviewSco,
  RollupRule,
  ScormVersion,
} from '../../preview/package-index.ts';
import { attribute, childNamed, childrenNamed, parseXml, type XmlElement } from './xml.ts';

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export function parseManifest(xml: string, name: string, baseUrl: string): PreviewPackage {
  const manifest = parseXml(xml);
  const version = scormVersion(manifest);
  const organization = defaultOrganization(manifest);
  const resources = new Map(
    childrenNamed(childNamed(manifest, 'resources') ?? manifest, 'resource').map((resource) => [
      attribute(resource, 'identifier') ?? '',
      resource,
    ]),
  );
  const scos = leafItems(organization).flatMap((item) => {
    const resource = resources.get(attribute(item, 'identifierref') ?? '');
    return resource ? [previewSco(item, resource, version)] : [];
  });
  if (scos.length === 0) throw new ManifestError(`${name}: the default organization has no launchable item`);
  const title = textOf(organization, 'title') || name;
  return {
    name,
    title,
    version,
    baseUrl,
    scos,
    ...(version === '2004' ? { activityTree: activity(organization) } : {}),
  };
}

function scormVersion(manifest: XmlElement): ScormVersion {
  const declared = childNamed(manifest, 'metadata')?.children.find((child) =>
    child.name.endsWith('schemaversion'),
  );
  const text = declared?.text.trim() ?? '';
  if (text === '1.2') return '1.2';
  if (/^(2004|CAM 1\.3)/.test(text)) return '2004';
  const namespace = manifest.attributes.xmlns ?? '';
  if (namespace.includes('imscp_rootv1p1p2')) return '1.2';
  if (namespace.includes('imscp_v1p1')) return '2004';
  throw new ManifestError(`cannot tell the SCORM version (schemaversion "${text}")`);
}

function defaultOrganization(manifest: XmlElement): XmlElement {
  const organizations = childNamed(manifest, 'organizations');
  const all = organizations ? childrenNamed(organizations, 'organization') : [];
  const wanted = organizations ? attribute(organizations, 'default') : undefined;
  const organization = all.find((candidate) => attribute(candidate, 'identifier') === wanted) ?? all[0];
  if (!organization) throw new ManifestError('the manifest has no organization');
  return organization;
}

function leafItems(parent: XmlElement): XmlElement[] {
  return childrenNamed(parent, 'item').flatMap((item) =>
    childrenNamed(item, 'item').length > 0 ? leafItems(item) : [item],
  );
}

function textOf(element: XmlElement, name: string): string {
  return childNamed(element, name)?.text.trim() ?? '';
}

function numberOrUndefined(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function booleanOrUndefined(text: string | undefined): boolean | undefined {
  return text === undefined ? undefined : text === 'true';
}

/** Launch URL: the resource's href with the item's parameters, which may start with '?' or '#' or neither. */
function launchHref(item: XmlElement, resource: XmlElement): string {
  const href = attribute(resource, 'href') ?? '';
  const base = attribute(resource, 'base') ?? '';
  const parameters = (attribute(item, 'parameters') ?? '').replace(/^[?&]/, '');
  if (!parameters) return base + href;
  if (parameters.startsWith('#')) return base + href + parameters;
  return `${base}${href}${href.includes('?') ? '&' : '?'}${parameters}`;
}

function previewSco(item: XmlElement, resource: XmlElement, version: ScormVersion): PreviewSco {
  const sco: PreviewSco = {
    id: attribute(item, 'identifier') ?? '',
    title: textOf(item, 'title'),
    href: launchHref(item, resource),
    objectiveIds: [],
  };
  if (version === '1.2') {
    const masteryScore = numberOrUndefined(childNamed(item, 'masteryscore')?.text);
    if (masteryScore !== undefined) sco.masteryScore = masteryScore;
    return sco;
  }
  const node = activity(item);
  const primary = node.primaryObjective;
  if (primary?.satisfiedByMeasure) sco.minNormalizedMeasure = primary.minNormalizedMeasure ?? 1;
  sco.objectiveIds = [primary, ...(node.objectives ?? [])].flatMap((objective) =>
    objective?.objectiveID ? [objective.objectiveID] : [],
  );
  const threshold = childNamed(item, 'completionThreshold');
  const minProgress = numberOrUndefined(
    threshold ? (attribute(threshold, 'minProgressMeasure') ?? threshold.text) : '',
  );
  if (minProgress !== undefined) sco.completionThreshold = minProgress;
  return sco;
}

/** An organization or item as a scorm-again activity, with the parts of imsss:sequencing the course uses. */
function activity(element: XmlElement): ActivityNode {
  const node: ActivityNode = { id: attribute(element, 'identifier') ?? '', title: textOf(element, 'title') };
  const visible = booleanOrUndefined(attribute(element, 'isvisible'));
  if (visible !== undefined) node.isVisible = visible;
  const children = childrenNamed(element, 'item').map(activity);
  if (children.length > 0) node.children = children;
  const sequencing = childNamed(element, 'sequencing');
  if (sequencing) Object.assign(node, sequencingSettings(sequencing));
  return node;
}

function sequencingSettings(sequencing: XmlElement): Partial<ActivityNode> {
  const settings: Partial<ActivityNode> = {};
  const controls: NonNullable<ActivityNode['sequencingControls']> = {};
  const controlMode = childNamed(sequencing, 'controlMode');
  for (const key of [
    'choice',
    'choiceExit',
    'flow',
    'forwardOnly',
    'useCurrentAttemptObjectiveInfo',
    'useCurrentAttemptProgressInfo',
  ] as const) {
    const value = controlMode && booleanOrUndefined(attribute(controlMode, key));
    if (value !== undefined) controls[key] = value;
  }
  const rollup = childNamed(sequencing, 'rollupRules');
  if (rollup) {
    for (const key of ['rollupObjectiveSatisfied', 'rollupProgressCompletion'] as const) {
      const value = booleanOrUndefined(attribute(rollup, key));
      if (value !== undefined) controls[key] = value;
    }
    const weight = numberOrUndefined(attribute(rollup, 'objectiveMeasureWeight'));
    if (weight !== undefined) controls.objectiveMeasureWeight = weight;
    const rules = childrenNamed(rollup, 'rollupRule').map(rollupRule);
    if (rules.length > 0) settings.rollupRules = { rules };
  }
  if (Object.keys(controls).length > 0) settings.sequencingControls = controls;

  const delivery = childNamed(sequencing, 'deliveryControls');
  if (delivery) {
    const deliveryControls: NonNullable<ActivityNode['deliveryControls']> = {};
    for (const key of ['tracked', 'completionSetByContent', 'objectiveSetByContent'] as const) {
      const value = booleanOrUndefined(attribute(delivery, key));
      if (value !== undefined) deliveryControls[key] = value;
    }
    settings.deliveryControls = deliveryControls;
  }
  const limit = numberOrUndefined(
    attribute(childNamed(sequencing, 'limitConditions') ?? sequencing, 'attemptLimit'),
  );
  if (limit !== undefined && limit > 0) settings.attemptLimit = limit;

  const objectives = childNamed(sequencing, 'objectives');
  if (objectives) {
    const primary = childNamed(objectives, 'primaryObjective');
    if (primary) settings.primaryObjective = objective(primary);
    const others = childrenNamed(objectives, 'objective').map(objective);
    if (others.length > 0) settings.objectives = others;
  }
  return settings;
}

function objective(element: XmlElement): ActivityObjective {
  const result: ActivityObjective = { objectiveID: attribute(element, 'objectiveID') ?? '' };
  const byMeasure = booleanOrUndefined(attribute(element, 'satisfiedByMeasure'));
  if (byMeasure !== undefined) result.satisfiedByMeasure = byMeasure;
  const measure = numberOrUndefined(childNamed(element, 'minNormalizedMeasure')?.text);
  if (measure !== undefined) result.minNormalizedMeasure = measure;
  return result;
}

function rollupRule(element: XmlElement): RollupRule {
  const conditions = childNamed(element, 'rollupConditions');
  const rule: RollupRule = {
    action: attribute(childNamed(element, 'rollupAction') ?? element, 'action') ?? '',
    consideration: attribute(element, 'childActivitySet') ?? 'all',
    conditions: (conditions ? childrenNamed(conditions, 'rollupCondition') : []).map((condition) => ({
      condition: attribute(condition, 'condition') ?? '',
      ...(attribute(condition, 'operator') ? { operator: attribute(condition, 'operator') } : {}),
    })),
  };
  const combination = conditions && attribute(conditions, 'conditionCombination');
  if (combination) rule.conditionCombination = combination;
  const count = numberOrUndefined(attribute(element, 'minimumCount'));
  if (count !== undefined) rule.minimumCount = count;
  const percent = numberOrUndefined(attribute(element, 'minimumPercent'));
  if (percent !== undefined) rule.minimumPercent = percent;
  return rule;
}
