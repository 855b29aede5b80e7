// The banners under the sticky bar: what the room asks of you now (vote in the poll that
// just opened, sit down again for the new statement) and whether you still take part.
// A banner stays until it is answered; when a new one appears it gets the attention a
// poll needs: focus (unless you are typing), a spoken announcement and a short buzz.
import { byId, setHidden, setText } from './dom.js';
import { drawBallots, pollHeading } from './panels_room.js';

const SECTIONS = Object.freeze({
    removed: 'banner-removed', take_over: 'banner-take-over', poll: 'banner-poll', seat: 'banner-seat',
});

function drawRemoved(ctx) {
    setText(byId('banner-removed-text'), ctx.t('web.removed.text', { name: ctx.state.me.name }));
}

function drawPollBanner(ctx) {
    const poll = ctx.state.view.poll;
    setText(byId('banner-poll-heading'), `${pollHeading(ctx, poll)}: ${ctx.t('web.poll.question')}`);
    // The statement itself may be behind the banner now: say what the vote is about.
    setText(byId('banner-poll-statement'), ctx.state.view.statement?.text ?? '');
    drawBallots(ctx, byId('banner-ballot-row'), null);
}

function drawSeatBanner(ctx) {
    const statement = ctx.state.view.statement;
    setText(byId('banner-seat-heading'), ctx.t(statement.number > 1 ? 'web.seat_banner.next' : 'web.seat_banner.first',
        { number: statement.number }));
    for (const button of byId('banner-seat-row').querySelectorAll('.seat-choice')) {
        setText(button, ctx.t(`side.${button.dataset.side}`));
        button.classList.toggle('busy', ctx.busy('seat'));
    }
}

function drawTakeOverBanner(ctx) {
    setText(byId('banner-take-over-heading'), ctx.t('web.take_over.asked', { name: ctx.state.me?.name ?? '' }));
}

const DRAW = Object.freeze({ removed: drawRemoved, take_over: drawTakeOverBanner, poll: drawPollBanner, seat: drawSeatBanner });

function announcement(ctx, banner) {
    if (banner.kind === 'poll') return byId('banner-poll-heading').textContent;
    if (banner.kind === 'seat') return byId('banner-seat-heading').textContent;
    if (banner.kind === 'take_over') return byId('banner-take-over-heading').textContent;
    return `${byId('banner-removed-heading').textContent} ${byId('banner-removed-text').textContent}`;
}

function typing() {
    const active = document.activeElement;
    return active?.matches('input:not([type="radio"]), select, textarea') ?? false;
}

// Where the focus goes when the banner holding it goes (answered): the same choice on
// its card (the ballot, the bench), else the main part; never the body, where a
// keyboard or screen-reader user would have to start again from the top.
const FOCUS_AFTER = Object.freeze({ poll: '#ballot-row', seat: '#bench-row' });

const FOCUS_TRIES = 20;  // × 50 ms: the card's ballots show once the host counted the vote

// `active`: the focused element as it was before the banner was hidden. The focus waits
// on the main part until the counterpart shows, unless the person moved it meanwhile.
function keepFocus(kind, active, tries = FOCUS_TRIES) {
    const now = document.activeElement;
    if (now !== active && now !== document.body && now !== byId('main')) return;  // moved on
    const side = active?.dataset?.side;
    const counterpart = side && FOCUS_AFTER[kind]
        ? document.querySelector(`${FOCUS_AFTER[kind]} [data-side="${side}"]`) : null;
    if (counterpart && counterpart.offsetParent !== null && !counterpart.disabled) {
        counterpart.focus({ preventScroll: true });
        return;
    }
    if (now !== byId('main')) byId('main').focus({ preventScroll: true });
    if (counterpart && tries > 0) setTimeout(() => keepFocus(kind, active, tries - 1), 50);
}

// Draws `list` (offers.banners) and returns the banners that were not shown before.
export function drawBanners(ctx, list, shownBefore) {
    const wanted = new Map(list.map((banner) => [banner.kind, banner]));
    const active = document.activeElement;
    for (const [kind, id] of Object.entries(SECTIONS)) {
        const section = byId(id);
        // The cards are drawn after the banners: find the counterpart once they are.
        if (!wanted.has(kind) && !section.hidden && section.contains(active)) setTimeout(() => keepFocus(kind, active), 0);
        setHidden(section, !wanted.has(kind));
        if (wanted.has(kind)) DRAW[kind](ctx);
    }
    return list.filter((banner) => !shownBefore.has(banner.id));
}

// Focus, announcement and vibration for banners that just appeared (most urgent first).
export function drawAttention(ctx, fresh) {
    if (fresh.length === 0) return;
    const first = fresh[0];
    const announcer = byId('announcer');
    announcer.textContent = '';
    // A new text in a cleared live region is read even when it equals the last one.
    setTimeout(() => { announcer.textContent = fresh.map((banner) => announcement(ctx, banner)).join(' '); }, 50);
    if (!typing()) byId(SECTIONS[first.kind]).focus({ preventScroll: true });
    if (first.kind !== 'removed') globalThis.navigator?.vibrate?.(200);
}
