import assert from 'node:assert/strict';
import test from 'node:test';
import { clockMoment, statusChanges } from '../../assets/web/announcements.js';

const me = (extra = {}) => ({ participant: 7, name: 'Bram', role: 'participant', flags: [], ...extra });
const view = (extra = {}) => ({ statement: { id: 1, status: 'active' }, turn: null, poll: null, ...extra });
const turn = (speaker, extra = {}) => ({ id: 3, speaker, limit_ms: 60000, warning_ms: 15000, spoken_ms: 0, ended: false, ...extra });
const keys = (changes) => changes.map((change) => change.key);

test('nothing is said for the first state, nor when nothing changed', () => {
    assert.deepEqual(statusChanges(null, { view: view(), me: me() }), []);
    const state = { view: view({ turn: turn(7) }), me: me({ hand: 2 }) };
    assert.deepEqual(statusChanges(state, state), []);
});

test('getting the floor is said once, and only for your own turn', () => {
    const before = { view: view({ turn: turn(5) }), me: me({ hand: 1 }) };
    assert.deepEqual(keys(statusChanges(before, { view: view({ turn: turn(7) }), me: me() })), ['web.say.your_turn']);
    assert.deepEqual(keys(statusChanges(before, { view: view({ turn: turn(9) }), me: me({ hand: 1 }) })), []);
    assert.deepEqual(keys(statusChanges(before, { view: view({ turn: turn(7, { ended: true }) }), me: me() })), []);
});

test('a new place in the queue is said with its number; lowering the hand is not', () => {
    const before = { view: view(), me: me({ hand: 3 }) };
    assert.deepEqual(statusChanges(before, { view: view(), me: me({ hand: 2 }) }),
        [{ key: 'web.say.queue_place', params: { place: 2 } }]);
    assert.deepEqual(statusChanges(before, { view: view(), me: me({ hand: 0 }) }), []);
});

test('a closed poll is said with its result; a poll that went away is not', () => {
    const open = { id: 2, open: true, ballots: 3, voor: 0, tegen: 0, twijfel: 0 };
    const before = { view: view({ poll: open }), me: me() };
    const closed = { ...open, open: false, voor: 1, tegen: 2, twijfel: 0 };
    assert.deepEqual(statusChanges(before, { view: view({ poll: closed }), me: me() }),
        [{ key: 'web.say.poll_closed', params: { voor: 1, tegen: 2, twijfel: 0 } }]);
    assert.deepEqual(statusChanges(before, { view: view({ poll: null }), me: me() }), []);
});

test('a ballot is said when counted and when changed, not again with every batch', () => {
    const poll = { id: 2, open: true, ballots: 1, voor: 0, tegen: 0, twijfel: 0 };
    const none = { view: view({ poll }), me: me() };
    const voted = { view: view({ poll }), me: me({ poll: 2, ballot: 'voor' }) };
    assert.deepEqual(statusChanges(none, voted), [{ key: 'web.say.ballot_counted', params: { side: 'voor' } }]);
    assert.deepEqual(statusChanges(voted, voted), []);
    const changed = { view: view({ poll }), me: me({ poll: 2, ballot: 'tegen' }) };
    assert.deepEqual(keys(statusChanges(voted, changed)), ['web.say.ballot_counted']);
});

test('a flag is said when decided, with its drogreden', () => {
    const flag = { id: 3, turn: 2, argument: 0, fallacy: 'ad_hominem', outcome: 'pending' };
    const before = { view: view(), me: me({ flags: [flag] }) };
    assert.deepEqual(statusChanges(before, { view: view(), me: me({ flags: [{ ...flag, outcome: 'dismissed' }] }) }),
        [{ key: 'web.say.flag_dismissed', params: { fallacy: 'ad_hominem' } }]);
    assert.deepEqual(keys(statusChanges(before, { view: view(), me: me({ flags: [{ ...flag, outcome: 'confirmed' }] }) })),
        ['web.say.flag_confirmed']);
    // A new flag that arrives decided (a reload) was not seen pending: nothing to say.
    assert.deepEqual(statusChanges({ view: view(), me: me() },
        { view: view(), me: me({ flags: [{ ...flag, outcome: 'confirmed' }] }) }), []);
});

test('the clock is said at the warning and at zero, never in between', () => {
    const t = turn(7);
    assert.deepEqual(clockMoment(t, 15200, 14900), { key: 'web.say.clock_warning', params: { seconds: 15 } });
    assert.equal(clockMoment(t, 14900, 14600), null);
    assert.equal(clockMoment(t, 40000, 39750), null);
    assert.deepEqual(clockMoment(t, 120, -130), { key: 'web.say.clock_zero', params: {} });
    assert.equal(clockMoment(t, -130, -380), null);
    assert.equal(clockMoment({ ...t, ended: true }, 120, -130), null);
    // A jump over both (a page that slept) says zero only.
    assert.deepEqual(clockMoment(t, 30000, -5000), { key: 'web.say.clock_zero', params: {} });
});
