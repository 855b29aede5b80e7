// Issue #18: an anonymous room. A real `lagerhuis serve --demo --anonymous-room` and the
// page in headless Chromium: the join form asks no name and says why, the participant
// joins with the code alone and is shown the room's name ("Deelnemer 1"), in Dutch and
// (for a second participant) in English. Screenshot to --out: anonymous-join.png.
//
//   LAGERHUIS_BINARY=build/dev/cli/lagerhuis node tests/web/e2e_anonymous_room.mjs --out out/e2e-anonymous
import path from 'node:path';
import {
    CHROMIUM_ARGS, binaryAndOut, en, everyPage, expectTrue, expectValue, loadPlaywright, newParticipant, nl, record, report,
    startHost, stopHost,
} from './e2e_harness.mjs';

const { binary, outDir } = binaryAndOut('LAGERHUIS_BINARY=/path/lagerhuis node tests/web/e2e_anonymous_room.mjs --out DIR');

async function joinWithCodeOnly(visitor) {
    await visitor.page.locator('#join-submit').click();
    await visitor.page.locator('body[data-phase="debate"]').waitFor();
}

async function scenario(browser, base) {
    const first = await newParticipant(browser, base, 'Anna Echtenaam', 'phone');
    await expectTrue('the name field is not shown', async () => !(await first.visible('#join-name')));
    await expectTrue('nor its label', async () => !(await first.visible('#join-name-label')));
    await expectValue('the form says the room gives the name (Dutch)', () => first.text('#join-anonymous'), nl('web.join.anonymous'));
    await first.screenshot(outDir, 'anonymous-join.png');
    await joinWithCodeOnly(first);
    await expectValue('after joining the page shows the room\'s name', () => first.text('#signed-in'),
        nl('web.me.signed_in', { name: 'Deelnemer 1' }));

    const second = await newParticipant(browser, base, 'Bram Echtenaam', 'laptop');
    await second.page.locator('.language-option[data-language="en"]').click();
    await expectValue('the form says the room gives the name (English)', () => second.text('#join-anonymous'),
        en('web.join.anonymous'));
    await joinWithCodeOnly(second);
    await expectValue('the second participant is Deelnemer 2', () => second.text('#signed-in'),
        en('web.me.signed_in', { name: 'Deelnemer 2' }));
    await expectTrue('no page logged an error', async () => everyPage.every((p) => p.errors.length === 0));
}

async function main() {
    const host = startHost(binary, outDir, { more: ['--anonymous-room'] });
    let browser = null;
    try {
        const base = `http://127.0.0.1:${await host.port}/`;
        console.log(`host: ${binary} ${host.args.join(' ')} -> ${base}`);
        const { chromium } = await loadPlaywright();
        browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        await scenario(browser, base);
    } catch (error) {
        record(false, 'the scenario ran to its end', error.stack ?? String(error));
        await everyPage[0]?.page.screenshot({ path: path.join(outDir, 'failure.png'), fullPage: true }).catch(() => {});
    } finally {
        await browser?.close().catch(() => {});
        const stopped = await stopHost(host);
        record(stopped.code === 0, 'the host stops cleanly on SIGTERM', JSON.stringify(stopped));
    }
    process.exit(report() ? 0 : 1);
}

main();
