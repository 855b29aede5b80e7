// The shared room: the statement, who speaks and their clock, the benches, the hand and
// the poll. Each draw function is a function of the page's context (ctx): the client's
// state, the chosen language and its texts; it only updates what changed.
import { byId, el, setAttr, setHidden, setHiddenKeepingFocus, setText, syncList } from './dom.js';
import { isOwnTurn, seatUnavailable } from './offers.js';
import { SIDES } from './protocol.js';
import { formatTimeLeft, fractionUsed, isPaused, timeLeft, turnPhase } from './turn_clock.js';

// Left to right as in the room: voor, the middle bench, tegen.
export const BENCH_ORDER = Object.freeze(['voor', 'twijfel', 'tegen']);

export function drawStatement(ctx) {
    const statement = ctx.state.view.statement;
    const label = byId('statement-label');
    if (!statement) {
        setText(label, '');
        setText(byId('statement-text'), ctx.t('web.statement.none'));
        setAttr(byId('statement'), 'data-status', 'none');
        return;
    }
    let text = ctx.t('web.statement.label', { number: statement.number, count: statement.count });
    if (statement.status === 'closed') text += ` · ${ctx.t('web.statement.closed')}`;
    setText(label, text);
    setText(byId('statement-text'), statement.text);
    setAttr(byId('statement'), 'data-status', statement.status);
}

// The speaker and the clock in the sticky bar and on the flag sheet's head: small, and
// always in view while the participant scrolls, flags or votes.
function drawLiveTurn(ctx, turn, speaker, clock, phase, state) {
    const bar = byId('live-turn');
    setHidden(bar, !turn);
    setText(byId('live-state'), state ?? '');
    setText(byId('flag-sheet-live'), turn ? ctx.t('web.flag.sheet_turn', { name: turn.name }) : '');
    if (!turn) return;
    setAttr(bar, 'data-phase', phase);
    setText(byId('live-speaker'), speaker);
    setText(byId('live-clock'), clock);
}

// Called often (several times a second): touches only the clock's own elements.
export function drawTurn(ctx) {
    const turn = ctx.state.view.turn;
    const card = byId('turn');
    setHidden(byId('turn-body'), !turn);
    setHidden(byId('turn-nobody'), !!turn);
    if (!turn) {
        setText(byId('turn-heading'), ctx.t('web.turn.heading'));
        setAttr(card, 'data-phase', 'none');
        drawLiveTurn(ctx, null);
        return;
    }
    const left = timeLeft(turn, ctx.hostNow());
    const phase = turnPhase(turn, left);
    setText(byId('turn-heading'), ctx.t(turn.ended ? 'web.turn.heading_ended' : 'web.turn.heading'));
    setAttr(card, 'data-phase', phase);
    setAttr(card, 'data-side', turn.side);
    const speaker = isOwnTurn(ctx.state, turn) ? ctx.t('web.turn.you', { name: turn.name }) : turn.name;
    setText(byId('speaker-name'), speaker);
    const side = byId('speaker-side');
    setText(side, ctx.t(`side.${turn.side}`));
    setAttr(side, 'data-side', turn.side);
    const clock = formatTimeLeft(left);
    setText(byId('clock'), clock);
    let state = '';
    if (phase === 'ended') state = ctx.t('web.turn.ended');
    else if (isPaused(turn)) state = ctx.t('web.turn.paused');
    else if (phase === 'overtime') state = ctx.t('web.turn.overtime');
    else if (phase === 'warning') state = ctx.t('web.turn.warning');
    setText(byId('clock-state'), state);
    drawLiveTurn(ctx, turn, speaker, clock, phase, state);
    byId('clock-bar-fill').style.width = `${(fractionUsed(turn, left) * 100).toFixed(1)}%`;
}

// The benches can be used while a statement is open; otherwise the hint says why not.
export function drawBenches(ctx) {
    const { room } = ctx.state.view;
    const seat = ctx.state.me?.seat ?? null;
    const busy = ctx.busy('seat');
    const unavailable = seatUnavailable(ctx.state);
    setText(byId('benches-hint'), ctx.t(unavailable ?? 'web.benches.hint'));
    for (const button of byId('bench-row').querySelectorAll('.bench')) {
        button.disabled = unavailable !== null;
        const side = button.dataset.side;
        const mine = seat === side;
        setText(button.querySelector('.bench-name'), ctx.t(`side.${side}`));
        setText(button.querySelector('.bench-count'), String(room[side]));
        setText(button.querySelector('.bench-you'), mine ? ctx.t('web.benches.yours') : '');
        setAttr(button, 'aria-pressed', mine);
        // The name is the visible text ("Voor 2 Hier zit jij"), so a voice user can say
        // what they see (WCAG 2.5.3); the whole sentence is the button's description.
        setText(button.querySelector('.bench-said'), ctx.t(mine ? 'web.benches.button_yours' : 'web.benches.button',
            { side, count: room[side] }));
        button.classList.toggle('busy', busy);
    }
    setText(byId('room-line'), ctx.t('web.benches.present', { present: room.present, hands: room.hands }));
}

