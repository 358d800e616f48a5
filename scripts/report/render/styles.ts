/** The report's stylesheet: readable on screen and on paper, high contrast, no web fonts, nothing fetched. */
export const reportStyles = `
:root { color-scheme: light; --text: #202124; --muted: #4d5156; --rule: #c4c7c5; --accent: #1a4f8b; --warn-bg: #fff4e5; --warn: #7a3e00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: #fff; }
header, main, footer { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 2px solid var(--accent); }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h5 { font-size: 1rem; margin: 0 0 .5rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.meta { color: var(--muted); margin: 0 0 1rem; }
nav ul { columns: 2; padding-left: 1.25rem; }
table { border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f1f3f4; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
/* A wide table or chart scrolls inside its own box, never the page; the box contains what is positioned in it. */
.wide { overflow-x: auto; position: relative; max-width: 100%; }
.wide th, .wide td { overflow-wrap: normal; }
main p, main li, main dd, main dt, main h3, main h4, main h5 { overflow-wrap: anywhere; }
code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .9em; }
.competency-id { font-weight: 700; }
.statement { font-weight: 400; color: var(--muted); }
.legend { list-style: none; padding: 0; margin: .5rem 0; display: flex; gap: 1.25rem; flex-wrap: wrap; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.chart-figure { margin: .5rem 0 1rem; }
/* Drawn at its own size (labels at 12px), never scaled down: on a narrow screen its box scrolls instead. */
.chart { display: block; max-width: none; font-size: 12px; }
.chart-group { font-weight: 700; fill: var(--text); }
.chart-label, .chart-figures { fill: var(--text); }
.share-bar { vertical-align: middle; margin-right: .35rem; }
td.status, td.facility { white-space: nowrap; }
.st-achieved { color: #1d6b3a; }
.st-working-towards { color: #8a4b00; }
.st-not-assessed { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.warning { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: .5rem .75rem; }
.notices li { margin-bottom: .35rem; }
.flag { color: var(--warn); white-space: nowrap; }
.warn-text { color: var(--warn); }
.flag-advice { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: .4rem .75rem; }
.too-few, .empty, .files, .file { color: var(--muted); }
.item { border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; break-inside: avoid; }
.item .stem { font-weight: 600; }
.item .vignette { color: var(--muted); font-style: italic; }
.item .type { color: var(--muted); font-weight: 400; }
.item-figures { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
.item-figures dt { font-weight: 600; }
.item-figures dd { margin: 0; }
.activity-notes { margin: 1rem 0; }
.headline { border: 1px solid var(--rule); border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
.headline h3 { margin-top: .75rem; }
.headline-figures { padding-left: 1.25rem; }
.changed { border-style: dashed; }
details.changed-items > summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: .25rem 0; }
details.changed-items > summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.todays-version { color: var(--muted); }
.histogram td:last-child { width: 110px; }
@media (max-width: 40rem) {
  header, main, footer { padding: 0 .75rem; }
  h1 { font-size: 1.5rem; }
  nav ul { columns: 1; }
  .item { padding: .5rem .6rem; }
  .item-figures { grid-template-columns: minmax(0, 1fr); }
  .item-figures dd { margin-bottom: .35rem; }
  td.status, td.facility { white-space: normal; }
}
@media print {
  body { font-size: 10.5pt; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  .module { break-before: page; }
  .wide { overflow: visible; }
  table, figure, .item { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
