// A scripted training day (issue #15, "Done when"): the facilitator's laptop runs the
// lead console (`lagerhuis host`, 1366×768, under Xvfb), which hosts the session; twelve
// participants join by code in headless Chromium (six phones of 390×844, six laptops of
// 1366×768); a co-facilitator over a WebSocket makes the facilitator's moves. Two
// statements, each: everyone sits, three turns with hands raised and the floor given,
// some cross the floor, a poll that everyone votes in, closed; then the trainer's report
// (`lagerhuis export --format html`) and the figures (`lagerhuis analyze session`) from
// the session file must say what happened.
//
//   LAGERHUIS_BINARY=build/dev/cli/lagerhuis node tests/web/training_day.mjs --out out/training-day
//
// Needs Xvfb (it starts its own displays), Debian's Chromium and playwright-core. Prints
// one line per check, exits 0 only when all hold. Leaves in --out: console-*.png (the
// lead console's window at moments of the day), snapshot-*.png/.txt (a co-facilitator
// console's screen and layout dump; -projector: its projector window), phone-*.png and
// laptop-*.png, report.html and report-*.png, the session file and the logs.
// Sections: [setup] [people] [steps] [report] [main].
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CHROMIUM_ARGS, Facilitator, WAIT_MS, describeAnswer, everyPage, expectTrue, expectValue, loadPlaywright,
    newParticipant, nl, record, repo, report, sleep,
} from './e2e_harness.mjs';
import {
    SCREEN, checkDump, consoleSnapshot, leadScreenshot, startDisplay, startLeadConsole, stopProcess,
} from './training_day_console.mjs';

