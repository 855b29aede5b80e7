// The steps of issue #15, "a real training day", for e2e.mjs: what six participants on
// phones (390×844) and laptops (1366×768) ran into, each checked in real Chromium against
// the real host. Screenshots (viewport-sized, as a person sees them) go to --out:
// phone-scrolled.png, phone-sheet.png, laptop-sheet.png, phone-poll.png, laptop-poll.png,
// phone-offline.png, phone-next.png, laptop-summary.png, phone-removed.png.
// Sections: [notices] [own things] [sticky bar and sheet] [poll] [restart] [statements].
import {
    describeAnswer, expectTrue, expectValue, nl, record, sleep, startHost, stopHost,
} from './e2e_harness.mjs';
import { TRANSIENT_MS } from '../../assets/web/notice_policy.js';
import { audit } from './e2e_axe.mjs';

const result = async (p) => Object.fromEntries(await p.page.locator('#poll .result-row').evaluateAll((rows) =>
    rows.map((row) => [row.dataset.side, Number(row.querySelector('.result-count').textContent)])));

// [notices]
// "Je zit al bij Voor." was still there minutes later: a note goes by itself, and at
// once when the participant does something else.
export async function noticesGo(t) {
    const { anna } = t;
    await anna.page.locator('.bench[data-side="voor"]').click();
    await expectValue('the note about a tap is shown', () => anna.notice('seat'), nl('web.benches.already_here', { side: 'voor' }));
    await sleep(TRANSIENT_MS + 800);
    await expectValue(`the note goes by itself after ${TRANSIENT_MS / 1000} s`, () => anna.notice('seat'), '', 1500);
    await anna.page.locator('.bench[data-side="voor"]').click();
    await expectValue('the note is back on a new tap', () => anna.notice('seat'), nl('web.benches.already_here', { side: 'voor' }));
    await anna.page.locator('.bench[data-side="voor"]').focus();
    await anna.page.locator('#hand-button').click();
    await expectValue('and goes at once when the participant does something else', () => anna.notice('seat'), '', 1500);
    await anna.page.locator('#hand-button').click();  // lower the hand again: hands() raises it itself
    await expectValue('the hand is down again', () => anna.text('#hand-button'), nl('web.hand.raise'));
}

// [own things]
// The speaker was offered "overtuigt mij" on her own argument and the flag form for her
// own turn, both refused later: they are not offered.
export async function ownThings(t) {
    const { anna, bram } = t;
    await expectValue('Anna is offered no "Overtuigt mij" on her own argument',
        () => anna.page.locator('.argument .appreciate').first().isVisible(), false);
    await expectValue('her argument says it is hers', () => anna.text('.argument .argument-mark'), nl('web.arguments.own'));
    await expectValue('Anna, speaking, is told why she cannot flag now', () => anna.text('#flag-intro'), nl('web.flag.own_turn'));
    await expectValue('and the flag sheet cannot be opened', () => anna.page.locator('#flag-open').isDisabled(), true);
    await expectValue('Bram, listening, may flag', () => bram.page.locator('#flag-open').isDisabled(), false);
}

// "Overtuigt mij" could not be undone after a mis-tap. The page offers "Niet meer
// overtuigd"; a host without withdraw_appreciation says so instead of failing oddly.
export async function withdrawMark(t) {
    const { bram, chris } = t;
    const button = bram.page.locator('.argument .appreciate').first();
    await expectValue('a marked argument offers to take the mark back', () => button.innerText(), nl('web.arguments.withdraw'));
    await button.click();
    const unsupported = nl('web.arguments.withdraw_unsupported');
    const outcome = async () => {
        if ((await bram.notice('arguments')) === unsupported) return 'unsupported';
        return (await button.innerText()) === nl('web.arguments.appreciate') ? 'withdrawn' : 'waiting';
    };
    await expectTrue('taking the mark back is done, or the host\'s lack of it is said plainly',
        async () => (await outcome()) !== 'waiting');
    const done = await outcome();
    console.log(`     (this host ${done === 'withdrawn' ? 'knows' : 'does not know'} withdraw_appreciation)`);
    if (done === 'withdrawn') {
        await expectValue('the count goes back down for everyone', () => chris.text('.argument .appreciations'),
            nl('web.arguments.count', { count: 0 }));
        await button.click();
        await expectValue('and it can be marked again', () => bram.text('.argument .argument-mark'), nl('web.arguments.marked'));
    } else {
        await expectValue('the mark stays, as the note says', () => bram.text('.argument .argument-mark'), nl('web.arguments.marked'));
        await sleep(1200);
        record((await bram.notice('global')) === '', 'no puzzling wire error on top of the page', await bram.notice('global'));
    }
}

