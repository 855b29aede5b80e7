// The participant's conversation with the host, driven through a fake WebSocket and fake
// timers: joining, resuming with the same identity, back-off, commands answered once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParticipantClient } from '../../assets/web/participant_client.js';
import { IdentityStore } from '../../assets/web/identity_store.js';

// [fakes]
class FakeTimers {
    constructor() { this.now = 1000; this.queue = []; this.nextId = 1; }
    setTimeout = (fn, ms) => {
        const id = this.nextId++;
        this.queue.push({ id, fn, at: this.now + ms });
        return id;
    };
    clearTimeout = (id) => { this.queue = this.queue.filter((entry) => entry.id !== id); };
    advance(ms) {
        const until = this.now + ms;
        for (;;) {
            this.queue.sort((a, b) => a.at - b.at);
            const next = this.queue[0];
            if (!next || next.at > until) break;
            this.queue.shift();
            this.now = next.at;
            next.fn();
        }
        this.now = until;
    }
    pendingDelays() { return this.queue.map((entry) => entry.at - this.now); }
}

function fakeSockets() {
    const sockets = [];
    class FakeSocket {
        constructor(url) { this.url = url; this.readyState = 0; this.sent = []; sockets.push(this); }
        send(text) { assert.equal(this.readyState, 1, 'sent on a socket that is not open'); this.sent.push(text); }
        close() { if (this.readyState < 2) { this.readyState = 3; this.onclose?.({}); } }
        // test side
        open() { this.readyState = 1; this.onopen?.({}); }
        receive(message) { this.onmessage?.({ data: JSON.stringify(message) }); }
        drop() { this.readyState = 3; this.onclose?.({}); }
        sentMessages() { return this.sent.map((text) => JSON.parse(text)); }
        sentOfType(type) { return this.sentMessages().filter((m) => m.type === type); }
    }
    return { FakeSocket, sockets };
}

function memoryStorage(initial = {}) {
    const map = new Map(Object.entries(initial));
    return { get: (k) => map.get(k) ?? null, set: (k, v) => map.set(k, v), remove: (k) => map.delete(k), map };
}

const catalog = { rules: [], fallacies: [] };
const welcome = (hostMs = 183250) => ({ type: 'welcome', protocol: 1, title: 'Participatiekamer', language: 'nl', host_ms: hostMs, catalog });
const view = {
    session: { title: 'Participatiekamer', language: 'nl', locked: false, anonymous_ballots: true },
    statement: { id: 1, text: 'S', status: 'active', number: 1, count: 1 },
    turn: null, room: { voor: 0, tegen: 0, twijfel: 0, hands: 0, present: 1 }, poll: null, arguments: [],
};
const me = { participant: 7, name: 'Anna', role: 'participant', removed: false, hand: 0, appreciated: [], flags: [],
    summary: { turns: 0, speaking_ms: 0, arguments: 0, crossings: 0, flags_confirmed: 0, flags_dismissed: 0, appreciations_received: 0 } };
const joinedMessage = { type: 'joined', participant: 7, name: 'Anna', role: 'participant', token: '7.abc' };
const snapshot = (seq) => ({ type: 'snapshot', seq, view, me });

function setup({ storage = memoryStorage(), answers = [] } = {}) {
    const timers = new FakeTimers();
    const { FakeSocket, sockets } = fakeSockets();
    const seen = [];
    let counter = 0;
    const client = new ParticipantClient({
        url: 'ws://host/ws', WebSocketImpl: FakeSocket, identities: new IdentityStore(storage),
        now: () => timers.now, timers, randomToken: () => `r${++counter}`,
        onAnswer: (entry, outcome) => answers.push([entry.requestId, outcome]),
        onChange: (state) => seen.push(state.connection),
    });
    return { client, timers, sockets, storage, seen, last: () => sockets[sockets.length - 1] };
}

