#include "report/report_style.hpp"

#include <utility>

#include "report/palette.hpp"

namespace lagerhuis::report {

namespace {

// The palette's colours as CSS variables: the rules below name only these.
std::string palette_variables() {
    using namespace palette;
    const std::pair<const char*, Rgb> variables[] = {
        {"voor", voor.strong},       {"voor-soft", voor.soft},       {"tegen", tegen.strong},
        {"tegen-soft", tegen.soft},  {"twijfel", twijfel.strong},   {"twijfel-soft", twijfel.soft},
        {"confirmed", confirmed},    {"missed", missed},             {"dismissed", dismissed},
        {"pending", pending},        {"ink", ink},                   {"muted", muted},
        {"rule", line},              {"paper", paper},               {"tint", tint},
        {"background", background}};
    std::string css = ":root {";
    for (const auto& [name, colour] : variables) css += std::string(" --") + name + ": " + css_hex(colour) + ";";
    return css + " }\n";
}

constexpr std::string_view rules = R"css(
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { background: var(--background); }
body { margin: 0 auto; max-width: 1120px; padding: 28px 40px 48px; background: var(--paper); color: var(--ink);
  font: 15px/1.5 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 3px solid var(--ink); }
h3 { font-size: 16px; margin: 22px 0 8px; }
h4 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
p { margin: 6px 0; }
a { color: var(--voor); }
.subtitle { color: var(--muted); margin: 0 0 6px; }
.note { color: var(--muted); font-size: 13px; }
.summary { font-size: 15px; }
.banner { background: #fefcbf; border-left: 4px solid var(--pending); padding: 6px 10px; font-size: 13px; }
nav.toc { background: var(--tint); border: 1px solid var(--rule); padding: 8px 14px; margin: 14px 0; font-size: 14px; }
nav.toc ol { margin: 4px 0; padding-left: 20px; columns: 2; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 13.5px; }
th, td { border-bottom: 1px solid var(--rule); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--tint); font-weight: 600; border-bottom: 2px solid #cbd5e0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.measures td:not(:first-child) { text-align: right; white-space: nowrap; }
table.measures th:not(:first-child) { text-align: right; }
table.overview td { vertical-align: middle; font-size: 13px; }
table.overview td:first-child { min-width: 220px; }
table.overview td.counts { white-space: nowrap; font-weight: 600; font-variant-numeric: tabular-nums; }
.count-voor { color: var(--voor); } .count-tegen { color: var(--tegen); } .count-twijfel { color: var(--twijfel); }
table.crossings td:first-child { width: 62%; }
.mover { white-space: nowrap; margin: 1px 0; }
.answer-small { font-weight: 700; }
.answer-small.yes { color: #276749; } .answer-small.no { color: var(--confirmed); } .answer-small.undecided { color: var(--muted); }
.flag-line { font-size: 13.5px; }
figure { margin: 8px 0 16px; }
figcaption { color: var(--muted); font-size: 12.5px; margin-top: 4px; }
svg.chart { display: block; width: 100%; height: auto; font-family: "DejaVu Sans", system-ui, sans-serif; }
svg.chart text { font-size: 12px; fill: var(--ink); }
svg.chart text.inner { fill: #fff; font-size: 11px; font-weight: 600; }
svg.chart text.tick { fill: var(--muted); font-size: 11px; }
svg.chart text.row-label { font-weight: 600; }
svg.timeline text { font-size: 14px; }
svg.timeline text.tick { font-size: 13px; }
svg.timeline text.inner { font-size: 12.5px; }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.chart .grid { stroke: var(--rule); stroke-width: 1; }
svg.chart .position-line { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.chart .mark { stroke: var(--paper); stroke-width: 1; }
/* A white seam between touching bars and segments: each keeps its contrast with what is beside it. */
svg.chart rect.voor, svg.chart rect.tegen, svg.chart rect.twijfel { stroke: var(--paper); stroke-width: 1; }
.voor { fill: var(--voor); background: var(--voor); }
.tegen { fill: var(--tegen); background: var(--tegen); }
.twijfel { fill: var(--twijfel); background: var(--twijfel); }
.confirmed { fill: var(--confirmed); background: var(--confirmed); }
.missed { fill: var(--missed); background: var(--missed); }
.dismissed { fill: var(--dismissed); background: var(--dismissed); }
.pending { fill: var(--pending); background: var(--pending); }
ul.legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12.5px; }
ul.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 2px; }
.swatch.crossing-swatch { background: var(--muted); clip-path: polygon(0 0, 100% 0, 50% 100%); }
.side-tag, .status-tag { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff; font-size: 0.85em; font-weight: 600; white-space: nowrap; }
.two-columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 22px; align-items: start; }
.verdict-card { border: 1px solid var(--rule); border-top: 5px solid var(--ink); padding: 10px 14px; background: var(--tint); }
.verdict-card h3 { margin: 0 0 4px; }
.verdict-card dl { margin: 6px 0 0; }
.verdict-card dt { font-weight: 600; margin-top: 8px; font-size: 13px; color: var(--muted); }
.verdict-card dd { margin: 0; }
.answer { font-size: 22px; font-weight: 700; margin: 2px 0; }
.answer.yes { color: #276749; } .answer.no { color: var(--confirmed); } .answer.undecided { color: var(--muted); }
.figures { font-size: 13px; color: var(--muted); }
.graph-root { border-left: 4px solid var(--ink); padding-left: 10px; }
.root-head { font-weight: 700; }
ul.graph, ul.graph ul { list-style: none; margin: 4px 0 4px 0; padding-left: 22px; }
ul.graph { padding-left: 6px; }
li.arg { margin: 5px 0; padding: 3px 8px; border-left: 4px solid var(--twijfel); background: var(--tint); break-inside: avoid; }
li.arg.dir-voor { border-left-color: var(--voor); }
li.arg.dir-tegen { border-left-color: var(--tegen); }
li.arg.retracted .arg-text { text-decoration: line-through; color: var(--muted); }
li.arg.question { background: none; }
li.arg > ul { padding-left: 18px; }
.arg-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 2px 14px; font-size: 12.5px; color: var(--muted); }
.arg-id { font-weight: 700; color: var(--ink); }
.arg-text { margin: 1px 0; }
.arg-score { display: inline-flex; align-items: center; gap: 8px; font-size: 13px; color: var(--ink); }
details > summary { cursor: pointer; color: var(--voor); font-size: 12.5px; width: max-content; }
details.terms { font-size: 11.5px; color: var(--muted); }
details.formula { font-size: 13px; color: var(--muted); margin: 0 0 8px; }
details.formula p { max-width: 80ch; }
details.chart-data { margin-top: 6px; }
details.chart-data table { margin-top: 4px; }
details.chart-data caption { text-align: left; font-size: 12.5px; color: var(--muted); padding-bottom: 2px; }
.scores { font-variant-numeric: tabular-nums; white-space: nowrap; }
svg.gauge { width: 110px; height: 12px; flex: none; }
svg.gauge .track { fill: var(--rule); } svg.gauge .sigma { fill: var(--ink); } svg.gauge .tau { stroke: var(--confirmed); stroke-width: 2; }
.arg-score .fate { min-width: 92px; text-align: center; }
.fate { font-size: 12px; font-weight: 600; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; white-space: nowrap; }
.fate.stood { color: #276749; } .fate.fell { color: var(--confirmed); } .fate.held { color: var(--muted); } .fate.retracted { color: var(--muted); }
.quote { color: var(--muted); font-size: 0.92em; }
.rule-ref, .turn-ref { color: var(--muted); font-size: 0.9em; }
.cards { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; }
article.card { border: 1px solid #cbd5e0; border-radius: 6px; padding: 10px 14px; break-inside: avoid; page-break-inside: avoid; }
article.card h3 { margin: 0 0 6px; }
.role { font-size: 12px; font-weight: 400; color: var(--muted); }
dl.figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 4px 10px; margin: 0 0 4px; }
dl.figures dt { font-size: 11px; color: var(--muted); }
dl.figures dd { margin: 0; font-size: 17px; font-weight: 700; color: var(--ink); font-variant-numeric: tabular-nums; }
ul.plain { list-style: none; padding: 0; margin: 2px 0; font-size: 13px; }
ul.plain li { margin: 3px 0; }
section.pointers { margin-top: 12px; padding-top: 6px; border-top: 2px solid var(--ink); }
section.pointers h4 { margin-top: 2px; }
ul.pointers { list-style: none; padding: 0; margin: 4px 0 0; font-size: 14px; }
ul.pointers li { margin: 6px 0; padding: 2px 0 2px 10px; border-left: 4px solid #276749; }
ul.pointers li.work-on { border-left-color: var(--pending); }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12.5px; }
@media (max-width: 760px) { .two-columns, .cards { grid-template-columns: 1fr; } body { padding: 16px; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { background: none; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc { display: none; }
  /* On paper a closed disclosure is only its summary line; the charts' tables repeat the chart. */
  details:not([open]), details.chart-data { display: none; }
  /* A reply thread may run over a page; one argument's head, scores and words stay together. */
  li.arg { break-inside: auto; }
  .arg-head, .arg-score, .arg-text { break-inside: avoid; }
  .arg-head, .arg-score { break-after: avoid; }
  /* Each feedback card on a page of its own: a handout for that person. */
  .cards { display: block; }
  article.card { break-inside: auto; page-break-inside: auto; border: none; padding: 0; }
  article.card + article.card { break-before: page; }
  article.card li, dl.figures { break-inside: avoid; }
  h2 { break-after: avoid; margin-top: 18px; }
  h3, h4 { break-after: avoid; }
  section.statement, section#fallacies, section#feedback { break-before: page; }
  figure, .verdict-card, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .cards { gap: 10px; }
  h1 { font-size: 18pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 4px; }
  table.overview td:first-child { min-width: 0; }
  table.overview td { font-size: 8.5pt; }
}
)css";

}  // namespace

std::string report_stylesheet() { return palette_variables() + std::string(rules); }

}  // namespace lagerhuis::report
