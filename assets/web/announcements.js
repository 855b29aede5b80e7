// What a screen reader is told, politely, when something that matters to this
// participant changed (WCAG 4.1.3, status messages): you have the floor, your place in
// the queue, the poll closed, your ballot counted, your flag decided; and the speaker's
// clock at the warning and at zero, never every second. The banners (a poll opened, a
// seat asked for) speak for themselves, assertively (banners.js); a refusal is read
// from its notice slot (role=alert); the connection line is a status of its own.
// Pure functions of two client states, so the node tests can check each one.
import { isOwnTurn } from './offers.js';

const FLAG_DECIDED = Object.freeze({ confirmed: 'web.say.flag_confirmed', dismissed: 'web.say.flag_dismissed' });

// `before`, `after`: client states ({view, me}). Returns [{key, params}] in the order
// they are to be said; nothing for the first state (a page opened mid-debate).
export function statusChanges(before, after) {
    if (!before?.view || !before.me || !after?.view || !after.me) return [];
    const out = [];
    if (!isOwnTurn(before) && isOwnTurn(after) && !after.view.turn.ended) out.push({ key: 'web.say.your_turn', params: {} });
    const place = after.me.hand ?? 0;
    if (place > 0 && place !== (before.me.hand ?? 0)) out.push({ key: 'web.say.queue_place', params: { place } });
    const was = before.view.poll;
    const poll = after.view.poll;
    if (was?.open && poll && poll.id === was.id && !poll.open)
        out.push({ key: 'web.say.poll_closed', params: { voor: poll.voor, tegen: poll.tegen, twijfel: poll.twijfel } });
    if (after.me.ballot && (after.me.ballot !== before.me.ballot || after.me.poll !== before.me.poll))
        out.push({ key: 'web.say.ballot_counted', params: { side: after.me.ballot } });
    const outcomes = new Map((before.me.flags ?? []).map((flag) => [flag.id, flag.outcome]));
    for (const flag of after.me.flags ?? [])
        if (FLAG_DECIDED[flag.outcome] && outcomes.get(flag.id) === 'pending')
            out.push({ key: FLAG_DECIDED[flag.outcome], params: { fallacy: flag.fallacy } });
    return out;
}

// The speaker's clock between two looks at it (`leftBefore`, `leftNow`: milliseconds left,
// turn_clock.timeLeft): {key, params} when it just reached the warning or zero, else null.
export function clockMoment(turn, leftBefore, leftNow) {
    if (turn.ended) return null;
    if (leftBefore > 0 && leftNow <= 0) return { key: 'web.say.clock_zero', params: {} };
    if (leftBefore > turn.warning_ms && leftNow <= turn.warning_ms)
        return { key: 'web.say.clock_warning', params: { seconds: Math.ceil(leftNow / 1000) } };
    return null;
}
