// What the page offers this participant, decided by the same rules the host applies
// (core/decide_*.cpp), so that nothing is offered that the host would refuse: no
// "overtuigt mij" on your own argument, no flag form while you speak, no benches while
// no statement is open, nothing at all once you were removed. Pure functions of the
// client's state (and its unanswered commands), so the node tests can check each rule.

// The host may say explicitly what is yours (`mine` on a turn or an argument); without
// it, the turn's speaker id against yours says the same for the latest turn, whose
// arguments are the only ones a participant sees (docs/protocol.md).
export function isOwnTurn(state, turn = state.view?.turn) {
    if (!turn || !state.me) return false;
    if (typeof turn.mine === 'boolean') return turn.mine;
    return turn.speaker === state.me.participant;
}

export function isOwnArgument(state, argument) {
    if (typeof argument.mine === 'boolean') return argument.mine;
    const turn = state.view?.turn;
    return !!turn && argument.turn === turn.id && isOwnTurn(state, turn);
}

export const isRemoved = (state) => state.me?.removed === true;

// Someone who may take part: a participant (not an observer) who was not removed.
export const takesPart = (state) => state.me?.role === 'participant' && !isRemoved(state);

// 'mark' | 'withdraw' | 'own' | 'none' (a question, or someone who does not take part).
export function appreciationOffer(state, argument) {
    if (!takesPart(state) || argument.kind === 'question') return 'none';
    if (isOwnArgument(state, argument)) return 'own';
    // The host's own word (core::may_appreciate) when it sends it.
    if (Array.isArray(state.me.cannot_appreciate) && state.me.cannot_appreciate.includes(argument.id)) return 'none';
    return (state.me.appreciated ?? []).includes(argument.id) ? 'withdraw' : 'mark';
}

// {open: true} or {open: false, why: a web.* key}: whether the flag form may be used now.
export function flagOffer(state) {
    if (!takesPart(state)) return { open: false, why: 'web.flag.not_participant' };
    if (!state.view.turn) return { open: false, why: 'web.flag.nobody' };
    if (isOwnTurn(state)) return { open: false, why: 'web.flag.own_turn' };
    // The host's own word (core::may_flag) when it sends it.
    if (state.me.can_flag === false) return { open: false, why: 'web.flag.nobody' };
    return { open: true, why: null };
}

// Taking a seat needs an open statement; null when the benches may be used.
export function seatUnavailable(state) {
    if (!takesPart(state)) return 'web.benches.not_participant';
    return state.view.statement?.status === 'active' ? null : 'web.benches.no_statement';
}

// A tap on a bench: send take_seat, or (your own bench) only say where you sit; and
// when a move is still waiting to go out, a tap back on your own bench takes it back.
export function seatTap(state, side, pending = []) {
    if (state.me?.seat !== side) return { send: true, note: null, cancel: null };
    const waiting = pending.find((entry) => entry.command === 'take_seat' && entry.sentAt === null);
    return { send: false, note: 'web.benches.already_here', cancel: waiting?.requestId ?? null };
}

export function hasVoted(state, poll) {
    return state.me?.poll === poll.id && !!state.me.ballot;
}

// The banners that ask for something now, most urgent first, each with an id that is
// new for every new question (so the page draws attention to it once). A tap that is
// still on its way counts as answered: the banner goes and the queue line says so.
// `pending`: {command, body} of those taps (and of those acked a moment ago).
export function banners(state, pending = []) {
    if (isRemoved(state)) return [{ kind: 'removed', id: 'removed' }];
    // Another device asks for this seat: answered first, whatever else goes on.
    const asked = state.takeOverAsked ? [{ kind: 'take_over', id: `take_over-${state.takeOverAsked.request}` }] : [];
    if (!takesPart(state) || !state.view) return asked;
    const waiting = (command, test = () => true) => pending.some((e) => e.command === command && test(e.body));
    const out = asked;
    const poll = state.view.poll;
    if (poll?.open && !hasVoted(state, poll) && !waiting('cast_ballot', (body) => body.poll === poll.id))
        out.push({ kind: 'poll', id: `poll-${poll.id}` });
    const statement = state.view.statement;
    if (statement?.status === 'active' && !state.me.seat && !waiting('take_seat'))
        out.push({ kind: 'seat', id: `seat-${statement.id}` });
    return out;
}

// The poll to show: the view's, or (the view drops it when its statement closes) the
// last one seen for the statement that is shown closed now, so its result stays.
// Returns {poll, remembered}: keep `remembered` for the next call.
export function pollToShow(view, remembered) {
    const statement = view.statement;
    if (view.poll) return { poll: view.poll, remembered: { statement: statement?.id ?? null, poll: view.poll } };
    const keep = remembered && statement?.status === 'closed' && remembered.statement === statement.id
        && !remembered.poll.open;
    return { poll: keep ? remembered.poll : null, remembered: keep ? remembered : null };
}

// The arguments this participant marked as convincing, as far as this page saw them:
// `me.appreciated` covers only the latest turn's arguments (and none once the statement
// closed), so the marks of earlier turns are kept here; a mark taken back goes.
export function rememberMarksGiven(memory, state) {
    const marks = new Set(memory ?? []);
    if (!state.me || !state.view) return marks;
    const given = new Set(state.me.appreciated ?? []);
    for (const argument of state.view.arguments) {
        if (given.has(argument.id)) marks.add(argument.id);
        else marks.delete(argument.id);
    }
    return marks;
}

// The personal summary, in words that say which way each count goes: how often others
// found your arguments convincing, and how often you found someone's convincing (the
// host's count when it sends one, else the marks this page saw: rememberMarksGiven).
export function summaryRows(me, marksGiven = new Set()) {
    const summary = me.summary;
    const given = Number.isInteger(summary.appreciations_given) ? summary.appreciations_given : marksGiven.size;
    return [
        { field: 'turns', key: 'web.summary.turns', value: summary.turns, format: 'count' },
        { field: 'speaking_ms', key: 'web.summary.speaking', value: summary.speaking_ms, format: 'duration' },
        { field: 'arguments', key: 'web.summary.arguments', value: summary.arguments, format: 'count' },
        { field: 'crossings', key: 'web.summary.crossings', value: summary.crossings, format: 'count' },
        { field: 'flags_confirmed', key: 'web.summary.flags_confirmed', value: summary.flags_confirmed, format: 'count' },
        { field: 'flags_dismissed', key: 'web.summary.flags_dismissed', value: summary.flags_dismissed, format: 'count' },
        { field: 'appreciations_received', key: 'web.summary.appreciations_received',
            value: summary.appreciations_received, format: 'count' },
        { field: 'appreciations_given', key: 'web.summary.appreciations_given', value: given, format: 'count' },
    ];
}
