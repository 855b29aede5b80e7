// While the page cannot reach the host, what a tap will do is said at once, in the
// sticky area ("Nog niet verstuurd: bij Tegen gaan zitten"), not after it was sent:
// the participant sees the tap was taken, and what it will be taken as.
import { byId, setHidden, setText } from './dom.js';
import { fallacyName } from './panels_personal.js';

const QUEUED_TEXTS = Object.freeze({
    take_seat: 'web.queued.take_seat',
    raise_hand: 'web.queued.raise_hand',
    lower_hand: 'web.queued.lower_hand',
    cast_ballot: 'web.queued.cast_ballot',
    appreciate: 'web.queued.appreciate',
    withdraw_appreciation: 'web.queued.withdraw_appreciation',
    flag_fallacy: 'web.queued.flag_fallacy',
});

function describe(ctx, entry) {
    const key = QUEUED_TEXTS[entry.command];
    if (!key) return entry.command;
    return ctx.t(key, { side: entry.body.side ?? entry.body.choice ?? '', fallacy: fallacyName(ctx, entry.body.fallacy) });
}

// entries: the unanswered commands; shown when they cannot go out now.
export function drawQueued(ctx, entries, canSend) {
    const waiting = entries.filter((entry) => !canSend || entry.sentAt === null);
    const line = byId('queued');
    setHidden(line, waiting.length === 0);
    setText(line, waiting.length === 0 ? ''
        : ctx.t('web.queued.line', { actions: waiting.map((entry) => describe(ctx, entry)).join('; ') }));
}
