// End to end through a reverse proxy: real nginx (run in the foreground with a config in
// --out, no system service) with deploy/nginx/lagerhuis.conf, its ports and certificate
// paths replaced, terminating TLS in front of a plain `lagerhuis serve --base-path
// /lagerhuis`; a participant in
// Chromium joins through it over https/wss, a co-facilitator from node over wss.
//
//   LAGERHUIS_BINARY=build/dev/cli/lagerhuis node tests/web/e2e_proxy.mjs --out out/e2e-proxy
//
// Prints one line per check and exits 0 only when every check holds; leaves host.log,
// nginx/ (its config and logs) and proxy-phone.png in --out.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
    CHROMIUM_ARGS, Facilitator, binaryAndOut, eventually, expectTrue, loadPlaywright, newParticipant, record, repo,
    report, sleep, startHost, stopHost,
} from './e2e_harness.mjs';
import { trustingCertificate } from './e2e_certificate.mjs';

const { binary, outDir } = binaryAndOut('LAGERHUIS_BINARY=/path/lagerhuis node tests/web/e2e_proxy.mjs --out DIR');
const cert = path.resolve(outDir, 'cert.pem');
const key = path.resolve(outDir, 'key.pem');
trustingCertificate(cert, key);

function freePort() {
    return new Promise((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

// deploy/nginx/lagerhuis.conf as shipped, pointed at this host and certificate, inside a
// main config that keeps everything (pid, logs, temp files) in `dir`.
function nginxConfig(dir, hostPort, httpsPort, httpPort) {
    const site = fs.readFileSync(path.join(repo, 'deploy', 'nginx', 'lagerhuis.conf'), 'utf8')
        .replace('server 127.0.0.1:8080;', `server 127.0.0.1:${hostPort};`)
        .replace(/^\s*listen \[::\]:\d+( ssl)?;\n/gm, '')
        .replace('listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`)
        .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
        .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`)
        .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`);
    fs.writeFileSync(path.join(dir, 'lagerhuis.conf'), site);
    fs.writeFileSync(path.join(dir, 'nginx.conf'), `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log info;
worker_processes 1;
events { worker_connections 256; }
http {
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/lagerhuis.conf;
}
`);
    return path.join(dir, 'nginx.conf');
}

async function main() {
    const host = startHost(binary, outDir, { more: ['--base-path', '/lagerhuis'] });
    const t = { host, browser: null, facilitator: null, nginx: null };
    try {
        const hostPort = await host.port;
        const [httpsPort, httpPort] = [await freePort(), await freePort()];
        const dir = path.resolve(outDir, 'nginx');
        fs.mkdirSync(dir, { recursive: true });
        const config = nginxConfig(dir, hostPort, httpsPort, httpPort);
        t.nginx = spawn(process.env.NGINX ?? '/usr/sbin/nginx', ['-c', config, '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
        const base = `https://127.0.0.1:${httpsPort}/lagerhuis/`;
        const up = await eventually(() => fetch(`${base}health`).then((r) => r.json()).catch(() => null), (v) => v?.status === 'ok');
        record(up.ok, 'nginx with deploy/nginx/lagerhuis.conf passes /health through to the host', JSON.stringify(up.value));

        t.facilitator = new Facilitator(`wss://127.0.0.1:${httpsPort}/lagerhuis/ws`);
        await t.facilitator.connect('Gespreksleider 2');
        record(t.facilitator.joined.role === 'co_facilitator', 'the co-facilitator joins over wss through nginx (the upgrade passes)');

        const { chromium } = await loadPlaywright();
        t.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        const anna = await newParticipant(t.browser, base, 'Anna de Vries', 'phone', { ignoreHTTPSErrors: true });
        await anna.join();
        record(true, 'Anna joined through nginx over https/wss');
        await anna.page.locator('#banner-seat .seat-choice[data-side="voor"]').click();
        const annaId = await t.facilitator.participantId('Anna de Vries');
        await expectTrue('the facilitator sees Anna sit down through the proxy', () =>
            t.facilitator.events.some((e) => e.type === 'seat_changed' && e.body.participant === annaId && e.body.side === 'voor'));
        // The connection stays up past a quiet spell: no proxy timeout cuts it.
        await sleep(3000);
        const answer = await t.facilitator.command('open_poll', {});
        record(answer.type === 'ack', 'after a quiet spell the co-facilitator still commands through nginx', answer.type);
        await anna.screenshot(outDir, 'proxy-phone.png');

        const root = await fetch(`https://127.0.0.1:${httpsPort}/`, { redirect: 'manual' });
        record(root.status === 302 && root.headers.get('location')?.endsWith('/lagerhuis/'),
            'the site root sends people to /lagerhuis/', `${root.status} ${root.headers.get('location')}`);
        const folder = await fetch(`https://127.0.0.1:${httpsPort}/lagerhuis`, { redirect: 'manual' });
        record(folder.status === 308 && folder.headers.get('location') === '/lagerhuis/',
            'the host sends /lagerhuis (no slash) to /lagerhuis/', `${folder.status} ${folder.headers.get('location')}`);
        const plain = await fetch(`http://127.0.0.1:${httpPort}/lagerhuis/?code=123456`, { redirect: 'manual' });
        record(plain.status === 308 && plain.headers.get('location')?.startsWith('https://'),
            'plain http:// at nginx is sent to https://', `${plain.status} ${plain.headers.get('location')}`);
    } catch (error) {
        record(false, 'the proxy scenario ran to its end', error.stack ?? String(error));
    } finally {
        t.facilitator?.close();
        await t.browser?.close().catch(() => {});
        if (t.nginx) {
            t.nginx.kill('SIGQUIT');
            await Promise.race([new Promise((resolve) => t.nginx.on('exit', resolve)), sleep(5000)]);
            if (t.nginx.exitCode === null) t.nginx.kill('SIGKILL');
        }
        const stopped = await stopHost(host);
        record(stopped.code === 0, 'the host stops cleanly on SIGTERM', JSON.stringify(stopped));
    }
    process.exit(report() ? 0 : 1);
}

main();
