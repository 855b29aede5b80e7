// Who you are in which session, kept in localStorage so that a reload or a dropped
// connection resumes with the token instead of joining again under a new id.
// Keyed by session code: one phone may have taken part in more than one session.

const PREFIX = 'lagerhuis.identity.';
const LAST_CODE = 'lagerhuis.last_code';

// localStorage may be missing or refuse to write (private windows, full disks): then the
// page still works, it just cannot resume after a reload.
export function safeStorage(storage) {
    return {
        get(key) {
            try { return storage?.getItem(key) ?? null; } catch { return null; }
        },
        set(key, value) {
            try { storage?.setItem(key, value); } catch { /* not kept; see above */ }
        },
        remove(key) {
            try { storage?.removeItem(key); } catch { /* nothing to forget */ }
        },
    };
}

export class IdentityStore {
    constructor(storage) {
        this.storage = storage;
    }

    // {code, participant, name, role, token} or null.
    load(code) {
        const text = this.storage.get(PREFIX + code);
        if (!text) return null;
        try {
            const identity = JSON.parse(text);
            return typeof identity?.token === 'string' ? { ...identity, code } : null;
        } catch {
            return null;
        }
    }

    save(identity) {
        const { code, participant, name, role, token } = identity;
        this.storage.set(PREFIX + code, JSON.stringify({ participant, name, role, token }));
        this.storage.set(LAST_CODE, code);
    }

    forget(code) {
        this.storage.remove(PREFIX + code);
    }

    lastCode() {
        return this.storage.get(LAST_CODE);
    }
}