// [setup]
// Node 20 has a WebSocket only behind a flag (22 has it always): run again with the flag.
if (typeof WebSocket === 'undefined') {
    const again = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exit(again.status ?? 1);
}
const outArg = process.argv.indexOf('--out');
const binary = process.env.LAGERHUIS_BINARY;
const outDir = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : undefined;
if (!binary || !outDir) {
    console.error('usage: LAGERHUIS_BINARY=/path/lagerhuis node tests/web/training_day.mjs --out DIR');
    process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
// What an earlier run left (a failure.png of then) must not pass for this run's.
for (const file of fs.readdirSync(outDir)) if (/\.(png|txt|html)$/.test(file)) fs.rmSync(path.join(outDir, file));

// [people]
// Phones and laptops in turn; index = position in this list.
const PEOPLE = [
    'Anna de Vries', 'Bram Oosterhof', 'Chris Jansen', 'Dana Visser', 'Eva Smit', 'Femke Bakker',
    'Gert Mulder', 'Hans Bos', 'Iris de Jong', 'Jan Peters', 'Kees Dekker', 'Lotte Meijer',
].map((name, index) => ({ name, device: index % 2 === 0 ? 'phone' : 'laptop' }));
const v = 'voor';
const t = 'tegen';
const d = 'twijfel';

// Each statement: where everyone sits first, the turns (hands raised before the floor is
// given, who gets it, who crosses to where during it, whether the console is
// photographed then), and everyone's ballot.
const DAY = [
    {
        text: 'De gemeente laat inwoners zelf de helft van het wijkbudget verdelen.',
        seats: [v, t, v, t, d, v, t, d, v, t, d, v],
        turns: [
            { hands: [0, 1, 8], floor: 0, cross: [[4, v]] },
            { hands: [6], floor: 1, cross: [[7, t], [2, d]], snapshot: 'snapshot-turn' },
            { hands: [], floor: 8, cross: [], lower: [6] },
        ],
        ballots: [v, t, v, t, v, v, t, t, v, t, d, v],
    },
    {
        text: 'Elke inspraakavond begint met een Lagerhuisdebat.',
        seats: [t, t, v, v, d, t, v, v, d, t, v, d],
        turns: [
            { hands: [3, 5, 10], floor: 3, cross: [[11, v]] },
            { hands: [9], floor: 5, cross: [[4, t]] },
            { hands: [], floor: 10, cross: [], lower: [9] },
        ],
        ballots: [t, t, v, v, t, t, v, d, d, t, v, v],
        snapshotAfterPoll: 'snapshot-poll',
    },
];

const tally = (sides) => ({ voor: sides.filter((s) => s === v).length, tegen: sides.filter((s) => s === t).length,
    twijfel: sides.filter((s) => s === d).length });
const pollResult = async (p) => {
    const shown = Object.fromEntries(await p.page.locator('#poll .result-row').evaluateAll((rows) =>
        rows.map((row) => [row.dataset.side, Number(row.querySelector('.result-count').textContent)])));
    return { voor: shown.voor, tegen: shown.tegen, twijfel: shown.twijfel };
};
const pressed = (p) => p.page.locator('.bench[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.dataset.side));

async function everyPageShows(what, pages, probe, expected) {
    for (const p of pages) await expectValue(`${p.name}: ${what}`, () => probe(p), expected);
}

// [steps]
async function joinEveryone(day) {
    // One after the other, as people come in: twelve pages loading at once on two cores
    // can take longer than a page is given. Reduced motion (the page's own setting for it)
    // keeps twelve clock bars from animating without end in software rendering.
    day.pages = [];
    for (const { name, device } of PEOPLE)
        day.pages.push(await newParticipant(day.browser, day.base, name, device, { reducedMotion: 'reduce' }));
    await Promise.all(day.pages.map((p) => p.join()));
    record(true, 'twelve participants joined by code (six phones of 390×844, six laptops of 1366×768)');
    day.ids = await Promise.all(PEOPLE.map(({ name }) => day.facilitator.participantId(name)));
    await everyPageShows('twelve are present', day.pages, (p) => p.text('#room-line'),
        nl('web.benches.present', { present: PEOPLE.length, hands: 0 }));
}

// Everyone takes the seat of the plan from the banner that asks them to.
async function sitDown(day, statement, number) {
    const { pages } = day;
    const heading = nl(number === 1 ? 'web.seat_banner.first' : 'web.seat_banner.next', { number });
    await everyPageShows('the banner asks to sit', pages, (p) => p.text('#banner-seat-heading'), heading);
    await Promise.all(pages.map((p, i) => p.page.locator(`#banner-seat .seat-choice[data-side="${statement.seats[i]}"]`).click()));
    day.seats = [...statement.seats];
    await everyPageShows(`statement ${number}: the benches count everyone`, pages, (p) => p.counts(), tally(day.seats));
    for (const [i, p] of pages.entries())
        await expectValue(`${p.name} sees her own seat`, () => pressed(p), [day.seats[i]], 2000);
}

async function turn(day, plan, number, statementIndex) {
    const { pages, facilitator } = day;
    for (const who of plan.hands) {
        await pages[who].page.locator('#hand-button').click();
        day.queue.push(who);
        await expectValue(`${pages[who].name} raises her hand and is ${day.queue.length}e in the queue`,
            () => pages[who].text('#hand-status'), nl('web.hand.place', { place: day.queue.length }));
    }
    record(day.queue[0] === plan.floor, `turn ${number}: the first hand up gets the floor`, `${day.queue} / ${plan.floor}`);
    const answer = await facilitator.command('give_floor', { participant: day.ids[plan.floor], override_reason: '' });
    record(answer.type === 'ack', `turn ${number}: the floor goes to ${PEOPLE[plan.floor].name}`, describeAnswer(answer));
    day.queue = day.queue.filter((who) => who !== plan.floor);
    const name = PEOPLE[plan.floor].name;
    for (const [i, p] of pages.entries())
        await expectValue(`turn ${number}: ${p.name} sees ${name} speaking`, () => p.text('#live-speaker'),
            i === plan.floor ? nl('web.turn.you', { name }) : name);
    for (const [i, who] of day.queue.entries())
        await expectValue(`${pages[who].name} moved up to ${i + 1}e`, () => pages[who].text('#hand-status'),
            nl('web.hand.place', { place: i + 1 }));
    for (const [who, side] of plan.cross) {
        await pages[who].page.locator(`.bench[data-side="${side}"]`).click();
        day.crossings.push({ statement: statementIndex + 1, participant: day.ids[who], from: day.seats[who], to: side });
        day.seats[who] = side;
    }
    if (plan.cross.length > 0)
        await everyPageShows(`turn ${number}: the benches show who crossed`, pages, (p) => p.counts(), tally(day.seats));
    for (const who of plan.lower ?? []) {
        await pages[who].page.locator('#hand-button').click();
        day.queue = day.queue.filter((w) => w !== who);
        await expectValue(`${pages[who].name} lowers her hand`, () => pages[who].text('#hand-button'), nl('web.hand.raise'));
    }
    if (plan.snapshot) await photographTurn(day, plan, statementIndex);
}

// The console at 1366×768 while a turn runs and hands wait: the running turn's controls
// and the queue drawn, nothing cut. The lead's own window at the same moment.
async function photographTurn(day, plan, statementIndex) {
    await leadScreenshot(day.lead, outDir, 'console-turn.png');
    const dump = await consoleSnapshot(binary, day.port, day.snapDisplay, outDir, plan.snapshot);
    const waiting = day.queue.map((who) => PEOPLE[who].name);
    checkDump('the console during a turn', dump.console, 'Lagerhuis console', [
        `text ${DAY[statementIndex].text}`, 'button Pauzeer (P)', 'button Beëindig beurt (E)', /^button Geef het woord/,
        `text ${nl('console.floor.queue.heading', { count: waiting.length })}`,
        ...waiting.map((name) => new RegExp(`^(text|option|button) ${name}`)),
        new RegExp(`^text ${PEOPLE[plan.floor].name}`), /^text \+?[0-9]:[0-9]{2}$/,
        ...Object.entries(tally(day.seats)).map(([side, count]) => `text ${nl(`side.${side}`)} ${count}`),
    ]);
}

async function poll(day, statement, number) {
    const { pages, facilitator } = day;
    let answer = await facilitator.command('open_poll', {});
    record(answer.type === 'ack', `statement ${number}: the facilitator opens a poll`, describeAnswer(answer));
    for (const p of pages) await expectTrue(`${p.name} sees the poll banner in view`, () => p.inView('#banner-poll'));
    await pages[0].screenshot(outDir, `phone-poll-${number}.png`);
    await pages[1].screenshot(outDir, `laptop-poll-${number}.png`);
    await Promise.all(pages.map((p, i) => p.page.locator(`#banner-poll .ballot[data-side="${statement.ballots[i]}"]`).click()));
    const cast = nl('web.poll.ballots', { ballots: PEOPLE.length });
    for (const [i, p] of pages.entries())
        await expectValue(`${p.name} sees her ballot and that all twelve voted`, () => p.text('#poll-line'),
            `${nl('web.poll.your_ballot', { side: statement.ballots[i] })} · ${cast}`);
    answer = await facilitator.command('close_poll', {});
    record(answer.type === 'ack', `statement ${number}: the facilitator closes the poll`, describeAnswer(answer));
    await everyPageShows(`statement ${number}: the poll's tallies equal the ballots cast`, pages, pollResult, tally(statement.ballots));
    await pages[0].page.locator('#poll').scrollIntoViewIfNeeded();
    await pages[0].screenshot(outDir, `phone-result-${number}.png`);
    if (!statement.snapshotAfterPoll) return;
    await leadScreenshot(day.lead, outDir, 'console-poll.png');
    const dump = await consoleSnapshot(binary, day.port, day.snapDisplay, outDir, statement.snapshotAfterPoll, { projector: true });
    checkDump('the console after the poll', dump.console, 'Lagerhuis console', [`text ${statement.text}`]);
    const counts = tally(statement.ballots);
    checkDump('the projector after the poll', dump.projector, 'Projector', [
        `text ${nl('console.projector.poll_result')}`, `text ${statement.text}`,
        ...Object.values(counts).map((count) => new RegExp(`^text .*\\b${count}\\b`)),
    ]);
}

async function statementDay(day, statement, index) {
    const number = index + 1;
    if (index > 0) {
        const answer = await day.facilitator.command('open_statement', { statement: number });
        record(answer.type === 'ack', `the facilitator opens statement ${number}`, describeAnswer(answer));
    }
    await everyPageShows(`statement ${number} is shown`, day.pages, (p) => p.text('#statement-text'), statement.text);
    await sitDown(day, statement, number);
    day.opening.push(tally(day.seats));
    for (const [i, plan] of statement.turns.entries()) await turn(day, plan, `${number}.${i + 1}`, index);
    await day.pages[2].screenshot(outDir, `phone-turn-${number}.png`);
    await day.pages[3].screenshot(outDir, `laptop-turn-${number}.png`);
    await poll(day, statement, number);
    day.closing.push(tally(day.seats));
    const answer = await day.facilitator.command('close_statement', {});
    record(answer.type === 'ack', `the facilitator closes statement ${number}`, describeAnswer(answer));
}

// [report]
// The trainer's outputs from the session file: the figures must be the day's, and the
// HTML report is looked at in Chromium as a trainer opens it.
async function trainerReport(day) {
    const json = JSON.parse(execFileSync(binary, ['analyze', 'session', day.lead.session, '--assets', path.join(repo, 'assets')],
        { encoding: 'utf8' }));
    for (const [i, statement] of json.statements.entries()) {
        const made = day.crossings.filter((c) => c.statement === i + 1);
        record(statement.crossings === made.length, `statement ${i + 1}: the report counts the ${made.length} crossings made`,
            `${statement.crossings}`);
        record(JSON.stringify(statement.opening) === JSON.stringify(day.opening[i]),
            `statement ${i + 1}: the opening position is where everyone sat first`, JSON.stringify(statement.opening));
        record(JSON.stringify(statement.closing) === JSON.stringify(day.closing[i]),
            `statement ${i + 1}: the closing position is where everyone sat last`, JSON.stringify(statement.closing));
        const ballots = statement.polls.map((p) => p.ballots);
        record(JSON.stringify(ballots) === JSON.stringify([tally(DAY[i].ballots)]),
            `statement ${i + 1}: the report's poll equals the ballots cast`, JSON.stringify(ballots));
    }
    const crossings = json.crossings.map((c) => ({ statement: c.statement, participant: c.participant, from: c.from, to: c.to }));
    record(JSON.stringify(crossings) === JSON.stringify(day.crossings), 'the report lists each crossing: who, from where, to where',
        JSON.stringify(crossings));

    const html = path.join(outDir, 'report.html');
    fs.rmSync(html, { force: true });
    execFileSync(binary, ['export', day.lead.session, '--format', 'html', '-o', html, '--assets', path.join(repo, 'assets')]);
    const context = await day.browser.newContext({ viewport: SCREEN });
    const page = await context.newPage();
    await page.goto(pathToFileURL(html).href);
    const headings = await page.locator('h3').allInnerTexts();
    const counted = headings.filter((h) => /^Oversteken \(\d+\)$/.test(h));
    const made = DAY.map((_, i) => `Oversteken (${day.crossings.filter((c) => c.statement === i + 1).length})`);
    record(JSON.stringify(counted) === JSON.stringify(made), 'the HTML report heads each statement\'s crossings with their number',
        JSON.stringify(counted));
    const feedback = await page.locator('h3').evaluateAll((hs, names) => names.filter((n) => hs.some((h) => h.textContent === n)), PEOPLE.map((p) => p.name));
    record(feedback.length === PEOPLE.length, 'the report has a feedback card for each of the twelve', `${feedback.length}`);
    await page.screenshot({ path: path.join(outDir, 'report-top.png') });
    await page.locator('h3', { hasText: /^Oversteken/ }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(outDir, 'report-crossings.png') });
    await page.locator('h2', { hasText: /^Feedback/ }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(outDir, 'report-feedback.png') });
    await context.close();
}

