// Commands sent but not yet answered. Each has a request_id of its own; after a lost
// connection they are sent again with the SAME id, and the host answers a retry without
// applying it twice (docs/protocol.md), so a tap is never lost and never doubled.

function defaultRandomToken() {
    const bytes = new Uint8Array(4);
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
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

    // area: where on the page the answer belongs (e.g. 'seat', 'flag').
    add({ requestId, command, body, area, text }) {
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
