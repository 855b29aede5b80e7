// A self-signed certificate for the TLS end-to-end tests (e2e_tls.mjs, e2e_proxy.mjs),
// made with the openssl command; and node run again trusting it.
import { spawnSync } from 'node:child_process';

// For 127.0.0.1 and localhost, its own CA, so node can trust it (NODE_EXTRA_CA_CERTS).
export function makeCertificate(certFile, keyFile) {
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
        '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
}

// Node reads its extra CAs and enables WebSocket (Node 20) only at start: makes the
// certificate and runs this script again with both, then exits with its status. Returns
// only in the run that trusts `certFile`.
export function trustingCertificate(certFile, keyFile) {
    if (process.env.NODE_EXTRA_CA_CERTS === certFile) return;
    makeCertificate(certFile, keyFile);
    const again = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)],
        { stdio: 'inherit', env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile } });
    process.exit(again.status ?? 1);
}