// Connects, says hello, joins and takes the snapshot at `seq`.
function joinedClient(seq = 41, options) {
    const env = setup(options);
    env.client.start('482913');
    env.last().open();
    env.last().receive(welcome());
    env.client.join('482913', 'Anna');
    env.last().receive(joinedMessage);
    env.last().receive(snapshot(seq));
    return env;
}

// [tests]
test('the page says hello first, joins after the welcome, and keeps the token by session code', () => {
    const { client, last, storage } = setup();
    client.start('482913');
    assert.equal(client.state.connection, 'connecting');
    last().open();
    assert.deepEqual(last().sent, ['{"type":"hello","protocol":1,"client":"web"}']);
    client.join('482913', 'Anna de Vries');  // typed before the welcome: waits for it
    assert.equal(last().sent.length, 1);
    last().receive(welcome());
    assert.equal(client.state.connection, 'online');
    assert.deepEqual(last().sentOfType('join'), [{ type: 'join', code: '482913', name: 'Anna de Vries' }]);
    last().receive(joinedMessage);
    last().receive(snapshot(41));
    assert.equal(client.state.phase, 'joined');
    assert.equal(client.state.seq, 41);
    assert.deepEqual(JSON.parse(storage.get('lagerhuis.identity.482913')),
        { participant: 7, name: 'Anna', role: 'participant', token: '7.abc' });
    assert.equal(storage.get('lagerhuis.last_code'), '482913');
});

test('a reload with a stored token resumes instead of joining', () => {
    const storage = memoryStorage({ 'lagerhuis.identity.482913': JSON.stringify({ participant: 7, name: 'Anna', role: 'participant', token: '7.abc' }) });
    const { client, last } = setup({ storage });
    client.start('482913');
    last().open();
    last().receive(welcome());
    assert.deepEqual(last().sentOfType('resume'), [{ type: 'resume', token: '7.abc', seq: 0 }]);
    assert.equal(last().sentOfType('join').length, 0);
    assert.equal(client.state.phase, 'joining');
});

test('without a code in the address, the last session used is resumed', () => {
    const storage = memoryStorage({ 'lagerhuis.last_code': '482913',
        'lagerhuis.identity.482913': JSON.stringify({ participant: 7, name: 'Anna', role: 'participant', token: '7.abc' }) });
    const { client, last } = setup({ storage });
    client.start(null);
    last().open();
    last().receive(welcome());
    assert.equal(last().sentOfType('resume')[0].token, '7.abc');
});

test('a command carries a w-<counter>-<random> request_id and is cleared by its ack', () => {
    const answers = [];
    const { client, last } = joinedClient(41, { answers });
    const id = client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'voor' } });
    assert.equal(id, 'w-1-r1');
    assert.equal(last().sent.at(-1), '{"type":"command","request_id":"w-1-r1","command":"take_seat","body":{"participant":0,"side":"voor"}}');
    assert.ok(client.pending.busy('seat'));
    last().receive({ type: 'ack', request_id: id, seq: 42 });
    assert.equal(client.pending.size, 0);
    assert.deepEqual(answers, [[id, 'ack']]);
    assert.equal(client.send('hand', { command: 'raise_hand', body: { participant: 0 } }), 'w-2-r2');
});

test('a refusal is kept beside its action until dismissed or acted on again', () => {
    const { client, last } = joinedClient();
    const id = client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'tegen' } });
    const reason = { code: 'already_seated', params: { side: 'tegen' } };
    last().receive({ type: 'refused', request_id: id, reason });
    assert.deepEqual(client.state.notices.seat.reason, reason);
    assert.equal(client.state.notices.seat.kind, 'refused');
    assert.equal(client.pending.size, 0);
    client.dismiss('seat');
    assert.equal(client.state.notices.seat, undefined);
    const again = client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'tegen' } });
    last().receive({ type: 'refused', request_id: again, reason });
    client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'voor' } });
    assert.equal(client.state.notices.seat, undefined, 'a new action in the area clears its old notice');
});

