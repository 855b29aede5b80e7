// The participant's side of the conversation with the host, without any DOM: connecting,
// hello/join/resume, reconnecting with back-off, merging what the host sends, keeping
// commands until they are answered, and the clock. The page draws `state` and calls the
// methods; the tests drive it with a fake WebSocket and fake timers.
import * as protocol from './protocol.js';
import { ClockSync } from './clock.js';
import { keepSticky } from './notice_policy.js';
import { PendingCommands } from './pending.js';
import { normalizeSessionCode } from './session_code.js';
import { applyBatch, applyMe, applySnapshot, emptyViewState } from './view_state.js';

// A bye with these reasons means: do not come back on your own. Not host_stopping: the
// gespreksleider closing the console and opening the file again is a pause, and every
// page must come back by itself, as after a crash.
const FINAL_BYES = new Set(['replaced']);
// Commands newer than some hosts: an older host cannot read them and answers with an
// error without a request_id (see isUnknownCommand).
const NEWER_COMMANDS = new Set(['withdraw_appreciation']);
// Answers to join/resume that send the participant back to the join form.
const JOIN_ERRORS = new Set(['wrong_code', 'unknown_token', 'not_joined']);
// Answers to a request to take over one's seat from this device (take_over).
const TAKE_OVER_ERRORS = new Set(['take_over_unknown', 'take_over_refused', 'take_over_gone', 'wrong_code']);

export const DEFAULTS = Object.freeze({
    initialBackoffMs: 500,
    maxBackoffMs: 8000,
    firstPingsMs: 1000,      // a few quick pings first, for a good clock soon
    quickPings: 3,
    pingEveryMs: 5000,
    resendAfterMs: 10000,    // an unanswered command is sent again (same request_id)
});

export class ParticipantClient {
    constructor({ url, WebSocketImpl, identities, now, timers, randomToken, onChange, onAnswer, options = {} }) {
        this.url = url;
        this.WebSocketImpl = WebSocketImpl;
        this.identities = identities;
        this.now = now;
        this.timers = timers;
        this.onChange = onChange ?? (() => {});
        // (entry, 'ack' | 'refused' | 'error'): the page's hook for an answered command.
        this.onAnswer = onAnswer ?? (() => {});
        this.options = { ...DEFAULTS, ...options };
        this.clock = new ClockSync();
        this.pending = new PendingCommands(randomToken ? { randomToken } : {});
        this.socket = null;
        this.attempts = 0;
        this.retryTimer = null;
        this.pingTimer = null;
        this.pingsSent = 0;
        this.noticeCounter = 0;
        this.joinRequest = null;  // {code, name} while a join waits for the connection
        this.state = {
            connection: 'idle',   // idle | connecting | online | reconnecting | offline
            retryAt: null,        // when the next attempt starts (our clock)
            stopped: false,       // after a final bye: no automatic reconnect
            phase: 'signed_out',  // signed_out | joining | joined
            code: null,
            welcome: null,
            identity: null,       // {code, participant, name, role, token}
            // The name was taken: this may be the participant's second device.
            //   takeOverOffer: {code, name} after name_taken, until tried or another join
            //   takeOver: {code, name, request, deviceAsked} while the host waits for a yes
            //   takeOverAsked: {request} on the device whose seat another device asks for
            takeOverOffer: null,
            takeOver: null,
            takeOverAsked: null,
            ...emptyViewState,
            notices: {},          // area -> {id, at, kind: 'refused'|'error'|'bye'|'unsupported', reason}
        };
    }

    // [SECTION] What the page calls
    // Resumes a stored identity for `code` (or the last code used), else waits for join().
    start(code) {
        const wanted = normalizeSessionCode(code) || this.identities.lastCode();
        const identity = wanted ? this.identities.load(wanted) : null;
        this.update({ code: wanted || null, identity, phase: identity ? 'joining' : 'signed_out' });
        this.connect();
    }

    join(typed, name) {
        const code = normalizeSessionCode(typed);
        this.joinRequest = { code, name };
        this.clearNotice('join');
        this.update({ code, identity: null, phase: 'joining', takeOverOffer: null, takeOver: null, ...emptyViewState });
        if (this.state.welcome && this.isOpen()) this.sendJoinOrResume();
        else if (!this.socket) this.connect();
    }