// [sticky bar and sheet]
// The phone page was 2,400–5,000 px tall with nothing on screen while flagging or
// voting: the speaker, the clock and the connection stay in a compact sticky bar.
export async function stickyBar(t) {
    const { anna, outDir } = t;
    const height = await anna.page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`     (Anna's phone page is ${height} px tall)`);
    await anna.scrollToBottom();
    await expectTrue('scrolled down on the phone, the bar is still at the top of the screen',
        async () => (await anna.page.evaluate(() => scrollY)) > 300 && await anna.inView('#sticky-top .topbar'));
    await expectTrue('with the speaker in view', () => anna.inView('#live-speaker'));
    await expectTrue('the clock in view', () => anna.inView('#live-clock'));
    await expectTrue('and the connection state in view', () => anna.inView('#connection'));
    const bar = await anna.page.locator('#sticky-top').boundingBox();
    record(bar.height <= 120, 'the bar is compact on a phone', `${Math.round(bar.height)} px`);
    await anna.screenshot(outDir, 'phone-scrolled.png');
}

// The 27 drogredenen sat in a scroll box inside the scrolling page: now a sheet of its
// own, the search on top, the list the only thing that scrolls, the bar above it.
export async function flagSheet(t) {
    const { chris, bram, outDir } = t;
    for (const [p, shot] of [[chris, 'phone-sheet.png'], [bram, 'laptop-sheet.png']]) {
        await p.page.locator('#flag-open').click();
        await expectTrue(`${p.name}: the flag sheet opens`, () => p.visible('#flag-sheet'));
        await expectTrue(`${p.name}: the search has the focus`, () => p.page.evaluate(() => document.activeElement?.id === 'flag-search'));
        const layout = await p.page.evaluate(() => {
            const top = (id) => document.getElementById(id).getBoundingClientRect().top;
            const list = document.getElementById('flag-sheet-body');
            return { search: top('flag-search'), list: top('flag-sheet-body'), sheet: top('flag-sheet'),
                scrolls: list.scrollHeight > list.clientHeight, count: document.querySelectorAll('#fallacy-list .fallacy').length,
                pageScrolls: getComputedStyle(document.body).overflow };
        });
        record(layout.search < layout.list && layout.search - layout.sheet < 120, `${p.name}: the search is on top of the sheet`,
            JSON.stringify(layout));
        record(layout.scrolls && layout.count >= 20, `${p.name}: the list of ${layout.count} scrolls inside the sheet`, JSON.stringify(layout));
        record(layout.pageScrolls === 'hidden', `${p.name}: the page behind does not scroll along`, layout.pageScrolls);
        await expectTrue(`${p.name}: the clock stays in view above the sheet`, () => p.inView('#live-clock'));
        await expectValue(`${p.name}: the sheet's head says whose turn it is about`, () => p.text('#flag-sheet-live'),
            nl('web.flag.sheet_turn', { name: 'Anna de Vries' }));
        await p.page.locator('#flag-sheet-body').evaluate((e) => e.scrollTo(0, e.scrollHeight));
        await expectTrue(`${p.name}: the search stays in view when the list is scrolled`, () => p.inView('#flag-search'));
        await expectTrue(`${p.name}: and so does the button`, () => p.inView('#flag-submit'));
        await p.screenshot(outDir, shot);
        await audit(p.page, `the flag dialog (${shot.split('-')[0]})`);
        await p.page.keyboard.press('Escape');
        await expectValue(`${p.name}: Escape closes the sheet`, () => p.visible('#flag-sheet'), false);
        await expectTrue(`${p.name}: the focus is back on the button that opened it`,
            () => p.page.evaluate(() => document.activeElement?.id === 'flag-open'));
    }
}

