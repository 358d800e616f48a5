/** How the figures are made, in a trainer's words, so the page can be read without this repository. */
import type { CohortReport } from '../../figures.ts';
import { html, type SafeHtml } from '../html.ts';

export function methodSection(report: CohortReport): SafeHtml {
  const t = report.thresholds;
  return html`<section id="method" aria-labelledby="method-heading">
    <h2 id="method-heading">How the figures are made</h2>
    <ul>
      <li>
        Each answer is taken as right or wrong as the LMS recorded it, not re-marked against today's question
        bank. Question text, options and competencies come from the course's modules/ folder as it is now.
      </li>
      <li>
        The course's knowledge check can be retried inside one LMS attempt; the "-attempt-K" ending of each
        interaction id tells the tries apart. A try counts as finished when a later try follows it, or when
        the LMS holds a pass or fail and the try is as long as the earlier ones.
      </li>
      <li>
        Competencies: per try, the share of the weight of that try's questions on the competency that was
        answered right; ${t.achievedPercent}% or more is achieved (the course's rule in
        src/assessment/scoring.ts). Moodle's Objectives report cannot be used for this (it leaves the
        objective cells empty).
      </li>
      <li>
        Facility above ${t.tooEasy} is flagged too easy and below ${t.tooHard} too hard; discrimination below
        0 is negative and below ${t.nearZeroDiscrimination} near zero. With fewer than
        ${t.minAnswersForFacility} (facility) or ${t.minAnswersForDiscrimination} (discrimination) first-try
        answers an item is not judged.
      </li>
      <li>
        Question versions: the course writes a short version of each question (its wording, options and key)
        into every answer's id. Answers to another version than today's, or (older exports, without it) that
        recorded another key than today's, are shown apart as an earlier version and left out of today's item
        figures.
      </li>
      <li>
        Test statistics, from each learner's first finished try: Cronbach's alpha (KR-20 for questions scored
        right or wrong) over the positions in the try, as Moodle does for random questions; the standard error
        of measurement, the score's standard deviation × √(1 − alpha); discriminative efficiency, as in
        Moodle, the item's covariance with the rest of the try as a share of the largest its facility allows.
        A competency verdict resting on fewer than three questions in the try is flagged.
      </li>
      <li>
        Moodle's SCORM 2004 Interactions report holds no answers (Moodle 4.5 reads SCORM 1.2 names): use the
        SCORM 1.2 packages in Moodle to get item analysis and competency profiles.
      </li>
    </ul>
    <p>The same figures are in the JSON file written beside this page.</p>
  </section>`;
}