export function drawHand(ctx) {
    const place = ctx.state.me?.hand ?? 0;
    const turn = ctx.state.view.turn;
    const speaking = turn && !turn.ended && isOwnTurn(ctx.state, turn);
    let status = ctx.t('web.hand.none');
    if (place > 0) status = ctx.t('web.hand.place', { place });
    else if (speaking) status = ctx.t('web.hand.speaking');
    setText(byId('hand-status'), status);
    byId('hand-status').classList.toggle('raised', place > 0);
    const button = byId('hand-button');
    setText(button, ctx.t(place > 0 ? 'web.hand.lower' : 'web.hand.raise'));
    setAttr(button, 'data-action', place > 0 ? 'lower' : 'raise');
    button.classList.toggle('busy', ctx.busy('hand'));
}

function ballotLine(ctx, poll) {
    const me = ctx.state.me;
    const ballot = me && me.poll === poll.id ? me.ballot ?? null : null;
    const parts = [];
    if (ballot) parts.push(ctx.t('web.poll.your_ballot', { side: ballot }));
    else if (poll.open) parts.push(ctx.t('web.poll.no_ballot'));
    parts.push(ctx.t('web.poll.ballots', { ballots: poll.ballots }));
    return { ballot, text: parts.join(' · ') };
}

// The rows of three side buttons (data-choices="<class>": ballots, the seat banner's),
// in the room's order; the draw functions fill in their texts.
export function buildChoiceRows(root) {
    for (const row of root.querySelectorAll('[data-choices]')) {
        const className = row.dataset.choices;
        row.replaceChildren(...BENCH_ORDER.map((side) => el('button', { type: 'button', class: className, 'data-side': side,
            'aria-pressed': className === 'ballot' ? 'false' : null })));
    }
}

// The three ballot buttons of `row` (the poll banner's, or the card's to change a vote).
export function drawBallots(ctx, row, ballot) {
    const busy = ctx.busy('poll');
    for (const button of row.querySelectorAll('.ballot')) {
        setText(button, ctx.t(`side.${button.dataset.side}`));
        setAttr(button, 'aria-pressed', ballot === button.dataset.side);
        button.classList.toggle('busy', busy);
    }
}

function drawPollResult(ctx, poll) {
    const container = byId('poll-result');
    if (poll.open) {
        container.replaceChildren();
        return;
    }
    const total = Math.max(1, poll.voor + poll.tegen + poll.twijfel);
    syncList(container, BENCH_ORDER, (side) => side,
        (side) => el('div', { class: 'result-row', 'data-side': side },
            el('span', { class: 'result-name' }), el('span', { class: 'result-bar' }, el('span')),
            el('span', { class: 'result-count' })),
        (row, side) => {
            setText(row.querySelector('.result-name'), ctx.t(`side.${side}`));
            setText(row.querySelector('.result-count'), String(poll[side]));
            row.querySelector('.result-bar span').style.width = `${(poll[side] / total) * 100}%`;
        });
    if (poll.voters.length > 0) {
        const names = poll.voters.map((voter) => `${voter.name}: ${ctx.t(`side.${voter.choice}`)}`).join(', ');
        container.append(el('p', { class: 'muted small voters', text: names }));
    }
}

export function pollHeading(ctx, poll) {
    if (!poll.open) return ctx.t('web.poll.closed');
    return ctx.t(ctx.state.view.session.anonymous_ballots ? 'web.poll.heading_secret' : 'web.poll.heading');
}

// ctx.poll: the poll to show (offers.pollToShow: it stays after its statement closes).
// While the poll banner asks for a vote, the card only tells; after voting it offers
// the buttons again, to change the vote while the poll is open.
export function drawPoll(ctx) {
    const poll = ctx.poll;
    setHidden(byId('poll'), !poll);
    if (!poll) return;
    setText(byId('poll-heading'), pollHeading(ctx, poll));
    const asking = ctx.bannerKinds.has('poll');
    setText(byId('poll-question'), poll.open ? ctx.t(asking ? 'web.poll.vote_above' : 'web.poll.change') : '');
    setHidden(byId('poll-question'), !poll.open);
    setHiddenKeepingFocus(byId('ballot-row'), !poll.open || asking, byId('poll'));
    const { ballot, text } = ballotLine(ctx, poll);
    drawBallots(ctx, byId('ballot-row'), ballot);
    setText(byId('poll-line'), text);
    setAttr(byId('poll'), 'data-open', poll.open);
    drawPollResult(ctx, poll);
}

export function sideFromButton(button) {
    const side = button?.dataset.side;
    return SIDES.includes(side) ? side : null;
}