    // "Ben jij dit?": asks to go on as the participant whose name was taken (their other
    // device or the gespreksleider says yes). An answer arrives as joined, or an error.
    takeOver() {
        const offer = this.state.takeOverOffer;
        if (!offer) return;
        this.clearNotice('join');
        this.update({ takeOverOffer: null, takeOver: { ...offer, request: null, deviceAsked: false } });
        if (this.state.welcome && this.isOpen()) this.sendJoinOrResume();
        else if (!this.socket) this.connect();
    }

    // Stops waiting for a yes: a fresh connection leaves no request behind.
    cancelTakeOver() {
        if (!this.state.takeOver) return;
        this.update({ takeOver: null });
        this.restart();
    }

    // On the device asked: yes, go on there (this device is then closed), or no.
    answerTakeOver(allow) {
        const asked = this.state.takeOverAsked;
        if (!asked) return;
        this.sendText(protocol.takeOverAnswer(asked.request, allow));
        this.update({ takeOverAsked: null });
    }

    // Sends a participant command; returns its request_id (null when it cancelled an
    // unsent one, see pending.js). Commands made while offline wait and go out after the
    // resume. A new action clears the notes about earlier ones.
    send(area, { command, body }) {
        const requestId = this.pending.nextId();
        const text = protocol.command(requestId, command, body);
        const entry = this.pending.add({ requestId, command, body, area, text });
        this.clearNotice(area);
        this.clearTransientNotices();
        if (entry && this.canSendCommands()) this.transmit(requestId);
        this.changed();
        return entry ? requestId : null;
    }

    // Takes back a command that has not left yet (a second thought while offline).
    cancel(requestId) {
        const entry = this.pending.entries.get(requestId);
        if (!entry || entry.sentAt !== null) return false;
        this.pending.settle(requestId);
        this.changed();
        return true;
    }

    clearTransientNotices() {
        this.state = { ...this.state, notices: keepSticky(this.state.notices) };
    }

    dismiss(area) {
        this.clearNotice(area);
        this.changed();
    }

    // Forgets this device's identity in the session; a new join needs a fresh connection.
    signOut() {
        if (this.state.identity) this.identities.forget(this.state.identity.code);
        this.joinRequest = null;
        for (const entry of this.pending.all()) this.pending.settle(entry.requestId);
        this.update({ identity: null, phase: 'signed_out', ...emptyViewState, notices: {} });
        this.restart();
    }

    // After a final bye, on the participant's request.
    reconnectNow() {
        this.update({ stopped: false });
        this.restart();
    }

    // While waiting to reconnect: try now (the network came back, the phone woke up).
    retryNow() {
        if (this.retryTimer === null) return;
        this.cancelRetry();
        this.connect();
    }

    // [SECTION] Connection
    isOpen() {
        return this.socket !== null && this.socket.readyState === 1;
    }

    canSendCommands() {
        return this.isOpen() && this.state.phase === 'joined' && this.state.view !== null;
    }

    connect() {
        this.cancelRetry();
        const socket = new this.WebSocketImpl(this.url);
        this.socket = socket;
        this.update({ connection: this.attempts === 0 ? 'connecting' : 'reconnecting', retryAt: null });
        socket.onopen = () => {
            if (this.socket === socket) this.sendText(protocol.hello('web'));
        };
        socket.onmessage = (event) => {
            if (this.socket === socket) this.receive(event.data);
        };
        socket.onclose = () => {
            if (this.socket === socket) this.lost();
        };
        socket.onerror = () => { /* onclose follows and decides */ };
    }

    // Drops the current connection (if any) and connects again at once.
    restart() {
        this.dropSocket();
        this.attempts = 0;
        this.connect();
    }

    dropSocket() {
        const socket = this.socket;
        this.socket = null;
        this.stopPings();
        if (socket && socket.readyState <= 1) socket.close();
    }