// [poll]
// A new poll went unnoticed below the fold: a banner under the bar, in view wherever
// the participant was, with the focus and an announcement, until they vote.
export async function pollBanner(t) {
    const { anna, bram, chris, everyone, facilitator, outDir } = t;
    for (const p of everyone) await p.scrollToBottom();
    await chris.page.locator('#flag-open').click();  // Chris is busy flagging when the poll opens
    let answer = await facilitator.command('open_poll', {});
    if (answer.type === 'refused' && answer.reason.code === 'poll_already_open') {
        await facilitator.command('close_poll', {});
        answer = await facilitator.command('open_poll', {});
    }
    record(answer.type === 'ack', 'the facilitator opens a poll', describeAnswer(answer));
    for (const p of everyone) {
        await expectTrue(`${p.name} sees the poll banner in view, though scrolled down`, () => p.inView('#banner-poll'));
        await expectTrue(`${p.name}: with its ballot buttons in view`, () => p.inView('#banner-poll .ballot[data-side="tegen"]'));
        await expectTrue(`${p.name}: the focus moved to the banner`, () => p.focusWithin('#banner-poll'));
        await expectTrue(`${p.name}: it is announced`, async () =>
            (await p.page.locator('#announcer').textContent()).includes(nl('web.poll.question')));
    }
    await expectValue('the flag sheet made way for the poll', () => chris.visible('#flag-sheet'), false);
    await anna.screenshot(outDir, 'phone-poll.png');
    await audit(anna.page, 'a poll open (phone)');
    await audit(bram.page, 'a poll open (laptop)');
    await bram.screenshot(outDir, 'laptop-poll.png');
    await sleep(1500);
    await expectTrue('the banner stays until voted', () => anna.inView('#banner-poll'));
    await anna.page.locator('#banner-poll .ballot[data-side="voor"]').click();
    await bram.page.locator('#banner-poll .ballot[data-side="tegen"]').click();
    await chris.page.locator('#banner-poll .ballot[data-side="tegen"]').click();
    for (const p of everyone) await expectValue(`${p.name}: voting closes the banner`, () => p.visible('#banner-poll'), false);
    await expectValue('Anna sees her own ballot and the number of votes', () => anna.text('#poll-line'),
        `${nl('web.poll.your_ballot', { side: 'voor' })} · ${nl('web.poll.ballots', { ballots: 3 })}`);
    await expectValue('the card offers to change the vote', () => anna.visible('#ballot-row'), true);
    await audit(anna.page, 'after voting');
    answer = await facilitator.command('close_poll', {});
    record(answer.type === 'ack', 'the facilitator closes the poll', describeAnswer(answer));
    for (const p of everyone) await expectValue(`${p.name} sees the poll result`, () => result(p), { voor: 1, twijfel: 0, tegen: 2 });
    await audit(anna.page, 'a poll closed, with its result');
    await expectValue('the ballot buttons are gone after the poll', () => chris.visible('#ballot-row'), false);
}

// [restart]
// After a normal stop and start of the host every page waited for a tap on "Opnieuw
// verbinden". Now they come back by themselves; a tap made meanwhile says at once what
// it will do, and is done once the host is back.
export async function restartHost(t) {
    const { anna, bram, everyone, outDir } = t;
    for (const p of everyone) await p.page.evaluate(() => window.scrollTo(0, 0));
    t.facilitator.close();
    const stopped = await stopHost(t.host);
    record(stopped.code === 0, 'the host stops on SIGTERM (the console closed)', JSON.stringify(stopped));
    const stoppedText = `${nl('wire.host_stopping')} ${nl('web.status.will_reconnect')}`;
    for (const p of everyone) {
        await expectValue(`${p.name} is told the session stopped and that the page comes back by itself`,
            () => p.notice('global'), stoppedText);
        await expectValue(`${p.name}: no tap on "Opnieuw verbinden" is asked for`, () => p.visible('#reconnect'), false);
    }
    await bram.page.locator('.bench[data-side="twijfel"]').click();
    const queued = nl('web.queued.line', { actions: nl('web.queued.take_seat', { side: 'twijfel' }) });
    await expectValue('a tap while offline says what it will do, before it is sent', () => bram.text('#queued'), queued);
    await expectTrue('in view', () => bram.inView('#queued'));
    await anna.page.locator('.bench[data-side="tegen"]').click();
    await expectValue('Anna\'s tap waits too', () => anna.text('#queued'),
        nl('web.queued.line', { actions: nl('web.queued.take_seat', { side: 'tegen' }) }));
    await anna.screenshot(outDir, 'phone-offline.png');
    await audit(anna.page, 'reconnecting (the host is down, a tap waiting)');
    await anna.page.locator('.bench[data-side="voor"]').click();
    await expectValue('a tap back on her own bench takes the waiting move back', () => anna.visible('#queued'), false);
    await sleep(2500);
    t.host = startHost(t.binary, outDir, { port: t.port, again: true });
    const port = await t.host.port;
    record(port === t.port, 'the host starts again on the same file and port', `${port}`);
    const started = Date.now();
    for (const p of everyone)
        await expectValue(`${p.name}'s page reconnects by itself`, () => p.text('#connection-text'), nl('web.status.online'), 20000);
    console.log(`     (every page was back ${((Date.now() - started) / 1000).toFixed(1)} s after the host started listening)`);
    await t.facilitator.resume(`ws://127.0.0.1:${port}/ws`);
    // The refused connections while the host was down are what a restart looks like.
    for (const p of everyone) p.errors = p.errors.filter((error) => !error.includes('ERR_CONNECTION_REFUSED'));
    await expectValue('the tap made offline is done: Bram sits on Twijfel', () => bram.pressedBenches(), ['twijfel']);
    await expectValue('and the queue line is gone', () => bram.visible('#queued'), false);
    await expectValue('Anna\'s second tap changed nothing, as the line said', () => anna.pressedBenches(), ['voor']);
    await expectValue('the stop notice is gone once back', () => anna.notice('global'), '');
    await bram.page.locator('.bench[data-side="tegen"]').click();
    await expectValue('Bram goes back to Tegen', () => bram.pressedBenches(), ['tegen']);
}