test('a wire error about a command lands beside it; one about nothing lands on top', () => {
    const { client, last } = joinedClient();
    const id = client.send('flag', { command: 'flag_fallacy', body: { participant: 0, turn: 0, argument: 0, fallacy: 'x' } });
    last().receive({ type: 'error', reason: { code: 'host_unavailable', params: { detail: 'disk full' } }, request_id: id });
    assert.equal(client.state.notices.flag.kind, 'error');
    assert.equal(client.state.notices.flag.reason.code, 'host_unavailable');
    last().receive({ type: 'error', reason: { code: 'rate_limited', params: { per_second: '20' } } });
    assert.equal(client.state.notices.global.reason.code, 'rate_limited');
});

test('a lost connection reconnects with back-off doubling from 0.5 s to 8 s', () => {
    const { client, timers, sockets } = joinedClient();
    const delays = [];
    for (let attempt = 0; attempt < 7; ++attempt) {
        sockets.at(-1).drop();
        assert.equal(client.state.connection, 'reconnecting');
        const [delay] = timers.pendingDelays();
        delays.push(delay);
        const before = sockets.length;
        timers.advance(delay - 1);
        assert.equal(sockets.length, before, 'not before the delay');
        timers.advance(1);
        assert.equal(sockets.length, before + 1);
    }
    assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000, 8000, 8000]);
});

test('after reconnecting, the same identity resumes from the last seq, and the back-off starts over', () => {
    const { client, timers, last } = joinedClient(41);
    last().receive({ type: 'batch', from: 42, seq: 44, view: {} });
    last().drop();
    timers.advance(500);
    last().open();
    last().receive(welcome());
    assert.deepEqual(last().sentOfType('resume'), [{ type: 'resume', token: '7.abc', seq: 44 }]);
    assert.equal(last().sentOfType('join').length, 0);
    last().receive(joinedMessage);
    last().receive(snapshot(45));
    assert.equal(client.state.phase, 'joined');
    assert.equal(client.state.identity.participant, 7);
    last().drop();
    assert.deepEqual(timers.pendingDelays(), [500]);
});

test('an unanswered command is sent again after the resume, with the same request_id', () => {
    const { client, timers, last } = joinedClient();
    const sent = client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'voor' } });
    last().drop();
    const offline = client.send('hand', { command: 'raise_hand', body: { participant: 0 } });
    timers.advance(500);
    last().open();
    last().receive(welcome());
    assert.equal(last().sentOfType('command').length, 0, 'not before the snapshot');
    last().receive(joinedMessage);
    last().receive(snapshot(42));
    assert.deepEqual(last().sentOfType('command').map((m) => m.request_id), [sent, offline]);
    last().receive({ type: 'ack', request_id: sent, seq: 43 });
    last().receive({ type: 'ack', request_id: offline, seq: 44 });
    assert.equal(client.pending.size, 0);
});

test('a command the host never answers is sent again, same id, after a while', () => {
    const { client, timers, last } = joinedClient();
    const id = client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'voor' } });
    timers.advance(9000);
    assert.equal(last().sentOfType('command').length, 1);
    timers.advance(6000);
    assert.deepEqual(last().sentOfType('command').map((m) => m.request_id), [id, id]);
});

test('a batch that skips events makes the page resume on a fresh connection', () => {
    const { client, sockets, last } = joinedClient(41);
    const first = last();
    last().receive({ type: 'batch', from: 43, seq: 44, view: {} });
    assert.equal(first.readyState, 3);
    assert.equal(sockets.length, 2);
    last().open();
    last().receive(welcome());
    assert.deepEqual(last().sentOfType('resume'), [{ type: 'resume', token: '7.abc', seq: 41 }]);
    assert.equal(client.state.seq, 41);
});

test('duplicates are ignored and following batches merged', () => {
    const { client, last } = joinedClient(41);
    const room = { voor: 1, tegen: 0, twijfel: 0, hands: 0, present: 1 };
    last().receive({ type: 'batch', from: 42, seq: 42, view: { room } });
    last().receive({ type: 'batch', from: 40, seq: 42, view: { room: { ...room, voor: 9 } } });
    assert.equal(client.state.seq, 42);
    assert.equal(client.state.view.room.voor, 1);
    last().receive({ type: 'me', seq: 42, me: { ...me, seat: 'voor', hand: 2 } });
    assert.equal(client.state.me.seat, 'voor');
    assert.equal(client.state.me.hand, 2);
});

