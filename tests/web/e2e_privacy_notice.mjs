// Issue #18: the notice at the door. Before joining, the page says who is responsible,
// what is recorded (fallacies and scores too), that secret ballots keep only the result,
// who sees what, how long it is kept and the participant's rights, in the language the
// participant chose. Screenshot to --out: privacy-notice.png (a phone, before joining).
import { en, expectTrue, expectValue, everyPage, newParticipant, nl } from './e2e_harness.mjs';

const PARTS = ['who', 'recorded', 'ballots', 'seen', 'kept', 'rights'];

async function noticeReads(visitor, render, language) {
    await expectValue(`the notice at the door has its heading (${language})`, () => visitor.text('#privacy-heading'),
        render('web.privacy.heading'));
    for (const part of PARTS)
        await expectValue(`the notice says ${part} (${language})`, () => visitor.text(`#privacy-${part}`),
            render(`web.privacy.${part}`));
}

export async function privacyNotice(t) {
    const visitor = await newParticipant(t.browser, t.base, 'Nog Niet Binnen', 'phone');
    await expectTrue('the notice is shown before joining, above the join button', async () => {
        const notice = await visitor.page.locator('#privacy-notice').boundingBox();
        const button = await visitor.page.locator('#join-submit').boundingBox();
        return notice !== null && button !== null && notice.y < button.y;
    });
    await noticeReads(visitor, nl, 'Dutch');
    await expectTrue('it names drogredenen and scores among what is recorded',
        async () => /drogredenen/.test(await visitor.text('#privacy-recorded')) && /scores/.test(await visitor.text('#privacy-recorded')));
    await visitor.screenshot(t.outDir, 'privacy-notice.png');
    await visitor.page.locator('.language-option[data-language="en"]').click();
    await noticeReads(visitor, en, 'English');
    await visitor.page.context().close();
    everyPage.splice(everyPage.indexOf(visitor), 1);
}