// [statements]
// The poll result vanished with its statement; the next statement reset every seat
// without a word; the summary's "Keer overtuigend gevonden" was read as "marks I gave".
export async function nextStatement(t) {
    const { anna, bram, everyone, outDir } = t;
    let answer = await t.facilitator.command('close_statement', {});
    record(answer.type === 'ack', 'the facilitator closes the statement', describeAnswer(answer));
    for (const p of everyone)
        await expectValue(`${p.name} still sees the poll result after the statement closed`, () => result(p),
            { voor: 1, twijfel: 0, tegen: 2 });
    await expectValue('the benches say why they cannot be used now', () => anna.text('#benches-hint'), nl('web.benches.no_statement'));
    const row = (p, field) => p.page.locator(`#summary-list [data-field="${field}"]`).evaluate(
        (e) => [e.querySelector('dt').textContent, e.querySelector('dd').textContent]).catch(() => null);
    await expectValue('Bram\'s summary counts the mark he gave', () => row(bram, 'appreciations_given'),
        [nl('web.summary.appreciations_given'), '1']);
    await expectValue('and says the other count is about marks received', () => row(bram, 'appreciations_received'),
        [nl('web.summary.appreciations_received'), '0']);
    await expectValue('Anna\'s summary counts the mark she received', () => row(anna, 'appreciations_received'),
        [nl('web.summary.appreciations_received'), '1']);
    await bram.page.locator('#summary').scrollIntoViewIfNeeded();
    await bram.screenshot(outDir, 'laptop-summary.png');
    answer = await t.facilitator.command('open_statement', { statement: 2 });
    record(answer.type === 'ack', 'the facilitator opens the next statement', describeAnswer(answer));
    for (const p of everyone) {
        await expectTrue(`${p.name} is asked to sit again, in view`, () => p.inView('#banner-seat'));
        await expectValue(`${p.name}: the banner says so`, () => p.text('#banner-seat-heading'),
            nl('web.seat_banner.next', { number: 2 }));
        await expectTrue(`${p.name}: with the focus on it`, () => p.focusWithin('#banner-seat'));
    }
    await expectValue('nobody sits yet', () => anna.pressedBenches(), []);
    await anna.screenshot(outDir, 'phone-next.png');
    for (const [p, side] of [[anna, 'voor'], [bram, 'tegen']]) {
        await p.page.locator(`#banner-seat .seat-choice[data-side="${side}"]`).click();
        await expectValue(`${p.name} sits again from the banner`, () => p.pressedBenches(), [side]);
    }
    await expectValue('the old poll result is gone with the new statement', () => anna.visible('#poll'), false);
}

// A removed participant still saw a fully active page.
export async function removal(t) {
    const { chris, outDir } = t;
    const id = await t.facilitator.participantId('Chris Jansen');
    const answer = await t.facilitator.command('remove_participant', { participant: id });
    record(answer.type === 'ack', 'the facilitator removes Chris', describeAnswer(answer));
    await expectTrue('Chris is told he was removed, in view', () => chris.inView('#banner-removed'));
    await expectValue('and what he can do', () => chris.text('#banner-removed-text'), nl('web.removed.text', { name: 'Chris Jansen' }));
    await expectTrue('the banner offers to sign out on this device', () => chris.visible('#banner-removed #removed-sign-out'));
    for (const [what, selector] of [['benches', '#bench-row'], ['hand', '#hand-button'], ['flag form', '#flag-open'],
        ['seat banner', '#banner-seat']])
        await expectValue(`a removed participant is offered no ${what}`, () => chris.visible(selector), false);
    await expectTrue('but still sees the statement', () => chris.visible('#statement-text'));
    await chris.screenshot(outDir, 'phone-removed.png');
    await audit(chris.page, 'removed');
}