test('bye too_slow and host_stopping reconnect by themselves, with back-off; only replaced waits for a tap', () => {
    for (const code of ['too_slow', 'host_stopping']) {
        const { client, timers, sockets, last } = joinedClient();
        last().receive({ type: 'bye', reason: { code, params: {} } });
        last().drop();
        assert.equal(client.state.notices.global.reason.code, code);
        assert.equal(client.state.connection, 'reconnecting', code);
        assert.equal(client.state.stopped, false, code);
        // The host is still down: the attempts go on, further apart each time.
        timers.advance(500);
        assert.equal(sockets.length, 2, `${code}: first attempt after 0.5 s`);
        last().drop();
        assert.deepEqual(timers.pendingDelays(), [1000], `${code}: then after 1 s`);
        timers.advance(1000);
        assert.equal(sockets.length, 3);
        last().open();
        last().receive(welcome());
        assert.deepEqual(last().sentOfType('resume'), [{ type: 'resume', token: '7.abc', seq: 41 }], code);
        assert.equal(client.state.notices.global, undefined, `${code}: the bye notice goes once back online`);
    }
    const { client, timers, sockets, last } = joinedClient();
    last().receive({ type: 'bye', reason: { code: 'replaced', params: {} } });
    last().drop();
    assert.equal(client.state.connection, 'offline');
    assert.equal(client.state.notices.global.reason.code, 'replaced');
    timers.advance(60000);
    assert.equal(sockets.length, 1, 'replaced: no reconnect, or two tabs would take turns forever');
    client.reconnectNow();
    assert.equal(sockets.length, 2, 'replaced: reconnect on request');
});

test('a code typed with spaces or dashes is sent and kept as its digits', () => {
    for (const typed of ['482 913', '482-913', ' 482\u00a0913 ', '482–913']) {
        const { client, last, storage } = setup();
        client.start(null);
        last().open();
        last().receive(welcome());
        client.join(typed, 'Anna');
        assert.deepEqual(last().sentOfType('join'), [{ type: 'join', code: '482913', name: 'Anna' }], typed);
        last().receive(joinedMessage);
        assert.equal(storage.get('lagerhuis.last_code'), '482913', typed);
    }
    const storage = memoryStorage({ 'lagerhuis.identity.482913': JSON.stringify({ participant: 7, name: 'Anna', role: 'participant', token: '7.abc' }) });
    const { client } = setup({ storage });
    client.start('482 913');
    assert.equal(client.state.code, '482913', 'a ?code= with a space finds the stored identity');
    assert.equal(client.state.identity.token, '7.abc');
});

test('taps made while offline on one thing are one intent: the last seat wins, raise then lower cancel', () => {
    const { client, timers, last } = joinedClient();
    last().drop();
    client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'voor' } });
    const tegen = client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'tegen' } });
    assert.equal(client.send('hand', { command: 'raise_hand', body: { participant: 0 } }) !== null, true);
    assert.equal(client.send('hand', { command: 'lower_hand', body: { participant: 0 } }), null, 'lowering a hand never raised cancels both');
    assert.deepEqual(client.pending.all().map((e) => [e.command, e.body.side]), [['take_seat', 'tegen']],
        'what the page shows as waiting is what will be sent');
    timers.advance(500);
    last().open();
    last().receive(welcome());
    last().receive(joinedMessage);
    last().receive(snapshot(42));
    assert.deepEqual(last().sentOfType('command').map((m) => [m.request_id, m.command, m.body.side]), [[tegen, 'take_seat', 'tegen']]);
});

