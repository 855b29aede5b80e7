// The participant page: loads the texts, starts the client, and redraws the page from the
// client's state whenever it changes (and the speaker's clock a few times a second).
// Sections: [texts] [notices] [drawing] [actions] [start].
import { clockMoment, statusChanges } from './announcements.js';
import { drawAttention, drawBanners } from './banners.js';
import { byId, setAttr, setHidden, setText } from './dom.js';
import { closeFlagSheet, followStickyBar, isFlagSheetOpen, wireFlagSheet } from './flag_sheet.js';
import { preferredLanguage, rememberLanguage, translateStatic } from './i18n.js';
import { IdentityStore, safeStorage } from './identity_store.js';
import { MessageCatalog } from './messages.js';
import { expiredAreas, keepSticky, nextExpiry } from './notice_policy.js';
import { drawNotices } from './notices.js';
import { banners, isOwnTurn, isRemoved, pollToShow, rememberMarksGiven, seatTap } from './offers.js';
import { drawArguments, drawFlagCard, drawFlagSheet, drawMyFlags, drawSummary, fallacyName } from './panels_personal.js';
import {
    buildChoiceRows, drawBenches, drawHand, drawPoll, drawStatement, drawTurn, sideFromButton,
} from './panels_room.js';
import { ParticipantClient } from './participant_client.js';
import { participantCommands } from './protocol.js';
import { drawQueued } from './queued_line.js';
import { normalizeSessionCode } from './session_code.js';
import { timeLeft } from './turn_clock.js';

const storage = safeStorage(globalThis.localStorage);
const now = () => performance.timeOrigin + performance.now();
const CLOCK_REDRAW_MS = 250;

// What the page itself remembers between redraws: the flag form, its own notices, the
// banners already shown (each draws attention once) and the last poll (see pollToShow).
const ui = {
    flagQuery: '', flagChoice: null, flagTarget: '0', localNotices: {}, noticeCounter: 0,
    shownBanners: new Set(), answeredBanners: new Map(), ackedAnswers: [], heard: null, clock: null, lastPoll: null, marksGiven: new Set(), expiryTimer: null,
};
let language = preferredLanguage(storage);
let catalog = new MessageCatalog();
let client = null;

const t = (key, params) => catalog.render(key, params, language);

// [SECTION] texts
async function loadCatalog() {
    for (let attempt = 0; attempt < 5; ++attempt) {
        try {
            const response = await fetch('messages.ini', { cache: 'no-cache' });
            if (response.ok) return MessageCatalog.parse(await response.text());
        } catch { /* the host may be restarting: try again */ }
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
    return new MessageCatalog();  // every text then shows as its key: ugly, but usable
}

function setLanguage(next) {
    language = next;
    rememberLanguage(storage, next);
    document.documentElement.lang = next;
    translateStatic(document, t);
    for (const button of document.querySelectorAll('.language-option'))
        setAttr(button, 'aria-pressed', button.dataset.language === next);
    byId('fallacy-list').dataset.built = '';
    render();
}

// Beside the page, so a host under a path (serve --base-path /lagerhuis) works too.
function socketUrl() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const folder = location.pathname.replace(/[^/]*$/, '');
    return `${scheme}//${location.host}${folder}ws`;
}

// [SECTION] notices
// tone: 'problem' (the page could not do it), 'ok' (it was done) or 'info' (nothing to do).
function localNotice(area, key, params = {}, tone = 'problem') {
    ui.noticeCounter += 1;
    ui.localNotices[area] = { id: `local-${ui.noticeCounter}`, at: now(), kind: 'local', tone, key, params };
    render();
}

function clearLocalNotice(area) {
    delete ui.localNotices[area];
}

// The participant did something: notes about earlier taps have done their work.
function newAction(area) {
    clearLocalNotice(area);
    ui.localNotices = keepSticky(ui.localNotices);
    client.dismiss(area);
    client.clearTransientNotices();
}

function dismiss(area) {
    clearLocalNotice(area);
    client.dismiss(area);
}

// One timer for the soonest notice to go; set again after every draw.
function scheduleExpiry() {
    clearTimeout(ui.expiryTimer);
    const soonest = [nextExpiry(client.state.notices), nextExpiry(ui.localNotices)].filter((at) => at !== null);
    if (soonest.length === 0) return;
    ui.expiryTimer = setTimeout(() => {
        const at = now();
        for (const area of expiredAreas(client.state.notices, at)) client.dismiss(area);
        for (const area of expiredAreas(ui.localNotices, at)) clearLocalNotice(area);
        render();
    }, Math.max(0, Math.min(...soonest) - now()) + 20);
}

