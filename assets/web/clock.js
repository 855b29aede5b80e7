// The host's clock as seen from here, NTP-style: for a ping sent at t0 and its pong
// received at t1 carrying host_ms, the host read its clock about halfway, so
// offset = host_ms - (t0 + t1) / 2, off by at most half the round trip. The sample with
// the smallest round trip is the most precise; only recent samples count, so a clock
// that drifts, or a host that restarted, is followed.

export const DEFAULT_WINDOW = 12;

export class ClockSync {
    constructor(windowSize = DEFAULT_WINDOW) {
        this.windowSize = windowSize;
        this.reset();
    }

    // A new connection may reach a restarted host with another clock: start over.
    reset() {
        this.samples = [];
        this.rough = null;
    }

    // Before the first pong: the welcome's host_ms, received at `receivedAt`. Good to
    // within one trip, enough to draw a countdown until pongs come in.
    setRough(hostMs, receivedAt) {
        this.rough = hostMs - receivedAt;
    }

    // t0: our clock when the ping left (its client_ms); t1: when the pong arrived.
    addSample(t0, t1, hostMs) {
        const roundTrip = t1 - t0;
        if (!(roundTrip >= 0) || !Number.isFinite(hostMs)) return false;
        this.samples.push({ roundTrip, offset: hostMs - (t0 + t1) / 2 });
        if (this.samples.length > this.windowSize) this.samples.shift();
        return true;
    }

    best() {
        let best = null;
        for (const sample of this.samples) if (best === null || sample.roundTrip < best.roundTrip) best = sample;
        return best;
    }

    // host clock - our clock, or null when we have nothing yet.
    get offset() {
        const best = this.best();
        if (best) return best.offset;
        return this.rough;
    }

    get roundTrip() {
        return this.best()?.roundTrip ?? null;
    }

    hostNow(localNow) {
        return localNow + (this.offset ?? 0);
    }
}
