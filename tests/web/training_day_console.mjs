// The facilitator's side of the scripted training day (training_day.mjs): virtual X
// displays, the lead console (`lagerhuis host`, the session's host) in a 1366×768 window,
// its frames read back from the display, and short-lived co-facilitator consoles that
// write a screenshot and a layout dump (--dump-ui) of a chosen moment.
// Sections: [display] [lead console] [snapshots] [png].
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { CODE, SECRET, record, repo, sleep } from './e2e_harness.mjs';

export const SCREEN = { width: 1366, height: 768 };
const SIZE = `${SCREEN.width}x${SCREEN.height}`;

// [display]
// Xvfb on a display number it picks itself (-displayfd: no race with other displays,
// no xauth). With `fbdir` it keeps its screen in an XWD file there, always current: a
// screenshot of the lead console at any moment, with no X client (xwd) to install.
export function startDisplay(outDir, name, { fbdir = null } = {}) {
    const args = ['-displayfd', '3', '-screen', '0', `${SIZE}x24`, '-nolisten', 'tcp', '-nocursor'];
    if (fbdir) {
        fs.mkdirSync(fbdir, { recursive: true });
        args.push('-fbdir', fbdir);
    }
    const log = fs.createWriteStream(path.join(outDir, `xvfb-${name}.log`));
    const child = spawn('Xvfb', args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    child.stderr.on('data', (data) => log.write(data));
    const display = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Xvfb (${name}) gave no display number within 15 s`)), 15000);
        let digits = '';
        child.stdio[3].on('data', (data) => {
            digits += String(data);
            if (!digits.includes('\n')) return;
            clearTimeout(timer);
            resolve(`:${digits.trim()}`);
        });
        child.on('error', (e) => { clearTimeout(timer); reject(new Error(`Xvfb could not start (${e.message}): apt-get install xvfb`)); });
        child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb (${name}) exited (code ${code}); see xvfb-${name}.log`)); });
    });
    return { child, display, framebuffer: fbdir ? path.join(fbdir, 'Xvfb_screen0') : null };
}

export async function stopProcess(child, grace = 5000) {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    if (await Promise.race([exited.then(() => true), sleep(grace).then(() => false)])) return;
    child.kill('SIGKILL');
    await exited;
}

// What a window of ours needs under Xvfb: the display, settings in a scratch folder (not
// the user's recent sessions), and no leak report for what Mesa and Xlib keep till exit.
function windowEnv(display, outDir) {
    const scratch = path.join(outDir, 'xdg');
    const asan = process.env.ASAN_OPTIONS;
    return { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: path.join(scratch, 'config'),
        XDG_DATA_HOME: path.join(scratch, 'data'), ASAN_OPTIONS: `${asan ? `${asan}:` : ''}detect_leaks=0` };
}

// [lead console]
// The facilitator's laptop: `lagerhuis host` with a new session of two statements (the
// first one opens with the session), in a window of the laptop's size. It is the host
// the participants join; resolves `port` from its "listening on" line.
export function startLeadConsole(binary, outDir, display, statements) {
    const session = path.join(outDir, 'training-day.lagerhuis');
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(session + suffix, { force: true });
    const args = ['host', session, '--port', '0', '--bind', '127.0.0.1', '--code', CODE, '--secret', SECRET,
        '--title', 'Trainingsdag Participatiekamer', ...statements.flatMap((s) => ['--statement', s]),
        '--window-size', SIZE, '--assets', path.join(repo, 'assets')];
    const log = fs.createWriteStream(path.join(outDir, 'console.log'));
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: windowEnv(display, outDir) });
    child.stderr.on('data', (data) => log.write(data));
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const port = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the console printed no "listening on" line within 30 s')), 30000);
        readline.createInterface({ input: child.stdout }).on('line', (line) => {
            log.write(`${line}\n`);
            const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
            if (match) { clearTimeout(timer); resolve(Number(match[1])); }
        });
        child.on('error', (e) => { clearTimeout(timer); reject(e); });
        exited.then(({ code, signal }) => {
            clearTimeout(timer);
            reject(new Error(`the console exited before listening (code ${code}, signal ${signal}); see console.log`));
        });
    });
    return { child, port, exited, args, session };
}

