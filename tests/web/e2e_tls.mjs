// End to end over TLS: `lagerhuis serve --tls-cert --tls-key` with a self-signed
// certificate made here (openssl), a participant in Chromium on https:// (its page then
// talks wss:), and a co-facilitator from node over wss; then the certificate is renewed
// (new files and SIGHUP) while both stay connected.
//
//   LAGERHUIS_BINARY=build/dev/cli/lagerhuis node tests/web/e2e_tls.mjs --out out/e2e-tls
//
// Prints one line per check and exits 0 only when every check holds; leaves host.log,
// tls-phone.png and the certificates in --out.
import fs from 'node:fs';
import path from 'node:path';
import {
    CHROMIUM_ARGS, CODE, Facilitator, binaryAndOut, checkServedFiles, eventually, expectTrue, expectValue, loadPlaywright,
    newParticipant, nl, record, report, startHost, stopHost,
} from './e2e_harness.mjs';
import { makeCertificate, trustingCertificate } from './e2e_certificate.mjs';

const { binary, outDir } = binaryAndOut('LAGERHUIS_BINARY=/path/lagerhuis node tests/web/e2e_tls.mjs --out DIR');
const cert = path.join(outDir, 'cert.pem');
const key = path.join(outDir, 'key.pem');

trustingCertificate(cert, key);

async function renewal(t) {
    const { anna, facilitator, host } = t;
    const seatsOf = (name) => facilitator.events.filter((e) => e.type === 'seat_changed' && e.body.participant === name);
    // New files written over the old ones (as certbot does), then SIGHUP (as its deploy hook would).
    const before = fs.readFileSync(cert, 'utf8');
    makeCertificate(`${cert}.new`, `${key}.new`);
    fs.renameSync(`${key}.new`, key);
    fs.renameSync(`${cert}.new`, cert);
    host.child.kill('SIGHUP');
    await expectTrue('the host takes in the renewed certificate on SIGHUP',
        () => fs.readFileSync(path.join(outDir, 'host.log'), 'utf8').includes('TLS certificate reloaded (SIGHUP)'));
    record(fs.readFileSync(cert, 'utf8') !== before, 'the renewal wrote a new certificate');
    await anna.page.locator('.bench[data-side="tegen"]').click();
    const annaId = await facilitator.participantId('Anna de Vries');
    await expectTrue('after the renewal Anna, still connected, changes bench and the facilitator sees it',
        () => seatsOf(annaId).some((e) => e.body.side === 'tegen'));
    record(t.annaSockets.length === 0, 'her page kept its WebSocket through the renewal (opened no new one)',
        `${t.annaSockets.length} new`);
    const answer = await facilitator.command('open_poll', {});
    record(answer.type === 'ack', 'the co-facilitator, connected before the renewal, still commands over wss', answer.type);
    const fresh = await newParticipant(t.browser, t.base, 'Bram Oosterhof', 'laptop', { ignoreHTTPSErrors: true });
    await fresh.join();
    record(true, 'a new participant joins with the renewed certificate');
}

async function main() {
    const host = startHost(binary, outDir, { more: ['--tls-cert', cert, '--tls-key', key] });
    const t = { host, browser: null, facilitator: null };
    try {
        t.port = await host.port;
        t.base = `https://127.0.0.1:${t.port}/`;
        await checkServedFiles(t.base);
        const { chromium } = await loadPlaywright();
        t.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        t.facilitator = new Facilitator(`wss://127.0.0.1:${t.port}/ws`);
        await t.facilitator.connect('Gespreksleider 2');
        record(t.facilitator.joined.role === 'co_facilitator', 'the co-facilitator joins over wss, trusting the test CA');

        // A self-signed certificate: the browser is told to accept it, as a person would once.
        t.anna = await newParticipant(t.browser, t.base, 'Anna de Vries', 'phone', { ignoreHTTPSErrors: true });
        await expectValue('the page over https shows the connection as connected', () => t.anna.text('#connection-text'),
            nl('web.status.online'));
        t.annaSockets = [];
        t.anna.page.on('websocket', (socket) => t.annaSockets.push(socket.url()));
        await t.anna.join();
        record(true, 'Anna joined over https/wss');
        await t.anna.page.locator('#banner-seat .seat-choice[data-side="voor"]').click();
        const annaId = await t.facilitator.participantId('Anna de Vries');
        await expectTrue('the facilitator sees Anna sit down (her seat went over wss)', () =>
            t.facilitator.events.some((e) => e.type === 'seat_changed' && e.body.participant === annaId && e.body.side === 'voor'));
        await t.anna.screenshot(outDir, 'tls-phone.png');

        // In a context of its own: a second tab of Anna's would take her seat over.
        const typed = await (await t.browser.newContext({ ignoreHTTPSErrors: true })).newPage();
        await typed.goto(`http://127.0.0.1:${t.port}/?code=${CODE}`);
        const { ok, value } = await eventually(() => typed.url(), (url) => url.startsWith('https://'));
        record(ok, 'an address typed with http:// on the TLS port is sent to https://', value);
        await typed.close();

        await renewal(t);
    } catch (error) {
        record(false, 'the TLS scenario ran to its end', error.stack ?? String(error));
    } finally {
        t.facilitator?.close();
        await t.browser?.close().catch(() => {});
        const stopped = await stopHost(host);
        record(stopped.code === 0, 'the host stops cleanly on SIGTERM', JSON.stringify(stopped));
    }
    process.exit(report() ? 0 : 1);
}

main();
