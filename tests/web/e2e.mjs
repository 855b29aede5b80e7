// End to end: a real `lagerhuis serve --demo` serving this checkout's page, three
// participants in Chromium (two phones of 390×844, a laptop of 1366×768) and a
// co-facilitator over a plain WebSocket from node.
//
//   LAGERHUIS_BINARY=build/dev/cli/lagerhuis node tests/web/e2e.mjs --out out/e2e
//
// Prints one line per check and exits 0 only when every check holds. Leaves in --out:
// host.log, phone.png, laptop.png, the training day's screenshots (phone-poll.png,
// laptop-poll.png, phone-sheet.png, ...; see e2e_training_day.mjs; take-over-*.png, see
// e2e_take_over.mjs) and failure.png when
// a step threw. The machinery (host, facilitator, browser pages, checks) is in
// e2e_harness.mjs; the steps of issue #15 ("a real training day") in e2e_training_day.mjs.
// Sections: [setup] [scenario] [main].
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
    CHROMIUM_ARGS, CODE, Facilitator, WAIT_MS, binaryAndOut, checkServedFiles, describeAnswer, eventually, everyPage, expectTrue,
    expectValue, loadPlaywright, newParticipant, nl, en, record, report, sleep, startHost, stopHost,
} from './e2e_harness.mjs';
import {
    flagSheet, nextStatement, noticesGo, ownThings, pollBanner, removal, restartHost, stickyBar, withdrawMark,
} from './e2e_training_day.mjs';
import { takeOver } from './e2e_take_over.mjs';
import { audit } from './e2e_axe.mjs';
import { keyboardWalk } from './e2e_keyboard.mjs';
import { vision } from './e2e_vision.mjs';
import { privacyNotice } from './e2e_privacy_notice.mjs';

// [setup]
// Node 20 has a WebSocket only behind a flag (22 has it always): run again with the flag.
if (typeof WebSocket === 'undefined') {
    const again = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exit(again.status ?? 1);
}

const { binary, outDir } = binaryAndOut('LAGERHUIS_BINARY=/path/lagerhuis node tests/web/e2e.mjs --out DIR');

// [scenario]
async function joinAll(browser, base) {
    const anna = await newParticipant(browser, base, 'Anna de Vries', 'phone');
    const bram = await newParticipant(browser, base, 'Bram Oosterhof', 'laptop');
    const chris = await newParticipant(browser, base, 'Chris Jansen', 'phone');
    const everyone = [anna, bram, chris];

    await expectValue('the join form takes the code from ?code=', () => anna.page.inputValue('#join-code'), CODE);
    await expectValue('the page is in Dutch by default', () => anna.text('#join-submit'), nl('web.join.submit'));
    await expectValue('the connection shows as connected', () => anna.text('#connection-text'), nl('web.status.online'));
    await audit(anna.page, 'before joining (phone)');
    await audit(bram.page, 'before joining (laptop)');
    await anna.join();
    await bram.join();
    // The code as people type it off the projector (#15): with a space, or a dash.
    await chris.page.locator('#join-code').fill(`${CODE.slice(0, 3)} ${CODE.slice(3)}`);
    await chris.join();
    record(true, 'three participants joined (two phones of 390×844, a laptop of 1366×768); Chris typed the code as "123 456"');
    await expectTrue('after joining, a banner asks Anna to choose a seat, in view on her phone', () => anna.inView('#banner-seat'));
    await expectTrue('the demo statement is shown', async () => (await anna.text('#statement-text')).length > 10);
    await expectValue('nobody speaks yet', () => anna.text('#turn-nobody'), nl('web.turn.nobody'));
    return { anna, bram, chris, everyone };
}

