// What this participant does with the debate: marking arguments as convincing (and
// taking that back), flagging a drogreden, following their own flags, and their
// personal summary. What the rules would refuse is not offered (offers.js).
import { byId, el, setAttr, setHidden, setText, syncList } from './dom.js';
import { filterFallacies, ruleOf } from './fallacy_filter.js';
import { appreciationOffer, flagOffer, summaryRows } from './offers.js';
import { formatDuration } from './turn_clock.js';

// The mark beside an argument: yours ("jouw argument"), marked by you, or nothing.
const MARK_TEXTS = Object.freeze({ own: 'web.arguments.own', withdraw: 'web.arguments.marked' });

export function drawArguments(ctx) {
    const args = ctx.state.view.arguments;
    const busy = ctx.busy('arguments');
    setHidden(byId('arguments-none'), args.length > 0);
    syncList(byId('argument-list'), args, (argument) => argument.id,
        (argument) => el('li', { class: 'argument' },
            el('p', { class: 'argument-meta' }),
            el('p', { class: 'argument-text' }),
            el('div', { class: 'argument-actions' },
                el('span', { class: 'argument-mark' }),
                el('button', { type: 'button', class: 'appreciate', 'data-argument': argument.id }),
                el('span', { class: 'appreciations' }))),
        (item, argument) => {
            const offer = appreciationOffer(ctx.state, argument);
            setAttr(item, 'data-direction', argument.direction);
            setAttr(item, 'data-offer', offer);
            setText(item.querySelector('.argument-meta'),
                ctx.t('web.arguments.meta', { speaker: argument.speaker, kind: argument.kind }));
            setText(item.querySelector('.argument-text'), argument.text);
            const mark = item.querySelector('.argument-mark');
            setText(mark, MARK_TEXTS[offer] ? ctx.t(MARK_TEXTS[offer]) : '');
            setHidden(mark, !MARK_TEXTS[offer]);
            const button = item.querySelector('.appreciate');
            setHidden(button, offer !== 'mark' && offer !== 'withdraw');
            setAttr(button, 'data-action', offer);
            setText(button, ctx.t(offer === 'withdraw' ? 'web.arguments.withdraw' : 'web.arguments.appreciate'));
            button.classList.toggle('busy', busy);
            setText(item.querySelector('.appreciations'),
                ctx.t('web.arguments.count', { count: argument.appreciations }));
        });
}

// The flag card says whether flagging is possible now and opens the sheet; the sheet
// (flag_sheet.js) holds the search, the list and the target.
export function drawFlagCard(ctx) {
    const turn = ctx.state.view.turn;
    const offer = flagOffer(ctx.state);
    setText(byId('flag-intro'), offer.open ? ctx.t('web.flag.intro', { name: turn.name }) : ctx.t(offer.why));
    byId('flag-open').disabled = !offer.open;
    return offer;
}

// The sheet's form keeps what the participant chose (ui.flagChoice, ui.flagTarget) across
// redraws; the list is rebuilt only when the catalog, the language or the search changes.
export function drawFlagSheet(ctx) {
    const { view, welcome } = ctx.state;
    byId('flag-submit').classList.toggle('busy', ctx.busy('flag'));
    setAttr(byId('flag-search'), 'placeholder', ctx.t('web.flag.search_placeholder'));
    drawFlagTargets(ctx, view.arguments);
    const catalog = welcome?.catalog ?? { rules: [], fallacies: [] };
    const listKey = `${ctx.language}\u0000${ctx.ui.flagQuery}\u0000${catalog.fallacies.length}`;
    const list = byId('fallacy-list');
    if (list.dataset.built !== listKey) {
        list.dataset.built = listKey;
        const shown = filterFallacies(catalog.fallacies, ctx.ui.flagQuery);
        list.replaceChildren(...shown.map((fallacy) => fallacyOption(ctx, catalog, fallacy)));
        const none = byId('fallacy-none');
        setHidden(none, shown.length > 0);
        setText(none, ctx.t('web.flag.no_match', { query: ctx.ui.flagQuery }));
    }
    for (const input of list.querySelectorAll('input')) input.checked = input.value === ctx.ui.flagChoice;
}

