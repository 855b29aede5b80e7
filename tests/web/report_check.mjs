// The trainer's report as a document (issue #20): the demo debate's HTML report, in
// Dutch and in English, opened in headless Chromium and printed to A4 PDF.
//   - axe-core finds no WCAG 2.1 A/AA violation;
//   - an outline: one h1, no heading level skipped, the landmarks header, nav, main and
//     footer; every table has header cells;
//   - every chart has a text alternative and its figures as a table one click away (a
//     disclosure in its figure, opened by the keyboard here) or right below it;
//   - printed: each chapter starts on a new A4 page, each feedback card too (a handout),
//     the contents and the disclosures are left out, and the pages go to PNG
//     (report-*-page-N.png) to be looked at.
//
//   LAGERHUIS_BINARY=build/dev/cli/lagerhuis node tests/web/report_check.mjs --out out/report
//
// Needs Debian's chromium, playwright-core and axe-core (tests/web), and poppler-utils
// (pdftotext, pdftoppm). Exits 0 only when every check holds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { audit } from './e2e_axe.mjs';
import { CHROMIUM_ARGS, en, loadPlaywright, nl, record, report } from './e2e_harness.mjs';

const outArg = process.argv.indexOf('--out');
const binary = process.env.LAGERHUIS_BINARY;
const outDir = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : undefined;
if (!binary || !outDir) {
    console.error('usage: LAGERHUIS_BINARY=/path/lagerhuis node tests/web/report_check.mjs --out DIR');
    process.exit(2);
}
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const session = path.join(outDir, 'demo.lagerhuis');
execFileSync(binary, ['demo', '-o', session], { stdio: 'pipe' });

// What the page's structure says, read in the browser.
function outline() {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    const skipped = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1).length;
    const tables = [...document.querySelectorAll('table')];
    const charts = [...document.querySelectorAll('svg[role="img"]')].map((svg) => {
        const figure = svg.closest('figure');
        const disclosure = figure?.querySelector('details.chart-data table') ?? null;
        const below = figure?.nextElementSibling?.tagName === 'TABLE';
        return { label: svg.getAttribute('aria-label') ?? '', table: !!disclosure || below };
    });
    return {
        h1: document.querySelectorAll('h1').length, skipped,
        landmarks: ['header', 'nav', 'main', 'footer'].filter((tag) => document.querySelector(`body > ${tag}`)),
        tablesWithoutHeaders: tables.filter((t) => !t.querySelector('th')).length, tables: tables.length,
        charts, lang: document.documentElement.lang,
    };
}

async function checkLanguage(browser, language, text) {
    const html = path.join(outDir, `report-${language}.html`);
    execFileSync(binary, ['export', session, '--format', 'html', '--language', language, '-o', html], { stdio: 'pipe' });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(pathToFileURL(html).href);
    await audit(page, `the trainer's report (${language})`);

    const o = await page.evaluate(outline);
    record(o.lang === language, `report ${language}: the document's language is ${language}`, o.lang);
    record(o.h1 === 1 && o.skipped === 0, `report ${language}: one h1 and no heading level skipped`, JSON.stringify(o));
    record(o.landmarks.length === 4, `report ${language}: header, nav, main and footer landmarks`, o.landmarks.join(','));
    record(o.tables > 10 && o.tablesWithoutHeaders === 0, `report ${language}: every one of the ${o.tables} tables has header cells`,
        `${o.tablesWithoutHeaders} without`);
    const bare = o.charts.filter((c) => !c.label || !c.table);
    record(o.charts.length >= 7 && bare.length === 0,
        `report ${language}: each of the ${o.charts.length} charts has a text alternative and its figures as a table`,
        JSON.stringify(bare));

    // One click away, by keyboard: focus the first disclosure's summary, press Enter.
    const summary = page.locator('details.chart-data > summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    const shown = await page.evaluate(() => {
        const table = document.querySelector('details.chart-data table');
        return table.getBoundingClientRect().height > 0 ? table.querySelectorAll('tbody tr').length : 0;
    });
    record(shown === 3, `report ${language}: Enter on the first chart's disclosure shows its table (opening, closing, poll)`,
        `${shown} rows`);
    await page.screenshot({ path: path.join(outDir, `report-${language}-top.png`) });

    // Printed on A4, as a trainer prints it (and the PDF trainers ask for).
    const cards = await page.evaluate(() => [...document.querySelectorAll('article.card h3')].map((h) => h.textContent));
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(outDir, `report-${language}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    const firstLines = pages.map((p) => p.trim().split('\n')[0].trim());
    const chapters = [text('table.fallacies'), text('report.card.heading')];
    const statement = text('table.statement', { number: 1, text: '' }).split(' ')[0];  // "Stelling"
    const statements = firstLines.filter((line) => line.startsWith(`${statement} `));
    const opensPage = chapters.filter((chapter) => firstLines.some((line) => line.startsWith(chapter)));
    record(pages.length >= 5 && statements.length >= 2 && opensPage.length === chapters.length,
        `report ${language}: printed on ${pages.length} A4 pages, each statement and chapter on a page of its own`,
        JSON.stringify(firstLines));
    const handouts = cards.slice(1).filter((name) => firstLines.includes(name));
    record(cards.length > 1 && handouts.length === cards.length - 1,
        `report ${language}: each of the ${cards.length} feedback cards prints on a page of its own, a handout`,
        `${handouts.length} of ${cards.length - 1} after the first open a page`);
    const printed = pages.join('\n');
    record(!printed.includes(text('report.chart_data.summary')) && !printed.includes(text('report.contents')),
        `report ${language}: the print leaves out the contents and the disclosures`);
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(outDir, `report-${language}-page`)]);
}

const { chromium } = await loadPlaywright();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
    await checkLanguage(browser, 'nl', nl);
    await checkLanguage(browser, 'en', en);
} catch (error) {
    record(false, 'the report check ran to its end', error.stack ?? String(error));
} finally {
    await browser.close();
}
process.exit(report() ? 0 : 1);