// Join errors are shown on the form: a taken name (refused), a wrong code (wire error).
async function joinErrors(t) {
    const { browser, base, facilitator } = t;
    const late = await newParticipant(browser, base, 'Bram Oosterhof', 'laptop');
    await late.page.locator('#join-name').fill('Bram Oosterhof');
    await late.page.locator('#join-submit').click();
    await expectValue('joining with a taken name shows the refusal', () => late.notice('join'),
        nl('name_taken', { name: 'Bram Oosterhof' }));
    await audit(late.page, 'a join refused: the name is taken');
    await late.page.locator('#join-code').fill('000000');
    await late.page.locator('#join-name').fill('Dana');
    await late.page.locator('#join-submit').click();
    await expectValue('joining with a wrong code shows the wire error', () => late.notice('join'), nl('wire.wrong_code'));
    await audit(late.page, 'a join refused: a wrong code');
    // The room locked: a join is refused with the reason.
    let answer = await facilitator.command('lock_room', { locked: true });
    record(answer.type === 'ack', 'the facilitator locks the room', describeAnswer(answer));
    await late.page.locator('#join-code').fill(CODE);
    await late.page.locator('#join-submit').click();
    await expectValue('joining a locked room shows the refusal', () => late.notice('join'), nl('room_locked'));
    await audit(late.page, 'a join refused: the room is locked');
    answer = await facilitator.command('lock_room', { locked: false });
    record(answer.type === 'ack', 'the facilitator opens the room again', describeAnswer(answer));
    await late.page.context().close();
    everyPage.splice(everyPage.indexOf(late), 1);
}

// Seats, and crossing the floor; a tap on your own bench sends nothing (#15).
async function seats(t) {
    const { anna, bram, chris, everyone, facilitator } = t;
    const base0 = await anna.counts();
    await anna.page.locator('#banner-seat .seat-choice[data-side="voor"]').click();
    await expectValue('choosing a seat in the banner closes it', () => anna.visible('#banner-seat'), false);
    await bram.page.locator('.bench[data-side="tegen"]').click();
    await chris.page.locator('.bench[data-side="twijfel"]').click();
    const seated = { voor: base0.voor + 1, tegen: base0.tegen + 1, twijfel: base0.twijfel + 1 };
    for (const p of everyone) await expectValue(`${p.name} sees the bench counts`, () => p.counts(), seated);
    await expectValue('Anna sees her own seat highlighted', () => anna.pressedBenches(), ['voor']);
    await expectValue('Bram sees his own seat highlighted', () => bram.pressedBenches(), ['tegen']);
    await chris.page.locator('.bench[data-side="voor"]').click();
    const crossed = { voor: base0.voor + 2, tegen: base0.tegen + 1, twijfel: base0.twijfel };
    for (const p of everyone) await expectValue(`${p.name} sees Chris cross the floor`, () => p.counts(), crossed);
    await expectValue('Chris sees his new seat highlighted', () => chris.pressedBenches(), ['voor']);
    // The name a screen reader and a voice user get is what is shown; the state is pressed.
    const benches = await anna.page.locator('#bench-row').ariaSnapshot();
    record(benches.includes(`button "${nl('side.voor')} ${crossed.voor} ${nl('web.benches.yours')}" [pressed]`)
        && benches.includes(`button "${nl('side.tegen')} ${crossed.tegen}"`) && !/tegen.*pressed/i.test(benches),
        'the benches are named by their visible text, with the own seat pressed', benches.replace(/\n/g, ' '));
    await expectValue('a bench describes itself in a whole sentence', () => anna.page.locator('.bench[data-side="voor"]')
        .evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')).textContent),
        nl('web.benches.button_yours', { side: 'voor', count: crossed.voor }));
    await audit(chris.page, 'seated (phone)');
    await audit(bram.page, 'seated (laptop)');

    // A tap on the bench you sit on: no command, a neutral note (not an error)
    const seatEvents = () => facilitator.events.filter((e) => e.type === 'seat_changed').length;
    const before = seatEvents();
    await anna.page.locator('.bench[data-side="voor"]').click();
    await expectValue('a tap on your own bench says where you sit', () => anna.notice('seat'),
        nl('web.benches.already_here', { side: 'voor' }));
    await expectValue('and as a neutral note, not an error', () => anna.page.getAttribute('.notice-slot[data-area="seat"] .notice', 'class'),
        'notice notice-info');
    await sleep(600);
    record(seatEvents() === before, 'a tap on your own bench sends nothing to the host', `${seatEvents() - before} seat events`);
    await anna.page.locator('.notice-slot[data-area="seat"] .notice-close').click();
    await expectValue('the note can be dismissed', () => anna.notice('seat'), '');
}

