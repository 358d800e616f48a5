/**
 * The bench's LMS: a page that defines SCORM 1.2 `window.API` and SCORM 2004 `window.API_1484_11` stubs,
 * logs every call with its time, and launches the SCO in a same-origin frame, as an LMS player frame does.
 * The stubs accept every value and always succeed, so what is counted is what the course asks of an LMS.
 */

/** One API call as the stub logged it. */
export interface LoggedCall {
  method: string;
  /** The element (GetValue/SetValue); '' for the others. */
  element: string;
  /** Characters of the value set (SetValue only). */
  valueLength: number;
}

/** What the page exposes to the bench as `window.__benchLms`. */
export interface LmsLog {
  calls: LoggedCall[];
  /** Epoch ms (performance.timeOrigin + now) of the first LMSInitialize / Initialize, or null. */
  firstInitializeAt: number | null;
}

export const SCO_FRAME_NAME = 'sco';

// Plain JavaScript (a string, not a compiled function), so nothing the TypeScript runner adds can leak into the page.
const stubScript = `
(function () {
  var log = { calls: [], firstInitializeAt: null };
  window.__benchLms = log;
  var stored = {};
  function fresh(values) {
    return function (element) {
      if (Object.prototype.hasOwnProperty.call(stored, element)) return stored[element];
      return Object.prototype.hasOwnProperty.call(values, element) ? values[element] : '';
    };
  }
  function stub(names, values) {
    var read = fresh(values);
    var api = {};
    function record(method, element, value) {
      log.calls.push({ method: method, element: element || '', valueLength: value === undefined ? 0 : String(value).length });
    }
    api[names[0]] = function () {
      record(names[0]);
      if (log.firstInitializeAt === null) log.firstInitializeAt = performance.timeOrigin + performance.now();
      return 'true';
    };
    api[names[1]] = function () { record(names[1]); return 'true'; };
    api[names[2]] = function (element) { record(names[2], element); return read(String(element)); };
    api[names[3]] = function (element, value) { record(names[3], element, value); stored[String(element)] = String(value); return 'true'; };
    api[names[4]] = function () { record(names[4]); return 'true'; };
    api[names[5]] = function () { record(names[5]); return '0'; };
    api[names[6]] = function () { record(names[6]); return 'No error'; };
    api[names[7]] = function () { record(names[7]); return ''; };
    return api;
  }
  window.API = stub(
    ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    {
      'cmi.core.student_id': 'learner-1', 'cmi.core.student_name': 'Learner, Bench', 'cmi.core.lesson_status': 'not attempted',
      'cmi.core.entry': 'ab-initio', 'cmi.core.credit': 'credit', 'cmi.core.lesson_mode': 'normal',
      'cmi.core.total_time': '0000:00:00', 'cmi.objectives._count': '0', 'cmi.interactions._count': '0'
    }
  );
  window.API_1484_11 = stub(
    ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
    {
      'cmi.learner_id': 'learner-1', 'cmi.learner_name': 'Learner, Bench', 'cmi.completion_status': 'unknown',
      'cmi.success_status': 'unknown', 'cmi.entry': 'ab-initio', 'cmi.credit': 'credit', 'cmi.mode': 'normal',
      'cmi.total_time': 'PT0S', 'cmi.objectives._count': '0', 'cmi.interactions._count': '0'
    }
  );
})();
`;

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The LMS page for one launch URL (same origin). */
export function lmsPageHtml(launchUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bench LMS</title>
<style>html,body{margin:0;height:100%}iframe{display:block;border:0;width:100%;height:100%}</style>
<script>${stubScript}</script>
</head><body><iframe name="${SCO_FRAME_NAME}" title="Course" src="${escapeAttribute(launchUrl)}"></iframe></body></html>
`;
}
