// The machinery of the end-to-end test (e2e.mjs): the checks and their report, the host
// process, a co-facilitator over a plain WebSocket, and participants in Chromium.
// Sections: [checks] [host] [facilitator] [browser].
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MessageCatalog } from '../../assets/web/messages.js';
import * as protocol from '../../assets/web/protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const CODE = '123456';
export const SECRET = 'geheim-1';
export const WAIT_MS = 10000;
// The page's own texts, to compare what it shows with.
const catalog = MessageCatalog.parse(fs.readFileSync(path.join(repo, 'assets', 'messages.ini'), 'utf8'));
export const nl = (key, params) => catalog.render(key, params, 'nl');
export const en = (key, params) => catalog.render(key, params, 'en');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// The binary (LAGERHUIS_BINARY) and the --out DIR a script runs with, the folder made;
// exits with `usage` when either is missing.
export function binaryAndOut(usage) {
    const index = process.argv.indexOf('--out');
    const outDir = index >= 0 ? process.argv[index + 1] : undefined;
    const binary = process.env.LAGERHUIS_BINARY;
    if (!binary || !outDir) {
        console.error(`usage: ${usage}`);
        process.exit(2);
    }
    fs.mkdirSync(outDir, { recursive: true });
    return { binary, outDir };
}

// [checks]
const failures = [];
let passed = 0;
export function record(ok, what, detail = '') {
    if (ok) passed += 1;
    else failures.push(`${what}${detail ? `: ${detail}` : ''}`);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls `probe` until it returns a value that `accept` takes; the last value otherwise.
export async function eventually(probe, accept, timeout = WAIT_MS) {
    const until = Date.now() + timeout;
    let value;
    for (;;) {
        try { value = await probe(); } catch (e) { value = `(error: ${e.message})`; }
        if (accept(value)) return { ok: true, value };
        if (Date.now() > until) return { ok: false, value };
        await sleep(100);
    }
}

// A check that waits for the page to settle: `probe` is read until it equals `expected`.
export async function expectValue(what, probe, expected, timeout) {
    const same = (value) => JSON.stringify(value) === JSON.stringify(expected);
    const { ok, value } = await eventually(probe, same, timeout);
    record(ok, what, ok ? '' : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`);
    return ok;
}

export async function expectTrue(what, probe, timeout) {
    const { ok, value } = await eventually(probe, (v) => v === true, timeout);
    record(ok, what, ok ? '' : `got ${JSON.stringify(value)}`);
    return ok;
}

// Prints the tally and what failed; true when everything held.
export function report() {
    console.log(`\n${passed} passed, ${failures.length} failed`);
    if (failures.length > 0) {
        console.log('\nWhat failed:');
        for (const failure of failures) console.log(`  - ${failure}`);
    }
    return failures.length === 0;
}

// [host]
// The host on a free port (or `port`, to start it again where the pages look for it),
// serving this checkout's page and catalog (--assets), whichever binary runs it.
// Resolves `port` from its first "listening on" line. `again` keeps the session file:
// the facilitator closing the console and opening the same file again. `more`: further
// arguments of serve (e2e_tls.mjs: the certificate).
export function startHost(binary, outDir, { port = 0, again = false, more = [] } = {}) {
    const session = path.join(outDir, 'e2e.lagerhuis');
    if (!again) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(session + suffix, { force: true });
    const log = fs.createWriteStream(path.join(outDir, 'host.log'), { flags: again ? 'a' : 'w' });
    const args = ['serve', '--port', String(port), '--bind', '127.0.0.1', '--session', session, '--demo',
        '--code', CODE, '--secret', SECRET, '--assets', path.join(repo, 'assets'), ...more];
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.on('data', (data) => log.write(data));
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const listening = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the host printed no "listening on" line within 30 s')), 30000);
        readline.createInterface({ input: child.stdout }).on('line', (line) => {
            log.write(`${line}\n`);
            const match = /listening on https?:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
            if (match) {
                clearTimeout(timer);
                resolve(Number(match[1]));
            }
        });
        child.on('error', (e) => { clearTimeout(timer); reject(e); });
        exited.then(({ code, signal }) => {
            clearTimeout(timer);
            reject(new Error(`the host exited before listening (code ${code}, signal ${signal}); see host.log`));
        });
    });
    return { child, port: listening, exited, args };
}

export async function stopHost(host) {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return host.exited;
    host.child.kill('SIGTERM');
    const result = await Promise.race([host.exited, sleep(10000).then(() => null)]);
    if (result) return result;
    host.child.kill('SIGKILL');
    return { code: null, signal: 'SIGKILL (did not stop on SIGTERM within 10 s)' };
}

// [facilitator]
// A co-facilitator over a plain WebSocket: sends commands with the page's own encoder and
// keeps the session's events, to find participant and flag ids.
export class Facilitator {
    constructor(url) {
        this.url = url;
        this.events = [];
        this.answers = new Map();
        this.waiters = [];
        this.counter = 0;
        this.joined = null;
    }

    async open(url) {
        this.socket = new WebSocket(url);
        await new Promise((resolve, reject) => {
            this.socket.onopen = resolve;
            this.socket.onerror = () => reject(new Error('the facilitator could not connect'));
        });
        this.socket.onmessage = (event) => this.receive(String(event.data));
        this.socket.send(protocol.hello('e2e'));
    }

    async connect(name) {
        await this.open(this.url);
        this.socket.send(protocol.facilitate(SECRET, name));
        const { ok } = await eventually(() => this.joined !== null && this.events.length > 0, (v) => v);
        if (!ok) throw new Error('the facilitator got no joined and snapshot');
    }

    // After a restart of the host (at `url`): the same co-facilitator, by its token, with
    // every event again.
    async resume(url) {
        this.events = [];
        await this.open(url);
        this.socket.send(protocol.resume(this.joined.token, 0));
        const { ok } = await eventually(() => this.events.length > 0, (v) => v);
        if (!ok) throw new Error('the facilitator got no snapshot after resuming');
    }

    receive(text) {
        const decoded = protocol.decodeServer(text);
        if (!decoded.ok) {
            record(false, 'the host sends only messages the protocol allows', decoded.error);
            return;
        }
        const message = decoded.message;
        if (message.type === 'joined') this.joined = message;
        if (message.type === 'snapshot' || message.type === 'batch') this.events.push(...(message.events ?? []));
        if (['ack', 'refused', 'error'].includes(message.type) && message.request_id)
            this.answers.set(message.request_id, message);
    }

    // Resolves with the host's answer (ack, refused or error) to one command.
    async command(command, body) {
        this.counter += 1;
        const requestId = `f-${this.counter}`;
        this.socket.send(protocol.command(requestId, command, body));
        const { ok, value } = await eventually(() => this.answers.get(requestId), (v) => v !== undefined);
        if (!ok) throw new Error(`no answer to ${command}`);
        return value;
    }

    async participantId(name) {
        const { ok, value } = await eventually(
            () => this.events.find((e) => e.type === 'participant_joined' && e.body.name === name)?.body.participant,
            (v) => v !== undefined);
        if (!ok) throw new Error(`no participant_joined event for ${name}`);
        return value;
    }

    async flagId(flagger, fallacy) {
        const { ok, value } = await eventually(
            () => this.events.find((e) => e.type === 'fallacy_flagged' && e.body.flagger === flagger
                && e.body.fallacy === fallacy)?.body.flag,
            (v) => v !== undefined);
        if (!ok) throw new Error(`no fallacy_flagged event for ${fallacy} by ${flagger}`);
        return value;
    }

    close() {
        this.socket?.close();
    }
}

export function describeAnswer(answer) {
    return answer.type === 'ack' ? 'ack' : `${answer.type} ${answer.reason.code} ${JSON.stringify(answer.reason.params)}`;
}

// Every file of assets/web, and the message catalog, as the page will ask for them.
export async function checkServedFiles(base) {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ini': 'text/plain' };
    const webDir = path.join(repo, 'assets', 'web');
    const files = [['/', path.join(webDir, 'index.html')], ['/messages.ini', path.join(repo, 'assets', 'messages.ini')]];
    for (const name of fs.readdirSync(webDir).filter((file) => /\.(js|css)$/.test(file)))
        files.push([`/${name}`, path.join(webDir, name)]);
    const wrong = [];
    for (const [url, file] of files) {
        const response = await fetch(new URL(url, base)).catch((e) => ({ status: e.message, headers: new Headers() }));
        const type = response.headers.get('content-type') ?? '';
        const expected = types[path.extname(file)];
        const body = response.status === 200 ? await response.text() : '';
        if (response.status !== 200) wrong.push(`${url}: status ${response.status}`);
        else if (!type.startsWith(expected)) wrong.push(`${url}: content-type ${type} (expected ${expected})`);
        else if (body !== fs.readFileSync(file, 'utf8')) wrong.push(`${url}: not the file's content`);
    }
    record(wrong.length === 0, `the host serves the page's ${files.length} files with the right types`, wrong.join('; '));
}

// [browser]
export async function loadPlaywright() {
    try {
        return await import('playwright-core');
    } catch {
        throw new Error('playwright-core is missing: run `npm install` in tests/web');
    }
}

// One participant's page, with the page's own accessible names and data-* hooks.
export class Participant {
    constructor(name, page) {
        this.name = name;
        this.page = page;
        this.errors = [];
        page.on('pageerror', (error) => this.errors.push(error.message));
        page.on('console', (message) => {
            if (message.type() === 'error') this.errors.push(message.text());
        });
    }

    text(selector) { return this.page.locator(selector).first().innerText({ timeout: 2000 }).then((t) => t.trim()); }
    visible(selector) { return this.page.locator(selector).first().isVisible(); }
    benchCount(side) { return this.text(`.bench[data-side="${side}"] .bench-count`).then(Number); }
    async counts() {
        return { voor: await this.benchCount('voor'), tegen: await this.benchCount('tegen'), twijfel: await this.benchCount('twijfel') };
    }
    async pressedBenches() {
        return this.page.locator('.bench[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.dataset.side));
    }
    notice(area) { return this.page.locator(`.notice-slot[data-area="${area}"] .notice-text`).first().innerText({ timeout: 500 }).catch(() => ''); }
    // Whether the element is shown and wholly inside the viewport (not scrolled away).
    inView(selector) {
        return this.page.locator(selector).first().evaluate((e) => {
            const box = e.getBoundingClientRect();
            return e.offsetParent !== null && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight + 0.5;
        }).catch(() => false);
    }
    focusWithin(selector) {
        return this.page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);
    }
    scrollToBottom() { return this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)); }
    screenshot(outDir, name) { return this.page.screenshot({ path: path.join(outDir, name) }); }

    async join() {
        await this.page.locator('#join-name').fill(this.name);
        await this.page.locator('#join-submit').click();
        await this.page.locator('body[data-phase="debate"]').waitFor({ timeout: WAIT_MS });
    }
}

export const everyPage = [];  // for the report when a step throws

// The screens of the training day: phones of 390×844, laptops of 1366×768.
export const DEVICES = Object.freeze({
    phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    laptop: { viewport: { width: 1366, height: 768 } },
});

// `options`: more of Playwright's context options (e.g. reducedMotion).
export async function newParticipant(browser, base, name, device, options = {}) {
    const context = await browser.newContext({ ...DEVICES[device], ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const participant = new Participant(name, page);
    everyPage.push(participant);
    await page.goto(`${base}?code=${CODE}`);
    return participant;
}