// Raised hands and the place in the queue.
async function hands(t) {
    const { anna, bram } = t;
    await anna.page.locator('#hand-button').click();
    await expectTrue('Anna is in the queue', async () => /^Je bent \d+e in de rij$/.test(await anna.text('#hand-status')));
    await bram.page.locator('#hand-button').click();
    const place = async (p) => Number(/(\d+)/.exec(await p.text('#hand-status'))?.[1]);
    await expectTrue('Bram is right behind Anna in the queue', async () => (await place(bram)) === (await place(anna)) + 1);
    const annaPlace = await place(anna);
    await expectValue('the queue place reads "je bent Ne in de rij"', () => anna.text('#hand-status'),
        nl('web.hand.place', { place: annaPlace }));
    await expectValue('the hand button offers to lower it', () => bram.text('#hand-button'), nl('web.hand.lower'));
    await audit(bram.page, 'in the queue');
}

// The facilitator gives Anna the floor; the countdown runs; an argument is appreciated.
async function floor(t) {
    const { anna, bram, chris, facilitator } = t;
    const annaId = await facilitator.participantId('Anna de Vries');
    let answer = await facilitator.command('give_floor', { participant: annaId, override_reason: '' });
    if (answer.type === 'refused' && answer.reason.code === 'must_wait')
        answer = await facilitator.command('give_floor', { participant: annaId, override_reason: 'e2e' });
    record(answer.type === 'ack', 'the facilitator gives Anna the floor', describeAnswer(answer));
    for (const p of [bram, chris]) await expectValue(`${p.name} sees Anna speaking`, () => p.text('#speaker-name'), 'Anna de Vries');
    await expectValue('Anna sees herself speaking', () => anna.text('#speaker-name'), nl('web.turn.you', { name: 'Anna de Vries' }));
    await expectValue('a screen reader tells Anna she has the floor (polite live region)',
        () => anna.text('#status-announcer'), nl('web.say.your_turn'));
    await audit(anna.page, 'speaking (you have the floor)');
    await audit(bram.page, 'listening while someone speaks');
    await expectValue('the speaker\'s side is shown', () => bram.text('#speaker-side'), nl('side.voor'));
    const clockBefore = await bram.text('#clock');
    await sleep(2200);
    const clockAfter = await bram.text('#clock');
    const seconds = (t) => { const [m, s] = t.split(':').map(Number); return m * 60 + s; };
    record(/^\d+:\d\d$/.test(clockBefore) && seconds(clockAfter) < seconds(clockBefore) && seconds(clockBefore) <= 60,
        'the countdown runs down from the turn limit', `${clockBefore} then ${clockAfter}`);

    // An argument: appreciated by Bram, and not by its own speaker
    const argumentText = 'Wie in de wijk woont, weet wat er nodig is.';
    answer = await facilitator.command('tag_argument', { turn: 0, kind: 'pro', target: 0, evidence: 'none', text: argumentText });
    record(answer.type === 'ack', 'the facilitator notes an argument', describeAnswer(answer));
    await expectValue('the argument appears on the pages', () => bram.text('.argument .argument-text'), argumentText);
    await bram.page.locator('.argument .appreciate').first().click();
    await expectValue('Bram\'s appreciation is marked', () => bram.text('.argument .argument-mark'), nl('web.arguments.marked'));
    await expectValue('the argument counts the appreciation', () => chris.text('.argument .appreciations'),
        nl('web.arguments.count', { count: 1 }));
    await ownThings(t);
    await withdrawMark(t);
}

