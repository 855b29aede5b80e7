// Issue #15: the same person on a second device got "naam al in gebruik" and no way to
// take their seat over. Now the page offers "Ben jij dit? Ga hier verder"; the person's
// connected device is asked, and says yes or no. Screenshots to --out:
// take-over-waiting.png (the new device), take-over-asked.png (the device asked).
import { expectTrue, expectValue, everyPage, newParticipant, nl, record } from './e2e_harness.mjs';

async function askToTakeOver(t, name, kind) {
    const device = await newParticipant(t.browser, t.base, name, kind);
    await device.page.locator('#join-name').fill(name);
    await device.page.locator('#join-submit').click();
    await expectValue(`a second device for ${name} is told the name is taken`, () => device.notice('join'), nl('name_taken', { name }));
    await expectValue('and is offered to go on as that person', () => device.text('#take-over-button'),
        nl('web.take_over.offer', { name }));
    await device.page.locator('#take-over-button').click();
    await expectValue('it then waits for a yes from the other device', () => device.text('#take-over-text'),
        nl('web.take_over.waiting_device', { name }));
    return device;
}

function forget(t, participant) {
    everyPage.splice(everyPage.indexOf(participant), 1);
    t.everyone.splice(t.everyone.indexOf(participant), 1);
}

export async function takeOver(t) {
    const { bram, chris } = t;
    // Someone else tries Bram's name: Bram's laptop asks him, and he says no.
    const stranger = await askToTakeOver(t, 'Bram Oosterhof', 'laptop');
    await expectTrue('Bram is asked in a banner, in view', () => bram.inView('#banner-take-over'));
    await expectValue('the banner names him', () => bram.text('#banner-take-over-heading'),
        nl('web.take_over.asked', { name: 'Bram Oosterhof' }));
    await stranger.screenshot(t.outDir, 'take-over-waiting.png');
    await bram.screenshot(t.outDir, 'take-over-asked.png');
    await bram.page.locator('#take-over-no').click();
    await expectValue('the other device is told no, on its join form', () => stranger.notice('join'),
        nl('wire.take_over_refused', { name: 'Bram Oosterhof' }));
    await expectTrue('the banner is gone from Bram\'s page', async () => !(await bram.visible('#banner-take-over')));
    await expectValue('and Bram stays connected', () => bram.text('#connection-text'), nl('web.status.online'));
    await stranger.page.context().close();
    everyPage.splice(everyPage.indexOf(stranger), 1);

    // Chris's phone is nearly flat; he goes on with a borrowed one: yes on his own phone.
    const seat = await chris.pressedBenches();
    const borrowed = await askToTakeOver(t, 'Chris Jansen', 'phone');
    await expectTrue('Chris\'s phone asks him', () => chris.inView('#banner-take-over'));
    await chris.page.locator('#take-over-yes').click();
    await borrowed.page.locator('body[data-phase="debate"]').waitFor();
    record(true, 'the borrowed phone goes on as Chris once his own phone said yes');
    await expectValue('on his own bench', () => borrowed.pressedBenches(), seat);
    await expectValue('the borrowed phone says who is signed in', () => borrowed.text('#signed-in'),
        nl('web.me.signed_in', { name: 'Chris Jansen' }));
    await expectValue('his own phone says it was replaced', () => chris.notice('global'), nl('wire.replaced'));
    await chris.page.context().close();
    forget(t, chris);
    t.chris = borrowed;
    t.everyone.push(borrowed);
}
