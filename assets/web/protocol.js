// The wire protocol, version 1 (docs/protocol.md; C++: proto/wire_messages.hpp).
// One schema per message gives both directions: the encoder writes the fields in the
// schema's order (byte-identical to tests/data/golden/wire/client.jsonl), the decoder
// checks what the host sends before the page trusts it.

export const PROTOCOL_VERSION = 1;
export const SIDES = Object.freeze(['voor', 'tegen', 'twijfel']);
export const FLAG_OUTCOMES = Object.freeze(['pending', 'confirmed', 'dismissed']);
export const ROLES = Object.freeze(['facilitator', 'co_facilitator', 'participant', 'observer']);
export const STATEMENT_STATUSES = Object.freeze(['pending', 'active', 'closed']);
export const ARGUMENT_KINDS = Object.freeze(['pro', 'contra', 'support', 'rebuttal', 'question']);
export const EVIDENCE_KINDS = Object.freeze(['none', 'example', 'fact', 'expert', 'experience', 'value']);
export const LANGUAGE_CODES = Object.freeze(['nl', 'en']);

// [SECTION] Schema vocabulary
const int = { kind: 'int' };
const num = { kind: 'num' };
const str = { kind: 'str' };
const bool = { kind: 'bool' };
const stringMap = { kind: 'map' };
const anyObject = { kind: 'any' };
const oneOf = (...values) => ({ kind: 'enum', values });
const optional = (of) => ({ kind: 'optional', of });  // absent or null
const omittable = (of) => ({ kind: 'omittable', of }); // absent, or else as `of`
const nullable = (of) => ({ kind: 'nullable', of });  // present, maybe null
const arrayOf = (of) => ({ kind: 'array', of });
const object = (fields) => ({ kind: 'object', fields });

const describe = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

// The first problem found, as "path: problem", or null when the value fits.
function check(value, schema, path, strict) {
    const expect = (what) => `${path}: expected ${what}, got ${describe(value)}`;
    switch (schema.kind) {
        case 'int': return Number.isInteger(value) ? null : expect('an integer');
        case 'num': return typeof value === 'number' && Number.isFinite(value) ? null : expect('a number');
        case 'str': return typeof value === 'string' ? null : expect('a string');
        case 'bool': return typeof value === 'boolean' ? null : expect('true or false');
        case 'enum':
            return schema.values.includes(value) ? null
                : `${path}: unknown value ${JSON.stringify(value)} (expected one of: ${schema.values.join(', ')})`;
        case 'nullable':
        case 'optional':
            return value === null ? null : check(value, schema.of, path, strict);
        case 'omittable':
            return check(value, schema.of, path, strict);
        case 'array':
            if (!Array.isArray(value)) return expect('an array');
            for (let i = 0; i < value.length; ++i) {
                const problem = check(value[i], schema.of, `${path}[${i}]`, strict);
                if (problem) return problem;
            }
            return null;
        case 'map':
            if (describe(value) !== 'object') return expect('an object');
            for (const [key, item] of Object.entries(value))
                if (typeof item !== 'string') return `${path}.${key}: expected a string, got ${describe(item)}`;
            return null;
        case 'any':
            return describe(value) === 'object' ? null : expect('an object');
        case 'object':
            return checkObject(value, schema.fields, path, strict);
        default:
            throw new Error(`unknown schema kind ${schema.kind}`);
    }
}

function checkObject(value, fields, path, strict) {
    if (describe(value) !== 'object') return `${path}: expected an object, got ${describe(value)}`;
    const at = (key) => (path ? `${path}.${key}` : key);
    for (const [key, schema] of Object.entries(fields)) {
        if (!(key in value)) {
            if (schema.kind === 'optional' || schema.kind === 'omittable') continue;
            return `${at(key)}: missing`;
        }
        const problem = check(value[key], schema, at(key), strict);
        if (problem) return problem;
    }
    if (strict)
        for (const key of Object.keys(value))
            if (!(key in fields)) return `${at(key)}: unknown field`;
    return null;
}

// A copy with the keys in schema order; absent optional fields stay absent.
function canonical(value, schema) {
    if (value === null || value === undefined) return value;
    switch (schema.kind) {
        case 'optional':
        case 'omittable':
        case 'nullable': return canonical(value, schema.of);
        case 'array': return value.map((item) => canonical(item, schema.of));
        case 'object': {
            const out = {};
            for (const [key, field] of Object.entries(schema.fields))
                if (key in value && value[key] !== undefined)
                    out[key] = canonical(value[key], field);
            return out;
        }
        default: return value;
    }
}