// Bram flags a drogreden in the flag sheet, the facilitator confirms it.
async function flags(t) {
    const { bram, facilitator } = t;
    await bram.page.locator('#flag-open').click();
    await bram.page.locator('#flag-search').fill('op de man');
    await expectTrue('the search narrows the drogredenen list', async () =>
        (await bram.page.locator('#fallacy-list .fallacy').count()) >= 1
        && (await bram.page.locator('#fallacy-list .fallacy').count()) < 5);
    await bram.page.locator('#fallacy-list label[for="fallacy-ad_hominem"]').click();
    await bram.page.locator('#flag-submit').click();
    await expectValue('sending closes the sheet', () => bram.visible('#flag-sheet'), false);
    await expectValue('Bram sees his flag pending', () => bram.text('.my-flag .outcome'), nl('outcome.pending'));
    await expectValue('Bram\'s flag names the drogreden', () => bram.text('.my-flag .my-flag-name'), 'Op de man spelen');
    const flag = await facilitator.flagId(await facilitator.participantId('Bram Oosterhof'), 'ad_hominem');
    const answer = await facilitator.command('decide_flag', { flag, outcome: 'confirmed' });
    record(answer.type === 'ack', 'the facilitator confirms the flag', describeAnswer(answer));
    await expectValue('Bram sees his flag confirmed ("bevestigd")', () => bram.text('.my-flag .outcome'), nl('outcome.confirmed'));
    await expectValue('a screen reader tells Bram his flag was confirmed, naming the drogreden',
        () => bram.text('#status-announcer'), nl('web.say.flag_confirmed', { fallacy: 'Op de man spelen' }));
    await audit(bram.page, 'a flag decided');
}

// English, remembered across a reload that resumes the same identity.
async function languageAndReload(t) {
    const { bram } = t;
    await bram.page.locator('.language-option[data-language="en"]').click();
    await expectValue('the page switches to English', () => bram.text('.bench[data-side="voor"] .bench-name'), en('side.voor'));
    await audit(bram.page, 'English');
    await bram.page.reload();
    await bram.page.locator('body[data-phase="debate"]').waitFor({ timeout: WAIT_MS });
    await expectValue('after a reload the page is still English', () => bram.text('#connection-text'), en('web.status.online'));
    await expectValue('after a reload Bram is resumed with his identity', () => bram.text('#signed-in'),
        en('web.me.signed_in', { name: 'Bram Oosterhof' }));
    await expectValue('after a reload Bram still sits on his bench', () => bram.pressedBenches(), ['tegen']);
    await expectValue('after a reload Bram still sees his confirmed flag', () => bram.text('.my-flag .outcome'), en('outcome.confirmed'));
    await bram.page.locator('.language-option[data-language="nl"]').click();
    await expectValue('the page switches back to Dutch', () => bram.text('#connection-text'), nl('web.status.online'));
}

// The same participant in a second tab: bye (replaced) to the first one.
async function secondTab(t) {
    const { bram, base } = t;
    const second = await bram.page.context().newPage();
    second.setDefaultTimeout(WAIT_MS);
    await second.goto(`${base}?code=${CODE}`);
    await second.locator('body[data-phase="debate"]').waitFor();
    record(true, 'a second tab of Bram resumes with the stored token');
    await expectValue('the first tab says it was replaced', () => bram.notice('global'), nl('wire.replaced'));
    await expectValue('the first tab shows offline', () => bram.text('#connection-text'), nl('web.status.offline'));
    await sleep(1500);
    await expectValue('the first tab does not reconnect by itself', () => bram.page.getAttribute('body', 'data-connection'), 'offline');
    await second.close();
    await bram.page.locator('#reconnect').click();
    await expectValue('the first tab reconnects on request', () => bram.text('#connection-text'), nl('web.status.online'));
    await expectValue('and is back in the debate on his bench', () => bram.pressedBenches(), ['tegen']);
}

