// Notes about a tap go by themselves after a few seconds; what needs action stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRANSIENT_MS, expiredAreas, isSticky, keepSticky, nextExpiry } from '../../assets/web/notice_policy.js';
import { normalizeSessionCode } from '../../assets/web/session_code.js';

const refused = { id: 1, at: 1000, kind: 'refused', reason: { code: 'already_appreciated', params: {} } };
const note = { id: 'local-1', at: 3000, kind: 'local', tone: 'info', key: 'web.benches.already_here', params: {} };
const stopping = { id: 2, at: 1000, kind: 'bye', reason: { code: 'host_stopping', params: {} } };
const failure = { id: 3, at: 1000, kind: 'error', reason: { code: 'host_unavailable', params: {} } };
const joinRefused = { id: 4, at: 1000, kind: 'refused', reason: { code: 'name_taken', params: {} } };

test('a refusal or a note about a tap expires; a bye, an error and a failed join stay', () => {
    assert.equal(isSticky('arguments', refused), false);
    assert.equal(isSticky('seat', note), false);
    assert.equal(isSticky('global', stopping), true);
    assert.equal(isSticky('global', failure), true);
    assert.equal(isSticky('join', joinRefused), true);
    assert.equal(isSticky('global', { ...failure, reason: { code: 'rate_limited', params: {} } }), false);
});

test('expiry: the soonest one, and which are due', () => {
    const notices = { arguments: refused, seat: note, global: stopping };
    assert.equal(nextExpiry(notices), 1000 + TRANSIENT_MS);
    assert.deepEqual(expiredAreas(notices, 1000 + TRANSIENT_MS - 1), []);
    assert.deepEqual(expiredAreas(notices, 1000 + TRANSIENT_MS), ['arguments']);
    assert.deepEqual(expiredAreas(notices, 10 ** 9), ['arguments', 'seat']);
    assert.equal(nextExpiry({ global: stopping }), null);
    assert.deepEqual(keepSticky(notices), { global: stopping });
});

test('a session code may be typed with spaces, dashes or dots', () => {
    for (const typed of ['123456', '123 456', '123-456', ' 12 34 56 ', '123\u00a0456', '123–456', '123.456'])
        assert.equal(normalizeSessionCode(typed), '123456', JSON.stringify(typed));
    assert.equal(normalizeSessionCode(null), '');
});