// A vote or a seat the host acked: the batch that shows it may come after the ack, so
// for a moment it still counts as answered (offers.banners), or the banner would come
// back and take the focus from the card's ballot.
const BANNER_ANSWERS = new Set(['cast_ballot', 'take_seat']);

function onAnswer(entry, outcome) {
    if (outcome === 'ack' && BANNER_ANSWERS.has(entry.command))
        ui.ackedAnswers.push({ command: entry.command, body: entry.body, at: Date.now() });
    if (entry.command !== 'flag_fallacy' || outcome !== 'ack') return;
    const fallacy = client.state.welcome?.catalog.fallacies.find((f) => f.id === entry.body.fallacy);
    localNotice('flag', 'web.flag.sent', { fallacy: fallacy?.name[language] ?? entry.body.fallacy }, 'ok');
}

let renderQueued = false;
function render() {
    if (renderQueued) return;
    renderQueued = true;
    setTimeout(() => {
        renderQueued = false;
        draw();
    }, 0);
}

// [SECTION] drawing
function context() {
    return {
        state: client.state, language, catalog, t, ui, localNotices: ui.localNotices,
        busy: (area) => client.pending.busy(area),
        hostNow: () => client.clock.hostNow(now()),
        poll: null, bannerKinds: new Set(),
    };
}

const STATUS_TEXTS = Object.freeze({
    connecting: 'web.status.connecting',
    online: 'web.status.online',
    reconnecting: 'web.status.reconnecting',
    offline: 'web.status.offline',
});

function connectionState(state) {
    if (state.stopped || (state.connection !== 'online' && navigator.onLine === false)) return 'offline';
    return state.connection === 'idle' ? 'connecting' : state.connection;
}

function drawConnection(state) {
    const shown = connectionState(state);
    setAttr(byId('connection'), 'data-state', shown);
    setText(byId('connection-text'), t(STATUS_TEXTS[shown]));
    setHidden(byId('reconnect'), !state.stopped);
    document.body.dataset.connection = shown;
}

function isAnonymousRoom(state) {
    return state.welcome?.anonymous_room === true;
}

function drawJoin(state, showJoin) {
    const code = byId('join-code');
    const name = byId('join-name');
    if (showJoin && !code.value && state.code) code.value = state.code;
    if (showJoin && !name.value && state.lastName) name.value = state.lastName;
    // An anonymous room asks no name: the host gives one, shown once joined.
    const anonymous = isAnonymousRoom(state);
    setHidden(byId('join-name-label'), anonymous);
    setHidden(name, anonymous);
    setHidden(byId('join-anonymous'), !anonymous);
    const busy = state.phase === 'joining';
    byId('join-submit').classList.toggle('busy', busy);
    setText(byId('join-submit'), t(busy ? 'web.join.busy' : 'web.join.submit'));
    drawTakeOver(state);
}

// After "naam al in gebruik": perhaps it is you, on another device. Then: waiting for a yes.
function drawTakeOver(state) {
    const offer = state.takeOverOffer;
    const waiting = state.takeOver;
    setHidden(byId('take-over'), !offer && !waiting);
    setHidden(byId('take-over-button'), !offer);
    setHidden(byId('take-over-cancel'), !waiting);
    setHidden(byId('take-over-text'), !waiting);
    if (offer) setText(byId('take-over-button'), t('web.take_over.offer', { name: offer.name }));
    if (waiting) setText(byId('take-over-text'), t(waiting.deviceAsked ? 'web.take_over.waiting_device'
        : 'web.take_over.waiting_facilitator', { name: waiting.name }));
}

