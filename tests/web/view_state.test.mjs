import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyBatch, applyMe, applySnapshot, classifyBatch, emptyViewState } from '../../assets/web/view_state.js';

const view = {
    session: { title: 'T', language: 'nl', locked: false, anonymous_ballots: true },
    statement: { id: 1, text: 'S', status: 'active', number: 1, count: 1 },
    turn: { id: 3, speaker: 5, name: 'Sanne', side: 'voor', limit_ms: 60000, warning_ms: 15000, spoken_ms: 0, ended: false },
    room: { voor: 3, tegen: 4, twijfel: 1, hands: 2, present: 8 },
    poll: null,
    arguments: [{ id: 4, turn: 3, speaker: 'Sanne', direction: 'voor', kind: 'pro', text: 'A', appreciations: 2 }],
};
const me = (seat) => ({ participant: 7, name: 'Anna', seat });
const joined = () => applySnapshot(emptyViewState, { seq: 41, view, me: me('tegen') });

test('a snapshot replaces everything and sets the seq', () => {
    const state = joined();
    assert.equal(state.seq, 41);
    assert.deepEqual(state.view, view);
    assert.equal(state.me.seat, 'tegen');
});

test('a batch that follows on replaces the sections it names, whole, and keeps the others', () => {
    const room = { voor: 4, tegen: 3, twijfel: 1, hands: 2, present: 8 };
    const { state, outcome } = applyBatch(joined(), { from: 42, seq: 44, view: { room, turn: null } });
    assert.equal(outcome, 'apply');
    assert.equal(state.seq, 44);
    assert.deepEqual(state.view.room, room);
    assert.equal(state.view.turn, null);
    assert.deepEqual(state.view.arguments, view.arguments);
    assert.deepEqual(state.view.statement, view.statement);
});

test('an empty batch still advances the seq', () => {
    const { state } = applyBatch(joined(), { from: 42, seq: 42, view: {} });
    assert.equal(state.seq, 42);
    assert.deepEqual(state.view, view);
});

test('a batch that overlaps what we have is applied (from may be earlier)', () => {
    assert.equal(classifyBatch(joined(), { from: 40, seq: 43 }), 'apply');
});

test('a batch not above our seq is a duplicate and changes nothing', () => {
    const before = joined();
    for (const batch of [{ from: 41, seq: 41 }, { from: 30, seq: 40 }]) {
        const { state, outcome } = applyBatch(before, { ...batch, view: { room: null } });
        assert.equal(outcome, 'duplicate');
        assert.equal(state, before);
    }
});

test('a batch of no events right after our seq moves the view: who is here changed', () => {
    const room = { ...view.room, present: 5 };
    const { state, outcome } = applyBatch(joined(), { from: 42, seq: 41, view: { room } });
    assert.equal(outcome, 'apply');
    assert.equal(state.seq, 41);
    assert.deepEqual(state.view.room, room);
    assert.deepEqual(state.view.turn, view.turn);
    // From further back it is still a duplicate (or a loss), never merged.
    assert.equal(classifyBatch(joined(), { from: 41, seq: 40 }), 'duplicate');
    assert.equal(classifyBatch(joined(), { from: 43, seq: 42 }), 'lost');
});

test('a batch that skips seqs means events were lost', () => {
    const before = joined();
    const { state, outcome } = applyBatch(before, { from: 43, seq: 45, view: {} });
    assert.equal(outcome, 'lost');
    assert.equal(state, before);
});

test('a batch before any snapshot has nothing to merge into', () => {
    assert.equal(applyBatch(emptyViewState, { from: 1, seq: 1, view: {} }).outcome, 'early');
});

test('the personal part is replaced whole; an older one is dropped', () => {
    let { state, outcome } = applyMe(joined(), { seq: 44, me: me('voor') });
    assert.equal(outcome, 'apply');
    assert.equal(state.me.seat, 'voor');
    ({ state, outcome } = applyMe(state, { seq: 43, me: me('twijfel') }));
    assert.equal(outcome, 'stale');
    assert.equal(state.me.seat, 'voor');
});