function fallacyOption(ctx, catalog, fallacy) {
    const rule = ruleOf(catalog, fallacy);
    const id = `fallacy-${fallacy.id}`;
    return el('label', { class: 'fallacy', for: id },
        el('input', { type: 'radio', name: 'fallacy', id, value: fallacy.id }),
        el('span', { class: 'fallacy-text' },
            el('span', { class: 'fallacy-name', text: fallacy.name[ctx.language] ?? fallacy.id }),
            el('span', { class: 'fallacy-explanation', text: fallacy.explanation[ctx.language] ?? '' }),
            el('span', { class: 'fallacy-rule', text: rule
                ? ctx.t('web.flag.rule', { number: rule.number, rule: rule.name[ctx.language] })
                : ctx.t('web.flag.rule_number', { number: fallacy.rule }) })));
}

function drawFlagTargets(ctx, args) {
    const select = byId('flag-target');
    const options = [{ value: '0', text: ctx.t('web.flag.whole_turn') }].concat(
        args.filter((argument) => argument.kind !== 'question').map((argument) => ({
            value: String(argument.id),
            text: ctx.t('web.flag.argument', { text: shorten(argument.text, 60) }),
        })));
    const key = `${ctx.language}\u0000${options.map((o) => `${o.value}:${o.text}`).join('\u0000')}`;
    if (select.dataset.built !== key) {
        select.dataset.built = key;
        select.replaceChildren(...options.map((option) => el('option', { value: option.value, text: option.text })));
    }
    const wanted = options.some((option) => option.value === ctx.ui.flagTarget) ? ctx.ui.flagTarget : '0';
    if (select.value !== wanted) select.value = wanted;
}

function shorten(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function fallacyName(ctx, id) {
    const fallacy = ctx.state.welcome?.catalog.fallacies.find((item) => item.id === id);
    return fallacy?.name[ctx.language] ?? id;
}

// Newest first. A flag whose outcome changed since the last draw flashes once, so the
// facilitator's decision is seen.
export function drawMyFlags(ctx) {
    const flags = [...(ctx.state.me?.flags ?? [])].reverse();
    setHidden(byId('my-flags-none'), flags.length > 0);
    syncList(byId('my-flag-list'), flags, (flag) => flag.id,
        () => el('li', { class: 'my-flag' },
            el('span', { class: 'my-flag-text' }, el('span', { class: 'my-flag-name' }),
                el('span', { class: 'my-flag-where muted small' })),
            el('span', { class: 'outcome' })),
        (item, flag) => {
            setText(item.querySelector('.my-flag-name'), fallacyName(ctx, flag.fallacy));
            setText(item.querySelector('.my-flag-where'), flag.argument
                ? ctx.t('web.my_flags.where_argument', { turn: flag.turn, argument: flag.argument })
                : ctx.t('web.my_flags.where_turn', { turn: flag.turn }));
            const outcome = item.querySelector('.outcome');
            setText(outcome, ctx.t(`outcome.${flag.outcome}`));
            const before = item.dataset.outcome;
            setAttr(item, 'data-outcome', flag.outcome);
            if (before && before !== flag.outcome) {
                item.classList.remove('changed');
                void item.offsetWidth;  // restart the animation
                item.classList.add('changed');
            }
        });
}

const FORMATS = Object.freeze({ count: String, duration: formatDuration });

// Open by itself when the statement closes; otherwise the participant opens it.
export function drawSummary(ctx) {
    const summary = ctx.state.me?.summary;
    const details = byId('summary');
    const closed = ctx.state.view.statement?.status === 'closed';
    setHidden(byId('summary-intro'), !closed);
    if (closed && details.dataset.openedFor !== String(ctx.state.view.statement.id)) {
        details.dataset.openedFor = String(ctx.state.view.statement.id);
        details.open = true;
    }
    if (!summary) return;
    syncList(byId('summary-list'), summaryRows(ctx.state.me, ctx.ui.marksGiven), (row) => row.field,
        () => el('div', { class: 'summary-row' }, el('dt'), el('dd')),
        (element, row) => {
            setAttr(element, 'data-field', row.field);
            setText(element.querySelector('dt'), ctx.t(row.key));
            setText(element.querySelector('dd'), FORMATS[row.format](row.value));
        });
}
