// The participant page: loads the texts, starts the client, and redraws the page from the
// client's state whenever it changes (and the speaker's clock a few times a second).
// Sections: [texts] [client] [drawing] [actions] [start].
import { byId, setAttr, setHidden, setText } from './dom.js';
import { preferredLanguage, rememberLanguage, translateStatic } from './i18n.js';
import { IdentityStore, safeStorage } from './identity_store.js';
import { withoutCodeSeparators } from './join_code.js';
import { MessageCatalog } from './messages.js';
import { drawNotices } from './notices.js';
import { drawArguments, drawFlag, drawMyFlags, drawSummary } from './panels_personal.js';
import { drawBenches, drawHand, drawPoll, drawStatement, drawTurn, sideFromButton } from './panels_room.js';
import { ParticipantClient } from './participant_client.js';
import { participantCommands } from './protocol.js';

const storage = safeStorage(globalThis.localStorage);
const now = () => performance.timeOrigin + performance.now();
const CLOCK_REDRAW_MS = 250;

// What the page itself remembers between redraws: the flag form and its own notices.
const ui = { flagQuery: '', flagChoice: null, flagTarget: '0', localNotices: {}, noticeCounter: 0 };
let language = preferredLanguage(storage);
let catalog = new MessageCatalog();
let client = null;

const t = (key, params) => catalog.render(key, params, language);

// [SECTION] texts
async function loadCatalog() {
    for (let attempt = 0; attempt < 5; ++attempt) {
        try {
            const response = await fetch('/messages.ini', { cache: 'no-cache' });
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

// [SECTION] client
function socketUrl() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${location.host}/ws`;
}

// tone: 'problem' (the page could not do it) or 'ok' (it was done).
function localNotice(area, key, params = {}, tone = 'problem') {
    ui.noticeCounter += 1;
    ui.localNotices[area] = { id: `local-${ui.noticeCounter}`, kind: 'local', tone, key, params };
    render();
}

function clearLocalNotice(area) {
    delete ui.localNotices[area];
}

function onAnswer(entry, outcome) {
    if (entry.command !== 'flag_fallacy') return;
    if (outcome === 'ack') {
        const fallacy = client.state.welcome?.catalog.fallacies.find((f) => f.id === entry.body.fallacy);
        localNotice('flag', 'web.flag.sent', { fallacy: fallacy?.name[language] ?? entry.body.fallacy }, 'ok');
    }
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

function drawJoin(state, showJoin) {
    const code = byId('join-code');
    const name = byId('join-name');
    if (showJoin && !code.value && state.code) code.value = state.code;
    if (showJoin && !name.value && state.lastName) name.value = state.lastName;
    const busy = state.phase === 'joining';
    byId('join-submit').classList.toggle('busy', busy);
    setText(byId('join-submit'), t(busy ? 'web.join.busy' : 'web.join.submit'));
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

    if (inDebate) {
        drawStatement(ctx);
        drawTurn(ctx);
        drawBenches(ctx);
        drawHand(ctx);
        drawPoll(ctx);
        drawArguments(ctx);
        drawFlag(ctx);
        drawMyFlags(ctx);
        drawSummary(ctx);
        const me = state.me;
        setText(byId('signed-in'), me ? t('web.me.signed_in', { name: me.name }) : '');
        if (me?.removed && !ui.localNotices.global) localNotice('global', 'participant_removed', { name: me.name });
    }
    drawNotices(ctx, dismiss);
}

function dismiss(area) {
    clearLocalNotice(area);
    client.dismiss(area);
}

// [SECTION] actions
function send(area, command) {
    clearLocalNotice(area);
    client.send(area, command);
}

function wireActions() {
    for (const button of document.querySelectorAll('.language-option'))
        button.addEventListener('click', () => setLanguage(button.dataset.language));

    byId('join-form').addEventListener('submit', (event) => {
        event.preventDefault();
        if (client.state.phase === 'joining') return;  // one join at a time: a second would be already_joined
        const code = withoutCodeSeparators(byId('join-code').value);
        const name = byId('join-name').value.trim();
        clearLocalNotice('join');
        if (!code) return localNotice('join', 'web.join.code_missing');
        if (!name) return localNotice('join', 'name_empty');
        const url = new URL(location.href);
        url.searchParams.set('code', code);
        history.replaceState(null, '', url);
        client.join(code, name);
    });

    byId('bench-row').addEventListener('click', (event) => {
        const side = sideFromButton(event.target.closest('.bench'));
        if (side) send('seat', participantCommands.takeSeat(side));
    });

    byId('hand-button').addEventListener('click', (event) => {
        const raise = event.currentTarget.dataset.action !== 'lower';
        send('hand', raise ? participantCommands.raiseHand() : participantCommands.lowerHand());
    });

    byId('ballot-row').addEventListener('click', (event) => {
        const side = sideFromButton(event.target.closest('.ballot'));
        const poll = client.state.view?.poll;
        if (side && poll) send('poll', participantCommands.castBallot(poll.id, side));
    });

    byId('argument-list').addEventListener('click', (event) => {
        const button = event.target.closest('.appreciate');
        if (button) send('arguments', participantCommands.appreciate(Number(button.dataset.argument)));
    });

    byId('flag-search').addEventListener('input', (event) => {
        ui.flagQuery = event.target.value;
        render();
    });
    byId('fallacy-list').addEventListener('change', (event) => {
        if (event.target.name === 'fallacy') ui.flagChoice = event.target.value;
        clearLocalNotice('flag');
        render();
    });
    byId('flag-target').addEventListener('change', (event) => {
        ui.flagTarget = event.target.value;
    });
    byId('flag-form').addEventListener('submit', (event) => {
        event.preventDefault();
        if (!client.state.view?.turn) return;
        if (!ui.flagChoice) return localNotice('flag', 'web.flag.choose');
        send('flag', participantCommands.flagFallacy(ui.flagChoice, Number(ui.flagTarget)));
        ui.flagChoice = null;
        render();
    });

    byId('sign-out').addEventListener('click', () => {
        if (!confirm(t('web.me.sign_out_confirm', { name: client.state.me?.name ?? '' }))) return;
        byId('join-name').value = '';
        client.signOut();
    });
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
    wireActions();
    setLanguage(language);
    setInterval(() => {
        if (client.state.phase === 'joined' && client.state.view) drawTurn(context());
    }, CLOCK_REDRAW_MS);
    client.start(withoutCodeSeparators(new URLSearchParams(location.search).get('code')) || null);
}

start();