function drawDebate(ctx) {
    const state = ctx.state;
    ui.ackedAnswers = ui.ackedAnswers.filter((answer) => Date.now() - answer.at < REASK_MS);
    const list = banners(state, [...client.pending.all(), ...ui.ackedAnswers]);
    ctx.bannerKinds = new Set(list.map((banner) => banner.kind));
    const shown = pollToShow(state.view, ui.lastPoll);
    ui.lastPoll = shown.remembered;
    ctx.poll = shown.poll;
    ui.marksGiven = rememberMarksGiven(ui.marksGiven, state);
    document.body.dataset.removed = String(isRemoved(state));
    drawStatement(ctx);
    drawTurn(ctx);
    drawBenches(ctx);
    drawHand(ctx);
    drawPoll(ctx);
    drawArguments(ctx);
    const flag = drawFlagCard(ctx);
    // The sheet goes when flagging is no longer possible (you got the floor) or when a
    // poll asks for attention; what was chosen stays.
    const fresh = drawBanners(ctx, list, bannersSeen(list));
    if (isFlagSheetOpen() && (!flag.open || fresh.some((banner) => banner.kind !== 'seat'))) closeFlagSheet();
    drawFlagSheet(ctx);
    drawMyFlags(ctx);
    drawSummary(ctx);
    drawAttention(ctx, fresh);
    say(ctx, statusChanges(ui.heard, state));
    ui.heard = state;
    ui.shownBanners = new Set(list.map((banner) => banner.id));
    const me = state.me;
    setText(byId('signed-in'), me ? t('web.me.signed_in', { name: me.name }) : '');
}

function draw() {
    if (!client) return;
    const state = client.state;
    const ctx = context();
    const title = state.view?.session.title ?? state.welcome?.title ?? 'Lagerhuis';
    setText(byId('session-title'), title);
    if (document.title !== title) document.title = title;
    drawConnection(state);

    const inDebate = state.phase === 'joined' && state.view !== null;
    const resuming = !inDebate && state.identity !== null && state.phase === 'joining';
    const showJoin = !inDebate && !resuming;
    setHidden(byId('loading'), true);
    setHidden(byId('join'), !showJoin);
    setHidden(byId('resuming'), !resuming);
    setHidden(byId('debate'), !inDebate);
    setHidden(byId('footer'), !inDebate);
    document.body.dataset.phase = inDebate ? 'debate' : resuming ? 'resuming' : 'join';
    drawJoin(state, showJoin);
    if (inDebate) drawDebate(ctx);
    else drawBanners(ctx, [], ui.shownBanners);
    drawQueued(ctx, client.pending.all(), client.canSendCommands());
    drawNotices(ctx, dismiss);
    scheduleExpiry();
}

// [SECTION] actions
function send(area, command) {
    newAction(area);
    if (isRemoved(client.state)) return;  // nothing is offered then; a stale tap goes nowhere
    client.send(area, command);
}

function takeSeat(side) {
    const tap = seatTap(client.state, side, client.pending.all());
    if (tap.send) return send('seat', participantCommands.takeSeat(side));
    newAction('seat');
    if (tap.cancel) client.cancel(tap.cancel);
    localNotice('seat', tap.note, { side }, 'info');
}

function castBallot(side) {
    const poll = client.state.view?.poll;
    if (side && poll?.open) send('poll', participantCommands.castBallot(poll.id, side));
}

// A banner answered by a tap goes at once; between the host's ack and the batch with the
// ballot it may show again for a moment. Seen a moment ago, it is not new: no second
// announcement, and the focus is not pulled back to it.
const REASK_MS = 2000;
function bannersSeen(list) {
    const now = Date.now();
    for (const id of ui.shownBanners) if (!list.some((banner) => banner.id === id)) ui.answeredBanners.set(id, now);
    for (const [id, at] of ui.answeredBanners) if (now - at >= REASK_MS) ui.answeredBanners.delete(id);
    return new Set([...ui.shownBanners, ...ui.answeredBanners.keys()]);
}

// [SECTION] status messages
// Said through the polite live region (announcements.js): a cleared region reads a new
// text even when it equals the last one.
function say(ctx, changes) {
    if (changes.length === 0) return;
    const spoken = changes.map(({ key, params }) => t(key, {
        ...params,
        ...(params.side ? { side: t(`side.${params.side}`) } : {}),
        ...(params.fallacy ? { fallacy: fallacyName(ctx, params.fallacy) } : {}),
    }));
    const region = byId('status-announcer');
    region.textContent = '';
    setTimeout(() => { region.textContent = spoken.join(' '); }, 50);
}

// The speaker hears their clock at the warning and at zero.
function sayClock(ctx) {
    const turn = ctx.state.view.turn;
    if (!turn || !isOwnTurn(ctx.state)) {
        ui.clock = null;
        return;
    }
    const left = timeLeft(turn, ctx.hostNow());
    const moment = ui.clock?.turn === turn.id ? clockMoment(turn, ui.clock.left, left) : null;
    if (moment) say(ctx, [moment]);
    ui.clock = { turn: turn.id, left };
}

function signOut() {
    if (!confirm(t('web.me.sign_out_confirm', { name: client.state.me?.name ?? '' }))) return;
    byId('join-name').value = '';
    ui.shownBanners = new Set();
    ui.marksGiven = new Set();
    client.signOut();
}

