/**
 * The report's print stylesheet, inlined in the document (the printer has no access to app files).
 * Liberation/DejaVu are the Linux fallbacks of the usual office fonts, so the layout is close everywhere.
 */
export function printCss(pageSize: 'A4' | 'Letter'): string {
  return `
@page { size: ${pageSize}; margin: 20mm 20mm 22mm 20mm; }
/* The title page has no running footer: with no bottom margin there is nowhere to print it. */
@page :first { margin-top: 0; margin-bottom: 0; }
* { box-sizing: border-box; }
html { font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 10.5pt; line-height: 1.5; color: #1f2328; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; break-after: avoid; page-break-after: avoid; }
p { margin: 0.35em 0; orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
.markdown-body a, .block a { color: #245a4c; text-decoration: underline; }
li.md-task-item { list-style: none; margin-left: -1.2em; }
input.md-task { margin: 0 0.4em 0 0; vertical-align: -0.1em; }
.md-align-left { text-align: left; } .md-align-center { text-align: center; } .md-align-right { text-align: right; }

.title-page { height: 272mm; display: flex; flex-direction: column; padding-top: 58mm; padding-bottom: 16mm; border-left: 5mm solid #2f6f5e; padding-left: 12mm; break-after: page; }
.title-page .kicker { text-transform: uppercase; letter-spacing: 0.18em; font-size: 9pt; color: #2f6f5e; font-weight: 700; }
.title-page h1 { font-size: 30pt; font-weight: 700; margin: 6mm 0 4mm; max-width: 140mm; }
.title-page .period { font-size: 14pt; color: #444b55; }
.title-page .people { margin-top: 18mm; font-size: 11pt; }
.title-page .people dt { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: #6b7280; margin-top: 4mm; }
.title-page .people dd { margin: 1mm 0 0; }
.title-page .confidential { margin-top: auto; font-size: 8.5pt; color: #6b7280; max-width: 120mm; }

.toc { break-after: page; }
.outline-targets { display: none; }
.toc h2, .report-section > h2 { font-size: 20pt; font-weight: 700; color: #1f2328; padding-bottom: 3mm; border-bottom: 0.6mm solid #2f6f5e; margin-bottom: 6mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li a { display: flex; align-items: baseline; gap: 2mm; padding: 1.2mm 0; }
.toc li.level-1 { margin-top: 3mm; font-weight: 700; font-size: 11.5pt; }
.toc li.level-2 { padding-left: 7mm; color: #444b55; }
.toc .leader { flex: 1; border-bottom: 0.3mm dotted #9aa1ab; transform: translateY(-1mm); }
.toc .page { min-width: 9mm; text-align: right; font-variant-numeric: tabular-nums; }

.report-section { break-before: page; }
.report-section.empty-section { break-before: auto; margin-top: 12mm; }
.report-section.empty-section > h2 { font-size: 15pt; margin-bottom: 3mm; }
.lead { font-size: 12pt; color: #444b55; margin-bottom: 6mm; }
.empty { color: #6b7280; font-style: italic; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 6mm; }
figure.chart { margin: 0 0 4mm; break-inside: avoid; }
figure.chart figcaption { font-size: 8.5pt; color: #5f6670; margin-top: 1mm; }
.facts-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); margin-bottom: 6mm; }
.block blockquote.highlight { margin: 0 0 3mm; padding: 1mm 0 1mm 4mm; border-left: 1mm solid #2f6f5e; color: #1f2328; break-inside: avoid; overflow-wrap: anywhere; }
.block blockquote.highlight p { margin: 0; font-size: 11pt; }
.block blockquote.highlight .highlight-source { font-size: 8.5pt; color: #5f6670; margin-top: 1mm; }
ul.highlight-list { margin: 0; padding-left: 5mm; }
ul.highlight-list li { margin: 0.8mm 0; }
.fact { border: 0.3mm solid #d9dde3; border-top: 1.2mm solid #2f6f5e; border-radius: 1.5mm; padding: 4mm 4mm 3.5mm; break-inside: avoid; }
.fact-value { font-size: 17pt; font-weight: 700; color: #1f2328; overflow-wrap: anywhere; }
.fact-label { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; color: #5f6670; margin-top: 1mm; }
.fact-detail { font-size: 8.5pt; color: #6b7280; }
h3.table-title { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.1em; color: #2f6f5e; margin: 9mm 0 2mm; }
.summary-table { width: 100%; border-collapse: collapse; font-size: 10pt; }
.summary-table th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #5f6670; border-bottom: 0.4mm solid #2f6f5e; padding: 1.5mm 2mm; }
.summary-table td { border-bottom: 0.3mm solid #eceef1; padding: 1.8mm 2mm; }
.summary-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.summary-table tr { break-inside: avoid; }

h3.month { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.1em; color: #2f6f5e; margin: 7mm 0 3mm; padding-bottom: 1mm; border-bottom: 0.3mm solid #d9dde3; }
h3.month:first-child { margin-top: 0; }
.session { break-inside: avoid; page-break-inside: avoid; padding: 0 0 3mm; margin-bottom: 3mm; border-bottom: 0.3mm solid #eceef1; }
.session header { margin-bottom: 1mm; }
.session-date { color: #1f2328; font-weight: 600; }
.session h3 { font-size: 12.5pt; font-weight: 700; margin: 0 0 0.5mm; }
.session-meta { font-size: 9pt; color: #5f6670; margin: 0; }
.tag { display: inline-block; font-size: 8pt; padding: 0 2mm; margin: 0 1mm 0 0; border-radius: 2mm; background: #e3f0eb; color: #245a4c; }
.tags { margin-left: 1.5mm; }
.block { margin-top: 2mm; }
.two-way { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.block h4 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: #2f6f5e; margin-bottom: 0.5mm; }
.block p:first-of-type { margin-top: 0; }
.block ul, .block ol { margin: 0.3em 0; padding-left: 6mm; }
.block pre { white-space: pre-wrap; background: #f4f5f7; padding: 2mm 3mm; border-radius: 1.5mm; font-size: 9pt; }
.block code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
.block blockquote { margin: 0.4em 0; padding-left: 3mm; border-left: 0.8mm solid #d9dde3; color: #5f6670; }
.goal { break-inside: avoid; padding: 0 0 4mm; margin-bottom: 4mm; border-bottom: 0.3mm solid #eceef1; }
.goal h3 { font-size: 12.5pt; font-weight: 700; margin: 0 0 0.5mm; }
.status { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; padding: 0.4mm 2mm; border-radius: 2mm; background: #eceef1; color: #444b55; vertical-align: middle; }
.status-achieved { background: #e3f0eb; color: #245a4c; }
.progress { display: flex; align-items: center; gap: 3mm; margin: 2mm 0 1mm; font-size: 9pt; font-weight: 700; color: #245a4c; }
.progress .bar { flex: 0 0 70mm; height: 2.2mm; background: #eceef1; border-radius: 1.1mm; overflow: hidden; }
.progress .fill { height: 100%; background: #2f6f5e; }
${Array.from({ length: 21 }, (_, i) => `.fill.p${i * 5} { width: ${i * 5}%; }`).join('\n')}
.summary-table .muted { color: #6b7280; font-size: 8.5pt; }
.skills-table { table-layout: fixed; width: 100%; }
.skills-table td { overflow-wrap: anywhere; }
.skills-table .level { width: 24%; }
.skills-table .num { width: 13%; }
.skills-table td.up { font-weight: 700; color: #245a4c; }
.reflection { break-inside: avoid; padding: 0 0 3mm; margin-bottom: 3mm; border-bottom: 0.3mm solid #eceef1; }
.reflection h3 { font-size: 11.5pt; font-style: italic; font-weight: 600; margin: 0.5mm 0 0; }
.check-in { margin: 1.5mm 0 0; padding-left: 3mm; border-left: 0.6mm solid #d9dde3; }
.check-in-head { font-size: 8.5pt; font-weight: 700; color: #5f6670; margin: 0; }
ul.actions { list-style: none; padding-left: 0; margin: 0; }
ul.actions li { display: flex; gap: 2mm; align-items: baseline; }
ul.actions .box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.3mm solid #5f6670; border-radius: 0.6mm; font-size: 7pt; line-height: 3mm; text-align: center; flex: none; }
/* Done: struck through in the text colour, which an office printer keeps (pale grey it drops). */
ul.actions li.done .item-text { text-decoration: line-through; text-decoration-thickness: 0.25mm; text-decoration-color: #2f6f5e; }
ul.actions li.done .box { border-color: #2f6f5e; color: #245a4c; font-weight: 700; }
/* Headings written in notes: below the block's label, never larger than the session's title. */
.block h5 { font-size: 10.5pt; font-weight: 700; margin: 2mm 0 0.5mm; }
.block h6 { font-size: 10pt; font-weight: 700; font-style: italic; margin: 1.5mm 0 0.5mm; }
.reflection .block h4 { font-size: 10.5pt; text-transform: none; letter-spacing: 0; color: #1f2328; margin: 2mm 0 0.5mm; }
.due { color: #6b7280; font-size: 8.5pt; }
dl.about { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 1.5mm 6mm; margin: 0; }
dl.about dt { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: #5f6670; padding-top: 0.4mm; }
dl.about dd { margin: 0; }
ul.actions .item-source { display: block; color: #6b7280; font-size: 8.5pt; }
ul.actions li + li { margin-top: 1mm; }
`
}
