// How long a notice stays. A note about a tap (a refusal, "gemeld", "je zit al bij
// voor") has done its work once read: it goes after a few seconds, or at once when the
// participant does something else. What needs action stays until it is resolved: a
// join that failed (until the next try), a lost connection (until it is back), an error
// from the host (until the next action).

export const TRANSIENT_MS = 8000;

export function isSticky(area, notice) {
    if (area === 'join') return true;
    if (notice.kind === 'bye') return true;
    if (notice.kind === 'error') return notice.reason.code !== 'rate_limited';
    return notice.sticky === true;
}

// When it goes by itself (our clock), or null when it stays.
export function expiresAt(area, notice) {
    return isSticky(area, notice) ? null : (notice.at ?? 0) + TRANSIENT_MS;
}

// The areas of `notices` ({area: notice}) whose time is up at `now`.
export function expiredAreas(notices, now) {
    return Object.entries(notices).filter(([area, notice]) => {
        const until = expiresAt(area, notice);
        return until !== null && until <= now;
    }).map(([area]) => area);
}

// The soonest expiry among `notices`, or null.
export function nextExpiry(notices) {
    let soonest = null;
    for (const [area, notice] of Object.entries(notices)) {
        const until = expiresAt(area, notice);
        if (until !== null && (soonest === null || until < soonest)) soonest = until;
    }
    return soonest;
}

// `notices` without the transient ones: what is left after the participant acts.
export function keepSticky(notices) {
    return Object.fromEntries(Object.entries(notices).filter(([area, notice]) => isSticky(area, notice)));
}
