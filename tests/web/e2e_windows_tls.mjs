// TLS of the Windows build (OpenSSL compiled for MinGW by scripts/lib/windows_openssl.sh),
// checked from Linux over loopback: `lagerhuis.exe serve --tls-cert --tls-key` under Wine
// with a self-signed certificate made here (openssl). The page's files over https://, a
// co-facilitator over wss:// whose command is acknowledged, the protocols the host agrees
// to (TLS 1.3, TLS 1.2 with a forward-secret AEAD cipher, nothing older) and plain http://
// sent on to https://. No browser: e2e_tls.mjs has the page over TLS on Linux.
//
//   LAGERHUIS_BINARY=WRAPPER node tests/web/e2e_windows_tls.mjs --out DIR
//
// WRAPPER runs lagerhuis.exe under Wine with the arguments it is given (scripts/windows_test
// writes one). Any `lagerhuis` binary passes it too.
import fs from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import {
    Facilitator, binaryAndOut, checkServedFiles, describeAnswer, record, report, startHost, stopHost,
} from './e2e_harness.mjs';
import { trustingCertificate } from './e2e_certificate.mjs';

const { binary, outDir } = binaryAndOut('LAGERHUIS_BINARY=WRAPPER node tests/web/e2e_windows_tls.mjs --out DIR');
const cert = path.join(outDir, 'cert.pem');
const key = path.join(outDir, 'key.pem');

trustingCertificate(cert, key);

// A handshake offering at most `maxVersion`: the protocol and cipher agreed, or the error.
// The client's own floor is lowered, so a refusal of TLS 1.1 is the host's.
function handshake(port, maxVersion) {
    return new Promise((resolve) => {
        const socket = tls.connect({
            host: '127.0.0.1', port, ca: fs.readFileSync(cert), minVersion: 'TLSv1', maxVersion,
            ciphers: 'DEFAULT@SECLEVEL=0',
        }, () => {
            resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().name });
            socket.end();
        });
        socket.on('error', (e) => resolve({ error: e.code ?? e.message }));
    });
}

async function checks(port) {
    const base = `https://127.0.0.1:${port}/`;
    await checkServedFiles(base);

    const facilitator = new Facilitator(`wss://127.0.0.1:${port}/ws`);
    await facilitator.connect('Gespreksleider 2');
    record(facilitator.joined.role === 'co_facilitator', 'a co-facilitator joins over wss, trusting the test CA',
        facilitator.joined.role);
    const answer = await facilitator.command('open_poll', {});
    record(answer.type === 'ack', 'its command over wss is acknowledged', describeAnswer(answer));
    facilitator.socket.close();

    const newest = await handshake(port, 'TLSv1.3');
    record(newest.protocol === 'TLSv1.3', 'the host speaks TLS 1.3', JSON.stringify(newest));
    const older = await handshake(port, 'TLSv1.2');
    record(older.protocol === 'TLSv1.2' && /^ECDHE-(ECDSA|RSA)-.*(GCM|POLY1305)/.test(older.cipher ?? ''),
        'and TLS 1.2 with a forward-secret AEAD cipher', JSON.stringify(older));
    const old = await handshake(port, 'TLSv1.1');
    record(/ALERT_PROTOCOL_VERSION/.test(old.error ?? ''), 'it refuses TLS 1.1 (its alert)', JSON.stringify(old));

    const plain = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' }).catch((e) => ({ status: e.message, headers: new Headers() }));
    record(plain.status === 308 && plain.headers.get('location')?.startsWith('https://'),
        'plain http:// on the same port is sent on to https://', `${plain.status} ${plain.headers.get('location')}`);
}

async function main() {
    const host = startHost(binary, outDir, { more: ['--tls-cert', cert, '--tls-key', key] });
    try {
        await checks(await host.port);
    } catch (e) {
        record(false, 'the checks ran to the end', e.message);
    } finally {
        await stopHost(host);
    }
    process.exit(report() ? 0 : 1);
}

await main();
