// Commands sent but not yet answered. Each has a request_id of its own; after a lost
// connection they are sent again with the SAME id, and the host answers a retry without
// applying it twice (docs/protocol.md), so a tap is never lost and never doubled.
// While a command has not left yet (offline), a second tap on the same thing changes
// the first: the newer seat or ballot replaces it, and lowering a hand that was never
// raised (or withdrawing a mark never sent) cancels both, so the host gets the intent.

function defaultRandomToken() {
    const bytes = new Uint8Array(4);
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

// What a command is about: two unsent commands about one thing are one intent.
const SLOTS = Object.freeze({
    take_seat: () => 'seat',
    raise_hand: () => 'hand',
    lower_hand: () => 'hand',
    cast_ballot: (body) => `ballot-${body.poll}`,
    appreciate: (body) => `appreciation-${body.argument}`,
    withdraw_appreciation: (body) => `appreciation-${body.argument}`,
});

export function slotOf(command, body) {
    return SLOTS[command]?.(body) ?? null;
}

export class PendingCommands {
    constructor({ randomToken = defaultRandomToken } = {}) {
        this.randomToken = randomToken;
        this.counter = 0;
        this.entries = new Map();  // request_id -> entry, in the order sent
    }

    // "w-<counter>-<random>": the counter orders them, the random part keeps ids from two
    // page loads of one participant apart.
    nextId() {
        this.counter += 1;
        return `w-${this.counter}-${this.randomToken()}`;
    }

    // area: where on the page the answer belongs (e.g. 'seat', 'flag'). Returns the
    // entry, or null when it cancelled an unsent one (see above).
    add({ requestId, command, body, area, text }) {
        const slot = slotOf(command, body);
        const unsent = slot === null ? undefined
            : this.all().find((entry) => entry.sentAt === null && slotOf(entry.command, entry.body) === slot);
        if (unsent) {
            this.entries.delete(unsent.requestId);
            if (unsent.command !== command) return null;
        }
        const entry = { requestId, command, body, area, text, sentAt: null };
        this.entries.set(requestId, entry);
        return entry;
    }

    markSent(requestId, now) {
        const entry = this.entries.get(requestId);
        if (entry) entry.sentAt = now;
    }

    // The entry answered by ack, refused or error, now forgotten; undefined if unknown.
    settle(requestId) {
        const entry = this.entries.get(requestId);
        this.entries.delete(requestId);
        return entry;
    }

    has(requestId) {
        return this.entries.has(requestId);
    }

    all() {
        return [...this.entries.values()];
    }

    // Sent longer than `afterMs` ago without an answer (e.g. the host dropped it as
    // rate_limited): worth sending again.
    overdue(now, afterMs) {
        return this.all().filter((entry) => entry.sentAt !== null && now - entry.sentAt >= afterMs);
    }

    busy(area) {
        return this.all().some((entry) => entry.area === area);
    }

    get size() {
        return this.entries.size;
    }
}