    lost() {
        this.socket = null;
        this.stopPings();
        if (this.state.stopped) {
            this.update({ connection: 'offline', retryAt: null });
            return;
        }
        const delay = Math.min(this.options.maxBackoffMs, this.options.initialBackoffMs * 2 ** this.attempts);
        this.attempts += 1;
        this.update({ connection: 'reconnecting', retryAt: this.now() + delay });
        this.retryTimer = this.timers.setTimeout(() => {
            this.retryTimer = null;
            this.connect();
        }, delay);
    }

    cancelRetry() {
        if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
        this.retryTimer = null;
    }

    sendText(text) {
        if (this.isOpen()) this.socket.send(text);
    }

    transmit(requestId) {
        const entry = this.pending.entries.get(requestId);
        if (!entry) return;
        this.sendText(entry.text);
        this.pending.markSent(requestId, this.now());
    }

    sendJoinOrResume() {
        const identity = this.state.identity;
        if (identity) {
            this.update({ phase: 'joining' });
            this.sendText(protocol.resume(identity.token, this.state.seq ?? 0));
        } else if (this.joinRequest) {
            this.update({ phase: 'joining' });
            this.sendText(protocol.join(this.joinRequest.code, this.joinRequest.name));
        } else if (this.state.takeOver) {
            // Again after a reconnect: the host forgets a request whose connection closed.
            this.sendText(protocol.takeOver(this.state.takeOver.code, this.state.takeOver.name));
        }
    }

    // [SECTION] Clock and resends, on one timer
    startPings() {
        this.stopPings();
        this.pingsSent = 0;
        this.tick();
    }

    stopPings() {
        if (this.pingTimer !== null) this.timers.clearTimeout(this.pingTimer);
        this.pingTimer = null;
    }

    tick() {
        this.sendText(protocol.ping(this.now()));
        this.pingsSent += 1;
        if (this.canSendCommands())
            for (const entry of this.pending.overdue(this.now(), this.options.resendAfterMs)) this.transmit(entry.requestId);
        const delay = this.pingsSent <= this.options.quickPings ? this.options.firstPingsMs : this.options.pingEveryMs;
        this.pingTimer = this.timers.setTimeout(() => this.tick(), delay);
    }

    // [SECTION] What the host sends
    receive(text) {
        const decoded = protocol.decodeServer(text);
        if (!decoded.ok) {
            // A frame we cannot read is the host's bug or a newer protocol: say so in the
            // console for whoever debugs it, and keep going with the next one.
            console.warn('lagerhuis: ignored a message from the host:', decoded.error);
            return;
        }
        const message = decoded.message;
        const handler = this.handlers[message.type];
        if (handler) handler.call(this, message);
    }