// [main]
async function main() {
    const started = Date.now();
    const day = { queue: [], crossings: [], opening: [], closing: [] };
    const displays = [];
    try {
        const leadDisplay = startDisplay(outDir, 'lead', { fbdir: path.join(outDir, 'xvfb') });
        const snapDisplay = startDisplay(outDir, 'snapshot');
        displays.push(leadDisplay, snapDisplay);
        day.snapDisplay = await snapDisplay.display;
        day.lead = { ...startLeadConsole(binary, outDir, await leadDisplay.display, DAY.map((s) => s.text)),
            framebuffer: leadDisplay.framebuffer };
        day.port = await day.lead.port;
        day.base = `http://127.0.0.1:${day.port}/`;
        console.log(`lead console: ${binary} ${day.lead.args.join(' ')} -> ${day.base}`);
        const { chromium } = await loadPlaywright();
        day.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        day.facilitator = new Facilitator(`ws://127.0.0.1:${day.port}/ws`);
        await day.facilitator.connect('Gespreksleider 2');
        await joinEveryone(day);
        await leadScreenshot(day.lead, outDir, 'console-joined.png');
        for (const [index, statement] of DAY.entries()) await statementDay(day, statement, index);
        await leadScreenshot(day.lead, outDir, 'console-end.png');
        await trainerReport(day);
        for (const p of day.pages) record(p.errors.length === 0, `${p.name}'s page logged no errors`, p.errors.join(' | '));
    } catch (error) {
        record(false, 'the training day ran to its end', (error.stack ?? String(error)).split('\n').slice(0, 4).join(' '));
        for (const p of everyPage) if (p.errors.length > 0) console.log(`  ${p.name}'s page logged: ${p.errors.join(' | ')}`);
        await everyPage[0]?.page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => {});
    } finally {
        day.facilitator?.close();
        await day.browser?.close().catch(() => {});
        if (day.lead) {
            record(day.lead.child.exitCode === null, 'the lead console ran the whole day', `exit ${day.lead.child.exitCode}`);
            await stopProcess(day.lead.child);
        }
        for (const display of displays) await stopProcess(display.child);
    }
    console.log(`(the training day took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    process.exit(report() ? 0 : 1);
}

main();