function wireFlagForm() {
    byId('flag-search').addEventListener('input', (event) => {
        ui.flagQuery = event.target.value;
        render();
    });
    byId('fallacy-list').addEventListener('change', (event) => {
        if (event.target.name === 'fallacy') ui.flagChoice = event.target.value;
        clearLocalNotice('flag-sheet');
        render();
    });
    byId('flag-target').addEventListener('change', (event) => {
        ui.flagTarget = event.target.value;
    });
    byId('flag-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const turn = client.state.view?.turn;
        if (!turn) return;
        if (!ui.flagChoice) return localNotice('flag-sheet', 'web.flag.choose');
        // The turn the participant saw, not "the latest": a new turn may start meanwhile.
        send('flag', participantCommands.flagFallacy(ui.flagChoice, Number(ui.flagTarget), turn.id));
        // The next flag starts afresh: a kept search would hide most of the list.
        ui.flagChoice = null;
        ui.flagQuery = '';
        byId('flag-search').value = '';
        closeFlagSheet();
        render();
    });
}

function wireActions() {
    for (const button of document.querySelectorAll('.language-option'))
        button.addEventListener('click', () => setLanguage(button.dataset.language));

    byId('join-form').addEventListener('submit', (event) => {
        event.preventDefault();
        if (client.state.phase === 'joining') return;  // one join at a time: a second would be already_joined
        const code = normalizeSessionCode(byId('join-code').value);
        const anonymous = isAnonymousRoom(client.state);
        const name = anonymous ? '' : byId('join-name').value.trim();
        clearLocalNotice('join');
        if (!code) return localNotice('join', 'web.join.code_missing');
        if (!name && !anonymous) return localNotice('join', 'name_empty');
        const url = new URL(location.href);
        url.searchParams.set('code', code);
        history.replaceState(null, '', url);
        client.join(code, name);
    });

    byId('take-over-button').addEventListener('click', () => client.takeOver());
    byId('take-over-cancel').addEventListener('click', () => client.cancelTakeOver());
    byId('take-over-yes').addEventListener('click', () => client.answerTakeOver(true));
    byId('take-over-no').addEventListener('click', () => client.answerTakeOver(false));

    byId('bench-row').addEventListener('click', (event) => {
        const side = sideFromButton(event.target.closest('.bench'));
        if (side) takeSeat(side);
    });
    byId('banner-seat-row').addEventListener('click', (event) => {
        const side = sideFromButton(event.target.closest('.seat-choice'));
        if (side) takeSeat(side);
    });

    byId('hand-button').addEventListener('click', (event) => {
        const raise = event.currentTarget.dataset.action !== 'lower';
        send('hand', raise ? participantCommands.raiseHand() : participantCommands.lowerHand());
    });

    for (const row of [byId('ballot-row'), byId('banner-ballot-row')])
        row.addEventListener('click', (event) => castBallot(sideFromButton(event.target.closest('.ballot'))));

    byId('argument-list').addEventListener('click', (event) => {
        const button = event.target.closest('.appreciate');
        if (!button) return;
        const argument = Number(button.dataset.argument);
        send('arguments', button.dataset.action === 'withdraw'
            ? participantCommands.withdrawAppreciation(argument) : participantCommands.appreciate(argument));
    });

    wireFlagSheet();
    wireFlagForm();
    byId('sign-out').addEventListener('click', signOut);
    byId('removed-sign-out').addEventListener('click', signOut);
    byId('reconnect').addEventListener('click', () => client.reconnectNow());

    // A phone that wakes up, or a network that comes back: do not wait out the back-off.
    window.addEventListener('online', () => client.retryNow());
    window.addEventListener('offline', render);
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') client.retryNow();
    });
}

// [SECTION] start
async function start() {
    catalog = await loadCatalog();
    client = new ParticipantClient({
        url: socketUrl(),
        WebSocketImpl: WebSocket,
        identities: new IdentityStore(storage),
        now,
        timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
        onChange: render,
        onAnswer,
    });
    buildChoiceRows(document);
    wireActions();
    followStickyBar();
    setLanguage(language);
    setInterval(() => {
        if (client.state.phase !== 'joined' || !client.state.view) return;
        const ctx = context();
        drawTurn(ctx);
        sayClock(ctx);
    }, CLOCK_REDRAW_MS);
    client.start(new URLSearchParams(location.search).get('code'));
}

start();