// [SECTION] Commands (core/command.hpp): the bodies a client may send
const participantField = { participant: int };
export const COMMAND_BODIES = Object.freeze({
    // A participant's own commands; participant 0 means yourself.
    take_seat: object({ ...participantField, side: oneOf(...SIDES) }),
    raise_hand: object({ ...participantField }),
    lower_hand: object({ ...participantField }),
    cast_ballot: object({ ...participantField, poll: int, choice: oneOf(...SIDES) }),
    appreciate: object({ ...participantField, argument: int }),
    withdraw_appreciation: object({ ...participantField, argument: int }),
    flag_fallacy: object({ ...participantField, turn: int, argument: int, fallacy: str }),
    // A co-facilitator's, used by the end-to-end test (the page never sends them).
    give_floor: object({ participant: int, override_reason: str }),
    end_turn: object({}),
    tag_argument: object({ turn: int, kind: oneOf(...ARGUMENT_KINDS), target: int,
        evidence: oneOf(...EVIDENCE_KINDS), text: str }),
    decide_flag: object({ flag: int, outcome: oneOf(...FLAG_OUTCOMES) }),
    open_poll: object({}),
    close_poll: object({}),
    lock_room: object({ locked: bool }),
    close_statement: object({}),
    open_statement: object({ statement: int }),
    remove_participant: object({ participant: int }),
});

// [SECTION] Client to host
const CLIENT_MESSAGES = Object.freeze({
    hello: object({ protocol: int, client: str }),
    join: object({ code: str, name: str }),
    facilitate: object({ secret: str, name: str }),
    resume: object({ token: str, seq: int }),
    command: object({ request_id: str, command: oneOf(...Object.keys(COMMAND_BODIES)), body: anyObject }),
    ping: object({ client_ms: num }),
    view_hash: object({}),
    take_over: object({ code: str, name: str }),
    take_over_answer: object({ request: int, allow: bool }),
});

// Checks a client message and writes it as the wire text, "type" first.
export function encodeClient(message) {
    const schema = CLIENT_MESSAGES[message?.type];
    if (!schema) throw new Error(`not a client message type: ${JSON.stringify(message?.type)}`);
    const fields = { ...message };
    delete fields.type;
    const problem = checkObject(fields, schema.fields, '', true);
    if (problem) throw new Error(`${message.type}: ${problem}`);
    const out = { type: message.type, ...canonical(fields, schema) };
    if (message.type === 'command') {
        const bodySchema = COMMAND_BODIES[message.command];
        const bodyProblem = check(message.body, bodySchema, 'body', true);
        if (bodyProblem) throw new Error(`command ${message.command}: ${bodyProblem}`);
        out.body = canonical(message.body, bodySchema);
    }
    return JSON.stringify(out);
}

export const hello = (client = 'web') => encodeClient({ type: 'hello', protocol: PROTOCOL_VERSION, client });
export const join = (code, name) => encodeClient({ type: 'join', code, name });
export const facilitate = (secret, name) => encodeClient({ type: 'facilitate', secret, name });
export const resume = (token, seq) => encodeClient({ type: 'resume', token, seq });
export const ping = (clientMs) => encodeClient({ type: 'ping', client_ms: clientMs });
export const viewHash = () => encodeClient({ type: 'view_hash' });
export const takeOver = (code, name) => encodeClient({ type: 'take_over', code, name });
export const takeOverAnswer = (request, allow) => encodeClient({ type: 'take_over_answer', request, allow });
export const command = (requestId, type, body) =>
    encodeClient({ type: 'command', request_id: requestId, command: type, body });

// What a participant's buttons send, as {command, body}; 0 names yourself.
export const participantCommands = Object.freeze({
    takeSeat: (side) => ({ command: 'take_seat', body: { participant: 0, side } }),
    raiseHand: () => ({ command: 'raise_hand', body: { participant: 0 } }),
    lowerHand: () => ({ command: 'lower_hand', body: { participant: 0 } }),
    castBallot: (poll, choice) => ({ command: 'cast_ballot', body: { participant: 0, poll, choice } }),
    appreciate: (argument) => ({ command: 'appreciate', body: { participant: 0, argument } }),
    withdrawAppreciation: (argument) => ({ command: 'withdraw_appreciation', body: { participant: 0, argument } }),
    // turn 0: the current turn; argument 0: the turn as a whole.
    flagFallacy: (fallacy, argument = 0, turn = 0) =>
        ({ command: 'flag_fallacy', body: { participant: 0, turn, argument, fallacy } }),
});

