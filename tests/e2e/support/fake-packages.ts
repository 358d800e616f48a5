/**
 * Tiny SCORM packages whose SCO is a test double: it finds the API the standard way (parent frames, then opener),
 * initializes, shows what the LMS gave it, and has buttons for the calls a test wants to make. They exercise the
 * preview LMS without depending on the course's own player.
 *
 *   npx tsx tests/e2e/support/fake-packages.ts <dir>   writes fake-sco-scorm12.zip and fake-course-scorm2004.zip
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeDeterministicZip } from '../../../scripts/package/deterministic-zip.ts';

const SCO_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fake SCO</title></head>
<body>
<main>
<h1 id="title">Fake SCO</h1>
<p>API: <output id="version"></output>, entry: <output id="entry"></output>, location: <output id="location"></output></p>
<button id="complete">Complete</button>
<button id="suspend">Suspend</button>
<button id="commit">Commit</button>
<button id="continue">Continue</button>
<button id="finish">Finish</button>
<ol id="log"></ol>
</main>
<script>
function findApi(name) {
  var win = window;
  for (var depth = 0; win && depth < 10; depth++) {
    if (win[name]) return win[name];
    if (win.parent === win) break;
    win = win.parent;
  }
  return window.opener ? window.opener[name] || null : null;
}
var api04 = findApi('API_1484_11');
var api12 = api04 ? null : findApi('API');
var version = api04 ? '2004' : api12 ? '1.2' : 'standalone';
var terminated = false;
function log(text) {
  var item = document.createElement('li');
  item.textContent = text;
  document.getElementById('log').appendChild(item);
}
function call(name12, name04) {
  var args = Array.prototype.slice.call(arguments, 2);
  var api = api04 || api12;
  if (!api) return 'false';
  try {
    var result = api[api04 ? name04 : name12].apply(api, args);
    log((api04 ? name04 : name12) + '(' + args.join(', ') + ') = ' + result);
    return result;
  } catch (error) {
    log((api04 ? name04 : name12) + ' threw ' + error.message);
    return 'false';
  }
}
function set(element12, element04, value) { return call('LMSSetValue', 'SetValue', api04 ? element04 : element12, value); }
function get(element12, element04) { return call('LMSGetValue', 'GetValue', api04 ? element04 : element12); }
function finish() { if (!terminated) { terminated = call('LMSFinish', 'Terminate', '') === 'true'; } }
document.getElementById('version').textContent = version;
if (version !== 'standalone') {
  call('LMSInitialize', 'Initialize', '');
  document.getElementById('entry').textContent = get('cmi.core.entry', 'cmi.entry');
  document.getElementById('location').textContent = get('cmi.core.lesson_location', 'cmi.location');
}
document.getElementById('complete').onclick = function () {
  set('cmi.core.score.raw', 'cmi.score.raw', '90');
  if (api04) { set('', 'cmi.score.scaled', '0.9'); set('', 'cmi.completion_status', 'completed'); set('', 'cmi.success_status', 'passed'); }
  else set('cmi.core.lesson_status', '', 'passed');
};
document.getElementById('suspend').onclick = function () {
  set('cmi.core.lesson_location', 'cmi.location', 'page-3');
  set('cmi.suspend_data', 'cmi.suspend_data', 'state:3');
  set('cmi.core.exit', 'cmi.exit', 'suspend');
};
document.getElementById('commit').onclick = function () { call('LMSCommit', 'Commit', ''); };
document.getElementById('continue').onclick = function () { set('', 'adl.nav.request', 'continue'); finish(); };
document.getElementById('finish').onclick = finish;
window.addEventListener('pagehide', function () { if (!terminated) { call('LMSCommit', 'Commit', ''); finish(); } });
</script>
</body>
</html>
`;

const MANIFEST_12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="fake-sco-scorm12" version="1"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>Fake SCO &amp; friends</title>
      <item identifier="item-a" identifierref="res-a">
        <title>Fake lesson A</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-a" type="webcontent" adlcp:scormtype="sco" href="a/index.html">
      <file href="a/index.html"/>
    </resource>
  </resources>
</manifest>
`;

const item2004 = (id: string, title: string) => `
      <item identifier="item-${id}" identifierref="res-${id}">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-${id}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
            <imsss:objective objectiveID="D1.${id === 'a' ? 1 : 2}"/>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;

const MANIFEST_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="fake-course-scorm2004" version="1"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org" adlseq:objectivesGlobalToSystem="false">
      <title>Fake course</title>${item2004('a', 'Fake lesson A')}${item2004('b', 'Fake lesson B')}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
        <imsss:rollupRules>
          <imsss:rollupRule childActivitySet="all">
            <imsss:rollupConditions><imsss:rollupCondition condition="satisfied"/></imsss:rollupConditions>
            <imsss:rollupAction action="satisfied"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet="all">
            <imsss:rollupConditions><imsss:rollupCondition condition="completed"/></imsss:rollupConditions>
            <imsss:rollupAction action="completed"/>
          </imsss:rollupRule>
        </imsss:rollupRules>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-a" type="webcontent" adlcp:scormType="sco" href="a/index.html"><file href="a/index.html"/></resource>
    <resource identifier="res-b" type="webcontent" adlcp:scormType="sco" href="b/index.html"><file href="b/index.html"/></resource>
  </resources>
</manifest>
`;

export const FAKE_PACKAGES = {
  'fake-sco-scorm12': { 'imsmanifest.xml': MANIFEST_12, 'a/index.html': SCO_HTML },
  'fake-course-scorm2004': {
    'imsmanifest.xml': MANIFEST_2004,
    'a/index.html': SCO_HTML,
    'b/index.html': SCO_HTML,
  },
} satisfies Record<string, Record<string, string>>;

/** Writes the fake packages as zips into `dir`; returns their paths. */
export async function writeFakePackages(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    Object.entries(FAKE_PACKAGES).map(async ([name, entries]) => {
      const zipPath = path.join(dir, `${name}.zip`);
      const files = Object.entries(entries).map(([file, text]) => ({ path: file, data: Buffer.from(text) }));
      await writeDeterministicZip(zipPath, files);
      return zipPath;
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx tests/e2e/support/fake-packages.ts <dir>');
    process.exit(1);
  }
  console.log((await writeFakePackages(dir)).join('\n'));
}