test('a command already sent is not taken back by a second tap: both go, in order', () => {
    const { client, last } = joinedClient();
    const raise = client.send('hand', { command: 'raise_hand', body: { participant: 0 } });
    const lower = client.send('hand', { command: 'lower_hand', body: { participant: 0 } });
    assert.deepEqual(last().sentOfType('command').map((m) => m.request_id), [raise, lower]);
});

test('a new action clears the notes about earlier taps, but not what needs action', () => {
    const { client, last } = joinedClient();
    const id = client.send('arguments', { command: 'appreciate', body: { participant: 0, argument: 4 } });
    last().receive({ type: 'refused', request_id: id, reason: { code: 'already_appreciated', params: {} } });
    last().receive({ type: 'error', reason: { code: 'host_unavailable', params: { detail: 'disk full' } } });
    assert.equal(client.state.notices.arguments.at, 1000, 'a notice knows when it came, to expire');
    client.send('seat', { command: 'take_seat', body: { participant: 0, side: 'voor' } });
    assert.equal(client.state.notices.arguments, undefined, 'the refusal went with the next tap');
    assert.equal(client.state.notices.global.reason.code, 'host_unavailable', 'an error stays until resolved');
});

test('an older host that cannot read withdraw_appreciation: the page says so once and stops resending', () => {
    const answers = [];
    const { client, timers, last } = joinedClient(41, { answers });
    const id = client.send('arguments', { command: 'withdraw_appreciation', body: { participant: 0, argument: 4 } });
    // What the host's decoder answers for a command it does not know: no request_id.
    last().receive({ type: 'error', reason: { code: 'bad_message', params: { field: 'command', problem: 'unknown value "withdraw_appreciation"' } } });
    assert.equal(client.pending.size, 0);
    assert.deepEqual(answers, [[id, 'unsupported']]);
    assert.equal(client.state.notices.arguments.kind, 'unsupported');
    assert.equal(client.state.notices.arguments.reason.command, 'withdraw_appreciation');
    assert.equal(client.state.notices.global, undefined, 'no puzzling error on top');
    timers.advance(30000);
    assert.equal(last().sentOfType('command').length, 1, 'not sent again');
});

test('a token the host no longer knows is forgotten and the join form comes back', () => {
    const storage = memoryStorage({ 'lagerhuis.identity.482913': JSON.stringify({ participant: 7, name: 'Anna', role: 'participant', token: 'old' }) });
    const { client, last } = setup({ storage });
    client.start('482913');
    last().open();
    last().receive(welcome());
    last().receive({ type: 'error', reason: { code: 'unknown_token', params: {} } });
    assert.equal(client.state.phase, 'signed_out');
    assert.equal(client.state.notices.join.reason.code, 'unknown_token');
    assert.equal(client.state.lastName, 'Anna');
    assert.equal(storage.get('lagerhuis.identity.482913'), null);
    client.join('482913', 'Anna');
    assert.deepEqual(last().sentOfType('join'), [{ type: 'join', code: '482913', name: 'Anna' }]);
});

test('a refused join shows its reason on the join form and a new try goes out on the same connection', () => {
    const { client, sockets, last } = setup();
    client.start('482913');
    last().open();
    last().receive(welcome());
    client.join('482913', 'Anna');
    last().receive({ type: 'refused', request_id: '', reason: { code: 'name_taken', params: { name: 'Anna' } } });
    assert.equal(client.state.phase, 'signed_out');
    assert.equal(client.state.notices.join.reason.code, 'name_taken');
    client.join('482913', 'Anna de Vries');
    assert.equal(client.state.notices.join, undefined);
    assert.equal(sockets.length, 1);
    assert.equal(last().sentOfType('join').at(-1).name, 'Anna de Vries');
    client.join('000000', 'Anna de Vries');
    last().receive({ type: 'error', reason: { code: 'wrong_code', params: {} } });
    assert.equal(client.state.notices.join.reason.code, 'wrong_code');
});