// [SECTION] Host to client
const localized = object({ nl: str, en: str });
const reason = object({ code: str, params: stringMap });
const catalog = object({
    rules: arrayOf(object({ number: int, name: localized, summary: localized })),
    fallacies: arrayOf(object({ id: str, rule: int, name: localized, explanation: localized })),
});

export const VIEW_SECTIONS = Object.freeze({
    session: object({ title: str, language: oneOf(...LANGUAGE_CODES), locked: bool, anonymous_ballots: bool }),
    statement: nullable(object({ id: int, text: str, status: oneOf(...STATEMENT_STATUSES), number: int, count: int })),
    turn: nullable(object({
        id: int, speaker: int, name: str, side: oneOf(...SIDES), limit_ms: int, warning_ms: int,
        spoken_ms: int, running_since: optional(int), ended: bool,
    })),
    room: object({ voor: int, tegen: int, twijfel: int, hands: int, present: int }),
    poll: nullable(object({
        id: int, open: bool, ballots: int, voor: int, tegen: int, twijfel: int,
        voters: arrayOf(object({ name: str, choice: oneOf(...SIDES) })),
    })),
    arguments: arrayOf(object({
        id: int, turn: int, speaker: str, direction: oneOf(...SIDES), kind: oneOf(...ARGUMENT_KINDS),
        text: str, appreciations: int,
    })),
});
// A snapshot has every section; a batch only those that changed (null only where the
// section itself may be null).
const fullView = object(VIEW_SECTIONS);
const partialView = object(Object.fromEntries(
    Object.entries(VIEW_SECTIONS).map(([key, schema]) => [key, omittable(schema)])));
const me = object({
    participant: int, name: str, role: oneOf(...ROLES), removed: bool, seat: optional(oneOf(...SIDES)),
    hand: int, poll: optional(int), ballot: optional(oneOf(...SIDES)), appreciated: arrayOf(int),
    // What the rules let this participant do with the view (hide the rest); optional
    // only so that a page is not locked out by a host without them.
    cannot_appreciate: optional(arrayOf(int)),
    flags: arrayOf(object({ id: int, turn: int, argument: int, fallacy: str, outcome: oneOf(...FLAG_OUTCOMES) })),
    can_flag: optional(bool),
    summary: object({
        turns: int, speaking_ms: int, arguments: int, crossings: int, flags_confirmed: int,
        flags_dismissed: int, appreciations_received: int,
    }),
});
// Events are the session log's; a facilitator's tool reads them, the page only passes them on.
const event = object({ v: int, seq: int, at_ms: int, actor: int, request_id: str, type: str, body: anyObject,
    undoes: optional(int) });

const SERVER_MESSAGES = Object.freeze({
    welcome: object({ protocol: int, title: str, language: oneOf(...LANGUAGE_CODES), host_ms: int, catalog,
        anonymous_room: omittable(bool) }),
    joined: object({ participant: int, name: str, role: oneOf(...ROLES), token: str }),
    snapshot: object({ seq: int, view: optional(fullView), me: optional(me), events: optional(arrayOf(event)), more: optional(bool) }),
    batch: object({ from: int, seq: int, view: optional(partialView), events: optional(arrayOf(event)) }),
    me: object({ seq: int, me }),
    ack: object({ request_id: str, seq: int }),
    refused: object({ request_id: str, reason }),
    error: object({ reason, request_id: optional(str) }),
    pong: object({ client_ms: num, host_ms: int }),
    view_hash: object({ seq: int, hash: str }),
    take_over_waiting: object({ request: int, name: str, device_asked: bool }),
    take_over_asked: object({ request: int }),
    bye: object({ reason }),
});

// Reads one frame from the host: {ok: true, message} or {ok: false, error}. `strict`
// also refuses fields this page does not know (the tests use it, so the golden files
// and this schema cannot drift apart); the page itself reads leniently, so a newer host
// that adds a field does not lock its participants out.
export function decodeServer(text, { strict = false } = {}) {
    let message;
    try {
        message = JSON.parse(text);
    } catch (e) {
        return { ok: false, error: `not JSON: ${e.message}` };
    }
    if (describe(message) !== 'object') return { ok: false, error: `expected an object, got ${describe(message)}` };
    const schema = SERVER_MESSAGES[message.type];
    if (!schema) return { ok: false, error: `unknown message type ${JSON.stringify(message.type)}` };
    const fields = { ...message };
    delete fields.type;
    const problem = checkObject(fields, schema.fields, '', strict);
    if (problem) return { ok: false, error: `${message.type}: ${problem}` };
    if (message.type === 'snapshot' && !(message.view && message.me) && !message.events)
        return { ok: false, error: 'snapshot: needs view and me, or events' };
    return { ok: true, message };
}
