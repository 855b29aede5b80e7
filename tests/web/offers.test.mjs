// What the page offers follows the host's rules (core/decide_*.cpp): nothing is offered
// that would be refused, a poll or a new statement asks for an answer until it is given,
// and the personal summary says which way each count goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    appreciationOffer, banners, flagOffer, isOwnArgument, isOwnTurn, pollToShow, rememberMarksGiven, seatTap, seatUnavailable,
    summaryRows,
} from '../../assets/web/offers.js';

const turn = (speaker, extra = {}) => ({ id: 3, speaker, name: 'Sanne', side: 'voor', limit_ms: 60000, warning_ms: 15000,
    spoken_ms: 0, ended: false, ...extra });
const argument = (id, extra = {}) => ({ id, turn: 3, speaker: 'Sanne', direction: 'voor', kind: 'pro', text: 'A',
    appreciations: 0, ...extra });
const summary = { turns: 0, speaking_ms: 0, arguments: 0, crossings: 0, flags_confirmed: 0, flags_dismissed: 0,
    appreciations_received: 0 };
function state({ me = {}, view = {} } = {}) {
    return {
        me: { participant: 7, name: 'Anna', role: 'participant', removed: false, hand: 0, appreciated: [], flags: [], summary, ...me },
        view: { session: { title: 'T', language: 'nl', locked: false, anonymous_ballots: true },
            statement: { id: 1, text: 'S', status: 'active', number: 1, count: 2 }, turn: null,
            room: { voor: 0, tegen: 0, twijfel: 0, hands: 0, present: 1 }, poll: null, arguments: [], ...view },
    };
}

test('your own argument offers no "overtuigt mij": it says it is yours', () => {
    const speaking = state({ view: { turn: turn(7), arguments: [argument(4)] } });
    assert.equal(isOwnTurn(speaking), true);
    assert.equal(isOwnArgument(speaking, speaking.view.arguments[0]), true);
    assert.equal(appreciationOffer(speaking, speaking.view.arguments[0]), 'own');
    const listening = state({ view: { turn: turn(5), arguments: [argument(4)] } });
    assert.equal(appreciationOffer(listening, listening.view.arguments[0]), 'mark');
});

test('an explicit `mine` from the host wins over the speaker id', () => {
    const s = state({ view: { turn: turn(5, { mine: true }), arguments: [argument(4, { mine: true }), argument(6, { mine: false })] } });
    assert.equal(isOwnTurn(s), true);
    assert.equal(appreciationOffer(s, s.view.arguments[0]), 'own');
    assert.equal(appreciationOffer(s, s.view.arguments[1]), 'mark');
    assert.equal(flagOffer(s).why, 'web.flag.own_turn');
});

test('a marked argument offers to take the mark back; a question offers nothing', () => {
    const s = state({ me: { appreciated: [4] }, view: { turn: turn(5), arguments: [argument(4), argument(6, { kind: 'question' })] } });
    assert.equal(appreciationOffer(s, s.view.arguments[0]), 'withdraw');
    assert.equal(appreciationOffer(s, s.view.arguments[1]), 'none');
});

test('the flag form is offered for someone else\'s turn only, and never after removal', () => {
    assert.deepEqual(flagOffer(state()), { open: false, why: 'web.flag.nobody' });
    assert.deepEqual(flagOffer(state({ view: { turn: turn(7) } })), { open: false, why: 'web.flag.own_turn' });
    assert.deepEqual(flagOffer(state({ view: { turn: turn(5) } })), { open: true, why: null });
    assert.equal(flagOffer(state({ me: { removed: true }, view: { turn: turn(5) } })).open, false);
    assert.equal(flagOffer(state({ me: { role: 'observer' }, view: { turn: turn(5) } })).open, false);
});

test('a tap on your own bench sends nothing and says where you sit; benches need an open statement', () => {
    const seated = state({ me: { seat: 'voor' } });
    assert.deepEqual(seatTap(seated, 'voor'), { send: false, note: 'web.benches.already_here', cancel: null });
    assert.deepEqual(seatTap(seated, 'tegen'), { send: true, note: null, cancel: null });
    const waiting = [{ requestId: 'w-3-x', command: 'take_seat', body: { participant: 0, side: 'tegen' }, sentAt: null }];
    assert.equal(seatTap(seated, 'voor', waiting).cancel, 'w-3-x', 'offline, a tap back on your bench takes the move back');
    assert.equal(seatUnavailable(seated), null);
    const between = state({ view: { statement: { id: 1, text: 'S', status: 'closed', number: 1, count: 2 } } });
    assert.equal(seatUnavailable(between), 'web.benches.no_statement');
});