    handlers = {
        welcome(message) {
            this.attempts = 0;
            this.clock.reset();
            this.clock.setRough(message.host_ms, this.now());
            // A bye that only meant "come back" (too_slow) has done its work now.
            if (this.state.notices.global?.kind === 'bye') this.clearNotice('global');
            this.update({ connection: 'online', retryAt: null, welcome: message });
            this.startPings();
            this.sendJoinOrResume();
        },
        joined(message) {
            const code = this.state.identity?.code ?? this.joinRequest?.code ?? this.state.code;
            const identity = { code, participant: message.participant, name: message.name, role: message.role,
                token: message.token };
            this.identities.save(identity);
            this.joinRequest = null;
            this.clearNotice('join');
            this.update({ identity, code, phase: 'joined', takeOverOffer: null, takeOver: null });
        },
        snapshot(message) {
            if (!message.view) return;  // a facilitator's snapshot: not for this page
            this.update(applySnapshot(this.state, message));
            for (const entry of this.pending.all()) this.transmit(entry.requestId);
            this.changed();
        },
        batch(message) {
            const { state, outcome } = applyBatch(this.state, message);
            if (outcome === 'lost') {
                // Events went missing: a resume brings a fresh snapshot.
                this.restart();
                return;
            }
            if (outcome === 'apply') this.update(state);
        },
        me(message) {
            const { state, outcome } = applyMe(this.state, message);
            if (outcome === 'apply') this.update(state);
        },
        ack(message) {
            const entry = this.pending.settle(message.request_id);
            if (!entry) return;
            this.onAnswer(entry, 'ack');
            this.changed();
        },
        refused(message) {
            const entry = this.pending.settle(message.request_id);
            if (entry) {
                this.onAnswer(entry, 'refused');
                this.notice(entry.area, 'refused', message.reason);
            }
            else if (this.state.phase === 'joining') this.joinFailed('refused', message.reason);
            else this.notice('global', 'refused', message.reason);
        },
        error(message) {
            const entry = message.request_id ? this.pending.settle(message.request_id) : undefined;
            if (entry) {
                this.onAnswer(entry, 'error');
                this.notice(entry.area, 'error', message.reason);
            } else if (this.state.takeOver && TAKE_OVER_ERRORS.has(message.reason.code)) {
            this.update({ takeOver: null });
            this.notice('join', 'error', message.reason);
        } else if (this.isUnknownCommand(message.reason)) {
                this.unsupportedCommand(message.reason);
            } else if (message.reason.code === 'protocol_mismatch') {
                this.update({ stopped: true });
                this.notice('global', 'error', message.reason);
            } else if (this.state.phase === 'joining' && JOIN_ERRORS.has(message.reason.code)) {
                this.joinFailed('error', message.reason);
            } else {
                this.notice('global', 'error', message.reason);
            }
        },
        take_over_waiting(message) {
            if (!this.state.takeOver) return;
            this.update({ takeOver: { ...this.state.takeOver, request: message.request, deviceAsked: message.device_asked } });
        },
        take_over_asked(message) {
            this.update({ takeOverAsked: { request: message.request } });
        },
        pong(message) {
            this.clock.addSample(message.client_ms, this.now(), message.host_ms);
            this.changed();
        },
        bye(message) {
            if (FINAL_BYES.has(message.reason.code)) this.update({ stopped: true });
            this.notice('global', 'bye', message.reason);
        },
    };

    // An older host reads `command` against the commands it knows and answers a newer
    // one with bad_message about that field; it could not read the request_id, so the
    // error names none. The newer commands sent are what it meant: settle them with a
    // note that says so, instead of a puzzling error and a resend every few seconds.
    isUnknownCommand(reason) {
        return reason.code === 'bad_message' && reason.params.field === 'command'
            && this.pending.all().some((entry) => entry.sentAt !== null && NEWER_COMMANDS.has(entry.command));
    }

    unsupportedCommand(reason) {
        for (const entry of this.pending.all()) {
            if (entry.sentAt === null || !NEWER_COMMANDS.has(entry.command)) continue;
            this.pending.settle(entry.requestId);
            this.onAnswer(entry, 'unsupported');
            this.notice(entry.area, 'unsupported', { ...reason, command: entry.command });
        }
    }

    // A join or resume did not work: back to the form, with the reason beside it. A
    // token the host no longer knows is forgotten, so the next try is a fresh join.
    joinFailed(kind, reason) {
        const identity = this.state.identity;
        if (identity && reason.code === 'unknown_token') this.identities.forget(identity.code);
        for (const entry of this.pending.all()) this.pending.settle(entry.requestId);
        const name = this.joinRequest?.name ?? identity?.name ?? '';
        // The name is someone's in the session: perhaps this person's, on another device.
        const takeOverOffer = reason.code === 'name_taken' && this.joinRequest
            ? { code: this.joinRequest.code, name: reason.params.name ?? name } : null;
        this.joinRequest = null;
        this.update({ phase: 'signed_out', identity: null, ...emptyViewState, lastName: name, takeOverOffer });
        this.notice('join', kind, reason);
    }

    // [SECTION] State
    notice(area, kind, reason) {
        this.noticeCounter += 1;
        const notice = { id: this.noticeCounter, at: this.now(), kind, reason };
        this.update({ notices: { ...this.state.notices, [area]: notice } });
    }

    clearNotice(area) {
        if (!(area in this.state.notices)) return;
        const notices = { ...this.state.notices };
        delete notices[area];
        this.state = { ...this.state, notices };
    }

    update(changes) {
        this.state = { ...this.state, ...changes };
        this.changed();
    }

    changed() {
        this.onChange(this.state);
    }
}
