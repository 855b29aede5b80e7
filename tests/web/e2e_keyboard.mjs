// Issue #20, keyboard only: a new participant (Dirk, laptop) joins, sits, crosses, votes,
// raises a hand, marks an argument convincing (and takes the mark back: a mis-tap undone)
// and flags a drogreden with Tab, Shift+Tab, Enter, Space and Escape alone (typing the
// name and the search is typing). Every stop must show a visible focus, and a batch
// arriving while a control has the focus must leave it there.
// Runs while Anna has the floor with one argument noted, before the poll of pollBanner.
import { describeAnswer, expectTrue, expectValue, everyPage, newParticipant, nl, record, sleep } from './e2e_harness.mjs';

const MAX_TABS = 80;

// Presses Tab (or Shift+Tab) until `selector` has the focus; records whether every
// element passed on the way showed a focus ring (:focus-visible and an outline).
async function tabTo(p, selector, { back = false } = {}) {
    const unseen = [];
    for (let i = 0; i < MAX_TABS; i += 1) {
        await p.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        const at = await p.page.evaluate((s) => {
            const e = document.activeElement;
            if (!e || e === document.body) return { body: true };
            const style = getComputedStyle(e);
            return { here: e.matches(s), seen: e.matches(':focus-visible') && style.outlineStyle !== 'none'
                && parseFloat(style.outlineWidth) >= 2, what: e.id || e.className || e.tagName };
        }, selector);
        if (!at.body && !at.seen) unseen.push(at.what);
        if (at.here) {
            record(unseen.length === 0, `keyboard: ${selector} reached with ${back ? 'Shift+Tab' : 'Tab'}, every stop with a visible focus`,
                unseen.join(', '));
            return;
        }
    }
    throw new Error(`${selector} not reached with ${MAX_TABS} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

const focused = (p) => p.page.evaluate(() => {
    const e = document.activeElement;
    return e && e !== document.body ? (e.id || `${e.className}[${e.dataset.side ?? ''}]`) : 'body';
});

export async function keyboardWalk(t) {
    const { bram, facilitator } = t;
    const dirk = await newParticipant(t.browser, t.base, 'Dirk Smit', 'laptop');
    const { page } = dirk;
    await tabTo(dirk, '#join-name');
    await page.keyboard.type('Dirk Smit');
    await tabTo(dirk, '#join-submit');
    await page.keyboard.press('Enter');
    await page.locator('body[data-phase="debate"]').waitFor();
    record(true, 'keyboard: Dirk joined with Tab and Enter');

    await expectTrue('keyboard: the seat banner has the focus after joining',
        () => page.evaluate(() => document.getElementById('banner-seat').contains(document.activeElement)));
    await tabTo(dirk, '#banner-seat .seat-choice[data-side="tegen"]');
    await page.keyboard.press('Space');
    await expectValue('keyboard: Space on a seat choice seats Dirk', () => dirk.pressedBenches(), ['tegen']);
    await expectTrue('keyboard: the focus is not dropped when the seat banner goes', async () => (await focused(dirk)) !== 'body');

    await tabTo(dirk, '.bench[data-side="voor"]');
    await page.keyboard.press('Enter');
    await expectValue('keyboard: Enter on a bench crosses the floor', () => dirk.pressedBenches(), ['voor']);
    // A batch from someone else's move while Dirk's focus is on a bench.
    const before = await focused(dirk);
    const count = await dirk.benchCount('twijfel');
    await bram.page.locator('.bench[data-side="twijfel"]').click();
    await expectValue('a batch arrives (Bram crosses to Twijfel)', () => dirk.benchCount('twijfel'), count + 1);
    await expectValue('keyboard: the batch leaves Dirk\'s focus where it was', () => focused(dirk), before);
    await bram.page.locator('.bench[data-side="tegen"]').click();
    await expectValue('Bram goes back to Tegen', () => bram.pressedBenches(), ['tegen']);

    let answer = await facilitator.command('open_poll', {});
    record(answer.type === 'ack', 'the facilitator opens a poll for the keyboard walk', describeAnswer(answer));
    await expectTrue('keyboard: the poll banner takes the focus',
        () => page.evaluate(() => document.getElementById('banner-poll').contains(document.activeElement)));
    await tabTo(dirk, '#banner-poll .ballot[data-side="twijfel"]');
    await page.keyboard.press('Space');
    await expectValue('keyboard: Space on a ballot votes', () => dirk.text('#poll-line'),
        `${nl('web.poll.your_ballot', { side: 'twijfel' })} · ${nl('web.poll.ballots', { ballots: 1 })}`);
    await expectValue('a screen reader hears the ballot counted, with its side',
        () => dirk.text('#status-announcer'), nl('web.say.ballot_counted', { side: nl('side.twijfel') }));
    await expectValue('keyboard: the focus goes to the same ballot on the poll card, not to the top',
        () => focused(dirk), 'ballot[twijfel]');
    answer = await facilitator.command('close_poll', {});
    record(answer.type === 'ack', 'the facilitator closes that poll', describeAnswer(answer));
    await expectTrue('keyboard: the focus is not dropped when the ballots go', async () => (await focused(dirk)) !== 'body');

    await tabTo(dirk, '#hand-button', { back: true });
    await page.keyboard.press('Enter');
    await expectTrue('keyboard: Enter raises the hand', async () => /^Je bent \d+e in de rij$/.test(await dirk.text('#hand-status')));

    await tabTo(dirk, '.argument .appreciate');
    await page.keyboard.press('Space');
    await expectValue('keyboard: Space marks the argument convincing', () => dirk.text('.argument .argument-mark'),
        nl('web.arguments.marked'));
    await expectValue('keyboard: the focus stays on the button after the batch', () => focused(dirk), 'appreciate[]');
    await page.keyboard.press('Space');
    await expectValue('keyboard: a second Space takes the mark back at once', () => page.locator('.argument .appreciate').first().innerText(),
        nl('web.arguments.appreciate'));

    await tabTo(dirk, '#flag-open');
    await page.keyboard.press('Enter');
    await expectTrue('keyboard: the flag sheet opens with the focus in its search',
        () => page.evaluate(() => document.activeElement?.id === 'flag-search'));
    await page.keyboard.type('stropop');
    await tabTo(dirk, '#fallacy-list input[type="radio"]');
    await page.keyboard.press('Space');
    await tabTo(dirk, '#flag-submit');
    await page.keyboard.press('Enter');
    await expectValue('keyboard: Enter sends the flag and closes the sheet', () => dirk.visible('#flag-sheet'), false);
    await expectValue('keyboard: the flag is pending', () => dirk.text('.my-flag .outcome'), nl('outcome.pending'));
    await expectTrue('keyboard: the focus is back on the button that opened the sheet',
        () => page.evaluate(() => document.activeElement?.id === 'flag-open'));
    await page.keyboard.press('Enter');
    await expectTrue('the sheet opens again', () => dirk.visible('#flag-sheet'));
    await page.keyboard.press('Escape');
    await expectValue('keyboard: Escape closes it', () => dirk.visible('#flag-sheet'), false);
    record(dirk.errors.length === 0, 'Dirk\'s page logged no errors', dirk.errors.join(' | '));

    // Dirk leaves (his hand down first), so the later steps count the room they expect.
    await tabTo(dirk, '#hand-button', { back: true });
    await page.keyboard.press('Enter');
    await sleep(300);
    await page.context().close();
    everyPage.splice(everyPage.indexOf(dirk), 1);
}