test('an open poll asks until you voted, or your vote is on its way', () => {
    const poll = { id: 2, open: true, ballots: 0, voor: 0, tegen: 0, twijfel: 0, voters: [] };
    const open = state({ me: { seat: 'voor' }, view: { poll } });
    assert.deepEqual(banners(open), [{ kind: 'poll', id: 'poll-2' }]);
    const waiting = [{ command: 'cast_ballot', body: { participant: 0, poll: 2, choice: 'voor' } }];
    assert.deepEqual(banners(open, waiting), []);
    assert.deepEqual(banners(state({ me: { seat: 'voor', poll: 2, ballot: 'tegen' }, view: { poll } })), []);
    assert.deepEqual(banners(state({ me: { seat: 'voor' }, view: { poll: { ...poll, open: false } } })), []);
});

test('a new statement asks everybody to sit again; a removed participant is told so and asked nothing', () => {
    const next = state({ view: { statement: { id: 2, text: 'S2', status: 'active', number: 2, count: 2 } } });
    assert.deepEqual(banners(next), [{ kind: 'seat', id: 'seat-2' }]);
    assert.deepEqual(banners(next, [{ command: 'take_seat', body: { participant: 0, side: 'voor' } }]), []);
    const removed = state({ me: { removed: true }, view: { poll: { id: 2, open: true, ballots: 0, voor: 0, tegen: 0, twijfel: 0, voters: [] } } });
    assert.deepEqual(banners(removed), [{ kind: 'removed', id: 'removed' }]);
    const both = state({ view: { poll: { id: 3, open: true, ballots: 0, voor: 0, tegen: 0, twijfel: 0, voters: [] } } });
    assert.deepEqual(banners(both).map((b) => b.kind), ['poll', 'seat'], 'the poll first');
});

test('the poll result stays after its statement closes, until another statement is shown', () => {
    const closedPoll = { id: 2, open: false, ballots: 3, voor: 1, tegen: 2, twijfel: 0, voters: [] };
    const active = { id: 1, text: 'S', status: 'active', number: 1, count: 2 };
    let shown = pollToShow({ statement: active, poll: closedPoll }, null);
    assert.equal(shown.poll, closedPoll);
    shown = pollToShow({ statement: { ...active, status: 'closed' }, poll: null }, shown.remembered);
    assert.equal(shown.poll, closedPoll, 'the view drops it; the page keeps it');
    shown = pollToShow({ statement: { ...active, id: 2, number: 2, status: 'active' }, poll: null }, shown.remembered);
    assert.equal(shown.poll, null, 'the next statement starts without it');
    assert.equal(shown.remembered, null);
});

test('the summary counts marks received and marks given, each in its own words', () => {
    // Anna marked argument 4 in turn 3, took back her mark on 6, then marked 9 in turn 8.
    let marks = rememberMarksGiven(null, state({ me: { appreciated: [4, 6] }, view: { turn: turn(5), arguments: [argument(4), argument(6)] } }));
    marks = rememberMarksGiven(marks, state({ me: { appreciated: [4] }, view: { turn: turn(5), arguments: [argument(4), argument(6)] } }));
    marks = rememberMarksGiven(marks, state({ me: { appreciated: [9] }, view: { turn: turn(5, { id: 8 }), arguments: [argument(9, { turn: 8 })] } }));
    // The statement closed: the view has no turn and no arguments, and `appreciated` is empty.
    marks = rememberMarksGiven(marks, state({ me: { appreciated: [] }, view: { turn: null, arguments: [] } }));
    const rows = summaryRows({ ...state().me, summary: { ...summary, appreciations_received: 0 } }, marks);
    const byField = Object.fromEntries(rows.map((row) => [row.field, row]));
    assert.equal(byField.appreciations_received.key, 'web.summary.appreciations_received');
    assert.equal(byField.appreciations_received.value, 0);
    assert.equal(byField.appreciations_given.key, 'web.summary.appreciations_given');
    assert.equal(byField.appreciations_given.value, 2, 'the marks this participant gave, earlier turns too');
    const counted = summaryRows({ ...state().me, summary: { ...summary, appreciations_given: 5 } }, marks);
    assert.equal(counted.find((row) => row.field === 'appreciations_given').value, 5, 'the host\'s count when it sends one');
});