// Keyboard use, names of controls, touch targets, and the screenshots.
async function accessibility(t) {
    const { anna, bram, chris, everyone } = t;
    await chris.page.evaluate(() => window.scrollTo(0, 0));
    const { ok: reached } = await eventually(async () => {
        await chris.page.keyboard.press('Tab');
        return chris.page.evaluate(() => document.activeElement?.matches('.bench[data-side="twijfel"]') ?? false);
    }, (v) => v === true, 8000);
    record(reached, 'the benches can be reached with the Tab key');
    const outline = await chris.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    record(outline !== 'none', 'the focused button shows a visible focus ring', outline);
    await chris.page.keyboard.press('Enter');
    await expectValue('Enter on a bench crosses the floor', () => chris.pressedBenches(), ['twijfel']);

    for (const p of [anna, bram]) {
        const unnamed = await p.page.evaluate(() => [...document.querySelectorAll('button, input, select')]
            .filter((e) => e.offsetParent !== null && e.type !== 'radio')
            .filter((e) => !(e.getAttribute('aria-label') || e.labels?.[0]?.textContent.trim() || (e.tagName === 'BUTTON' && e.textContent.trim())))
            .map((e) => e.outerHTML.slice(0, 80)));
        record(unnamed.length === 0, `every control on ${p.name}'s page has a name`, unnamed.join(' | '));
    }
    const small = await anna.page.evaluate(() => [...document.querySelectorAll('button, input:not([type=radio]), select, summary, label.fallacy')]
        .filter((e) => e.offsetParent !== null)
        .map((e) => ({ what: e.id || e.className || e.tagName, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ what, box }) => `${what} ${Math.round(box.width)}x${Math.round(box.height)}`));
    record(small.length === 0, 'every touch target on the phone is at least 44 px', small.join(', '));

    await anna.page.screenshot({ path: path.join(outDir, 'phone.png'), fullPage: true });
    await bram.page.screenshot({ path: path.join(outDir, 'laptop.png'), fullPage: true });
    const sizes = await anna.page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
    record(sizes.page <= sizes.view, 'nothing sticks out sideways on the phone', JSON.stringify(sizes));
    for (const p of everyone) record(p.errors.length === 0, `${p.name}'s page logged no errors`, p.errors.join(' | '));
}

// A step that throws (an element that never came) is one failure: the next steps still
// run, so one broken thing does not hide the state of the others.
async function scenario(t) {
    Object.assign(t, await joinAll(t.browser, t.base));
    for (const step of [privacyNotice, joinErrors, seats, noticesGo, hands, floor, flags, flagSheet, keyboardWalk, stickyBar, pollBanner,
        languageAndReload, secondTab, takeOver, restartHost, accessibility, vision, nextStatement, removal]) {
        try {
            await step(t);
        } catch (error) {
            record(false, `the step '${step.name}' ran to its end`, (error.stack ?? String(error)).split('\n').slice(0, 3).join(' '));
            await t.anna.page.screenshot({ path: path.join(outDir, `failure-${step.name}.png`) }).catch(() => {});
            for (const p of t.everyone) await p.page.keyboard.press('Escape').catch(() => {});
        }
    }
}

// [main]
async function main() {
    // t.host and t.facilitator change when the scenario restarts the host.
    const t = { host: startHost(binary, outDir), facilitator: null, browser: null, binary, outDir };
    try {
        t.port = await t.host.port;
        t.base = `http://127.0.0.1:${t.port}/`;
        console.log(`host: ${binary} ${t.host.args.join(' ')} -> ${t.base}`);
        const { chromium } = await loadPlaywright();
        t.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        t.facilitator = new Facilitator(`ws://127.0.0.1:${t.port}/ws`);
        await t.facilitator.connect('Gespreksleider 2');
        record(t.facilitator.joined.role === 'co_facilitator', 'the facilitator joins as co-facilitator', t.facilitator.joined.role);
        const health = await fetch(`${t.base}health`).then((r) => r.json()).catch((e) => ({ error: e.message }));
        record(health.status === 'ok', 'GET /health answers ok', JSON.stringify(health));
        await checkServedFiles(t.base);
        await scenario(t);
    } catch (error) {
        record(false, 'the scenario ran to its end', error.stack ?? String(error));
        for (const p of everyPage)
            if (p.errors.length > 0) console.log(`  ${p.name}'s page logged: ${p.errors.join(' | ')}`);
        const page = everyPage[0]?.page;
        await page?.screenshot({ path: path.join(outDir, 'failure.png'), fullPage: true }).catch(() => {});
    } finally {
        t.facilitator?.close();
        await t.browser?.close().catch(() => {});
        const stopped = await stopHost(t.host);
        record(stopped.code === 0, 'the host stops cleanly on SIGTERM', JSON.stringify(stopped));
    }
    process.exit(report() ? 0 : 1);
}

main();