test('pongs set the clock to the host: the welcome gives a first estimate', () => {
    const { client, timers, last } = joinedClient();
    assert.equal(client.clock.offset, 183250 - 1000);
    const ping = last().sentOfType('ping')[0];
    assert.equal(ping.client_ms, 1000);
    timers.advance(40);
    last().receive({ type: 'pong', client_ms: ping.client_ms, host_ms: 190000 });
    assert.equal(client.clock.offset, 190000 - 1020);
    timers.advance(5000);
    assert.ok(last().sentOfType('ping').length >= 2, 'pings keep coming');
});

test('signing out forgets the identity and starts a fresh connection', () => {
    const { client, storage, sockets } = joinedClient();
    client.signOut();
    assert.equal(storage.get('lagerhuis.identity.482913'), null);
    assert.equal(client.state.phase, 'signed_out');
    assert.equal(client.state.view, null);
    assert.equal(sockets.length, 2);
    assert.equal(sockets[0].readyState, 3);
});

// [take over] The same person on a second device: "naam al in gebruik", then "ben jij dit?".
const nameTaken = { type: 'refused', request_id: 'join', reason: { code: 'name_taken', params: { name: 'Anna' } } };

test('after name_taken the page offers to take the seat over, waits for a yes, and goes on as that person', () => {
    const env = setup();
    env.client.start('482913');
    env.last().open();
    env.last().receive(welcome());
    env.client.join('482913', 'anna');
    env.last().receive(nameTaken);
    assert.deepEqual(env.client.state.takeOverOffer, { code: '482913', name: 'Anna' });
    env.client.takeOver();
    assert.deepEqual(env.last().sentOfType('take_over'), [{ type: 'take_over', code: '482913', name: 'Anna' }]);
    assert.equal(env.client.state.takeOverOffer, null);
    env.last().receive({ type: 'take_over_waiting', request: 3, name: 'Anna', device_asked: true });
    assert.equal(env.client.state.takeOver.request, 3);
    assert.equal(env.client.state.takeOver.deviceAsked, true);
    // The connection drops while waiting: the request goes again after the welcome.
    env.last().drop();
    env.timers.advance(500);
    env.last().open();
    env.last().receive(welcome());
    assert.equal(env.last().sentOfType('take_over').length, 1);
    env.last().receive(joinedMessage);
    env.last().receive(snapshot(50));
    assert.equal(env.client.state.phase, 'joined');
    assert.equal(env.client.state.takeOver, null);
    assert.equal(JSON.parse(env.storage.map.get([...env.storage.map.keys()].find((k) => k.includes('482913')))).token, '7.abc');
});

test('a refused take-over says why on the join form; cancelling leaves no request behind', () => {
    const env = setup();
    env.client.start('482913');
    env.last().open();
    env.last().receive(welcome());
    env.client.join('482913', 'Anna');
    env.last().receive(nameTaken);
    env.client.takeOver();
    env.last().receive({ type: 'error', reason: { code: 'take_over_refused', params: { name: 'Anna' } } });
    assert.equal(env.client.state.takeOver, null);
    assert.equal(env.client.state.notices.join.reason.code, 'take_over_refused');
    assert.equal(env.client.state.phase, 'signed_out');

    env.client.join('482913', 'Anna');
    env.last().receive(nameTaken);
    env.client.takeOver();
    const asking = env.last();
    env.client.cancelTakeOver();
    assert.notEqual(env.last(), asking, 'a fresh connection: the host forgets the request of the closed one');
    assert.equal(env.client.state.takeOver, null);
});

test('the device asked answers once; a yes is followed by the host closing it as replaced', () => {
    const env = joinedClient();
    env.last().receive({ type: 'take_over_asked', request: 9 });
    assert.deepEqual(env.client.state.takeOverAsked, { request: 9 });
    env.client.answerTakeOver(true);
    env.client.answerTakeOver(true);  // a double tap sends one answer
    assert.deepEqual(env.last().sentOfType('take_over_answer'), [{ type: 'take_over_answer', request: 9, allow: true }]);
    assert.equal(env.client.state.takeOverAsked, null);
    env.last().receive({ type: 'bye', reason: { code: 'replaced', params: {} } });
    assert.equal(env.client.state.stopped, true);
});