// The lead console's window as it is now. The console draws when something changed;
// `settle` gives it time to draw the last change.
export async function leadScreenshot(lead, outDir, name, settle = 800) {
    await sleep(settle);
    fs.writeFileSync(path.join(outDir, name), xwdToPng(fs.readFileSync(lead.framebuffer)));
}

// [snapshots]
// A co-facilitator's console on its own display (so it never covers the lead's window),
// for `frames` frames; writes NAME.png and NAME.txt (--dump-ui), and with `projector`
// NAME-projector.png/.txt. The console's screen is the same code on either laptop; only
// the top bar and the join tab differ. Resolves with the dump lines.
let snapshots = 0;
export async function consoleSnapshot(binary, port, display, outDir, name, { projector = false, frames = 60 } = {}) {
    snapshots += 1;
    const file = (suffix) => path.join(outDir, `${name}${suffix}`);
    const args = ['host', '--connect', `127.0.0.1:${port}`, '--secret', SECRET, '--name', `Meekijker ${snapshots}`,
        '--window-size', SIZE, '--frames', String(frames), '--screenshot', file('.png'), '--dump-ui', file('.txt'),
        '--assets', path.join(repo, 'assets')];
    if (projector)
        args.push('--projector', '--projector-screenshot', file('-projector.png'), '--projector-dump-ui', file('-projector.txt'));
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], env: windowEnv(display, outDir) });
    let stderr = '';
    child.stderr.on('data', (data) => { stderr += data; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    const { code, signal } = await new Promise((resolve) => child.on('exit', (c, s) => resolve({ code: c, signal: s })));
    clearTimeout(timer);
    if (code !== 0) throw new Error(`the co-facilitator console for ${name} failed (code ${code}, signal ${signal}): ${stderr.slice(0, 400)}`);
    const lines = (suffix) => fs.readFileSync(file(suffix), 'utf8').split('\n').filter((line) => line.length > 0);
    return { console: lines('.txt'), projector: projector ? lines('-projector.txt') : [] };
}

// The dump of one window: only that window (and a tooltip), no glyph missing, no text
// drawn wider than its place, and every line of `shows` (strings match whole lines,
// regular expressions any line).
export function checkDump(what, lines, window, shows) {
    const windows = lines.filter((l) => l.startsWith('window ') && !l.startsWith('window ##Tooltip_'));
    record(JSON.stringify(windows) === JSON.stringify([`window ${window}`]), `${what}: one window, ${window}`, windows.join(', '));
    const cut = lines.filter((l) => l.startsWith('cut ') || l.startsWith('missing-glyph '));
    record(cut.length === 0, `${what}: no text cut, no glyph missing`, cut.join(' | '));
    for (const expected of shows) {
        const found = lines.some((l) => (expected instanceof RegExp ? expected.test(l) : l === expected));
        record(found, `${what} shows ${expected}`, found ? '' : `not in: ${lines.filter((l) => !l.startsWith('window')).join(' | ').slice(0, 1500)}`);
    }
}

// [png]
// An XWD screen (Xvfb's -fbdir file: 32 bits a pixel, TrueColor) as a PNG.
const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(bytes) {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 255] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, tail]);
}

export function xwdToPng(xwd) {
    const field = (index) => xwd.readUInt32BE(index * 4);
    const [headerSize, , format, , width, height] = [0, 1, 2, 3, 4, 5].map(field);
    const [littleEndian, bitsPerPixel, bytesPerLine, colours] = [field(7) === 0, field(11), field(12), field(19)];
    if (format !== 2 || bitsPerPixel !== 32) throw new Error(`an XWD screen of format ${format}, ${bitsPerPixel} bits a pixel`);
    const pixels = headerSize + colours * 12;
    const row = width * 3 + 1;
    const raw = Buffer.alloc(row * height);
    for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
            const at = pixels + y * bytesPerLine + x * 4;
            const pixel = littleEndian ? xwd.readUInt32LE(at) : xwd.readUInt32BE(at);
            const out = y * row + 1 + x * 3;
            raw[out] = (pixel >>> 16) & 255;
            raw[out + 1] = (pixel >>> 8) & 255;
            raw[out + 2] = pixel & 255;
        }
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header[8] = 8;  // bits per channel
    header[9] = 2;  // RGB
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', header),
        pngChunk('IDAT', zlib.deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}
