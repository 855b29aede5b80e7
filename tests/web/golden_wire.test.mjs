// The page and the host share the golden wire messages (tests/data/golden/wire/*.jsonl):
// the page's decoder must accept every server line, and its encoder must write every
// client line byte for byte, so the two sides cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as protocol from '../../assets/web/protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldenDir = path.join(here, '..', 'data', 'golden', 'wire');

function goldenLines(kind) {
    const files = fs.readdirSync(goldenDir).filter((name) => name.endsWith('.jsonl'));
    for (const name of files)
        assert.ok(name.startsWith('client') || name.startsWith('server'),
            `${name}: a golden wire file must be named client*.jsonl or server*.jsonl`);
    const lines = [];
    for (const name of files.filter((file) => file.startsWith(kind))) {
        const text = fs.readFileSync(path.join(goldenDir, name), 'utf8');
        text.split('\n').forEach((line, index) => {
            if (line.trim() !== '') lines.push({ where: `${name}:${index + 1}`, line });
        });
    }
    assert.ok(lines.length > 0, `no ${kind} golden lines found in ${goldenDir}`);
    return lines;
}

// How the page itself builds each message it sends, from the golden line's values.
const participantBuilders = {
    take_seat: (body) => protocol.participantCommands.takeSeat(body.side),
    raise_hand: () => protocol.participantCommands.raiseHand(),
    lower_hand: () => protocol.participantCommands.lowerHand(),
    cast_ballot: (body) => protocol.participantCommands.castBallot(body.poll, body.choice),
    appreciate: (body) => protocol.participantCommands.appreciate(body.argument),
    flag_fallacy: (body) => protocol.participantCommands.flagFallacy(body.fallacy, body.argument, body.turn),
};
const pageBuilders = {
    hello: (m) => protocol.hello(m.client),
    join: (m) => protocol.join(m.code, m.name),
    facilitate: (m) => protocol.facilitate(m.secret, m.name),
    resume: (m) => protocol.resume(m.token, m.seq),
    ping: (m) => protocol.ping(m.client_ms),
    view_hash: () => protocol.viewHash(),
    take_over: (m) => protocol.takeOver(m.code, m.name),
    take_over_answer: (m) => protocol.takeOverAnswer(m.request, m.allow),
    command: (m) => {
        const build = participantBuilders[m.command];
        if (!build) return protocol.command(m.request_id, m.command, m.body);  // a facilitator's (e2e test)
        const { command, body } = build(m.body);
        return protocol.command(m.request_id, command, body);
    },
};

test('the page decodes every golden server message, strictly', () => {
    for (const { where, line } of goldenLines('server')) {
        const decoded = protocol.decodeServer(line, { strict: true });
        assert.ok(decoded.ok, `${where}: ${decoded.error}`);
        assert.deepEqual(decoded.message, JSON.parse(line), where);
    }
});

test('the page writes every golden client message byte for byte', () => {
    for (const { where, line } of goldenLines('client')) {
        const message = JSON.parse(line);
        const build = pageBuilders[message.type];
        assert.ok(build, `${where}: the page has no encoder for '${message.type}'`);
        assert.equal(build(message), line, where);
        assert.equal(protocol.encodeClient(message), line, `${where} (generic encoder)`);
    }
});

test('every participant command the protocol lists is in the golden client file', () => {
    const sent = new Set(goldenLines('client').map(({ line }) => JSON.parse(line)).filter((m) => m.type === 'command')
        .map((m) => m.command));
    for (const command of Object.keys(participantBuilders)) assert.ok(sent.has(command), command);
});

test('the encoder writes fields in protocol order whatever order they are given in', () => {
    const text = protocol.encodeClient({ body: { side: 'voor', participant: 0 }, command: 'take_seat', request_id: 'w-1-ab', type: 'command' });
    assert.equal(text, '{"type":"command","request_id":"w-1-ab","command":"take_seat","body":{"participant":0,"side":"voor"}}');
});

test('the encoder refuses what the host would refuse', () => {
    assert.throws(() => protocol.encodeClient({ type: 'join', code: '1' }), /name: missing/);
    assert.throws(() => protocol.encodeClient({ type: 'join', code: '1', name: 'A', extra: 1 }), /extra: unknown field/);
    assert.throws(() => protocol.command('c-1', 'take_seat', { participant: 0, side: 'misschien' }),
        /body.side: unknown value "misschien"/);
    assert.throws(() => protocol.command('c-1', 'join', { name: 'A' }), /unknown value "join"/);
    assert.throws(() => protocol.resume('t', 1.5), /seq: expected an integer/);
    assert.throws(() => protocol.encodeClient({ type: 'shout' }), /not a client message type/);
});

test('the decoder names what is wrong with a server message', () => {
    const cases = [
        ['{"type":"ack","request_id":"c-1"}', /ack: seq: missing/],
        ['{"type":"ack","request_id":"c-1","seq":"4"}', /ack: seq: expected an integer, got string/],
        ['{"type":"pong","client_ms":1,"host_ms":2,"extra":true}', /pong: extra: unknown field/],
        ['{"type":"batch","from":1,"seq":2,"view":{"room":{"voor":1}}}', /view.room.tegen: missing/],
        ['{"type":"batch","from":1,"seq":2,"view":{"turn":{"id":1}}}', /view.turn.speaker: missing/],
        ['{"type":"refused","request_id":"c","reason":{"code":"x","params":{"n":4}}}', /reason.params.n: expected a string/],
        ['{"type":"telepathy"}', /unknown message type "telepathy"/],
        ['[1,2]', /expected an object, got array/],
        ['{"type":', /not JSON/],
    ];
    for (const [text, expected] of cases) {
        const decoded = protocol.decodeServer(text, { strict: true });
        assert.equal(decoded.ok, false, text);
        assert.match(decoded.error, expected, text);
    }
});

test('the page reads a newer host leniently: unknown fields are ignored unless strict', () => {
    const text = '{"type":"pong","client_ms":1,"host_ms":2,"server_version":"2.0"}';
    assert.equal(protocol.decodeServer(text).ok, true);
    assert.equal(protocol.decodeServer(text, { strict: true }).ok, false);
});

test('a batch may clear a section with null, but not the room', () => {
    assert.equal(protocol.decodeServer('{"type":"batch","from":3,"seq":3,"view":{"turn":null,"poll":null}}').ok, true);
    assert.equal(protocol.decodeServer('{"type":"batch","from":3,"seq":3,"view":{"room":null}}').ok, false);
});
