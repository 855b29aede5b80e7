// The host's answers that need a person's attention: a refusal, a wire error or a bye,
// shown beside the action it concerns (each slot is a live region, so a screen reader
// reads it out) until the participant dismisses it or acts there again.
import { el } from './dom.js';

export function noticeText(ctx, notice) {
    if (notice.kind === 'local') return ctx.t(notice.key, notice.params);
    return notice.kind === 'refused'
        ? ctx.catalog.renderRefusal(notice.reason, ctx.language)
        : ctx.catalog.renderWire(notice.reason, ctx.language);
}

// Redraws a slot only when its notice or the language changed, so a live region does
// not announce the same text again on every redraw.
export function drawNotices(ctx, onDismiss) {
    for (const slot of document.querySelectorAll('.notice-slot')) {
        const area = slot.dataset.area;
        const notice = ctx.state.notices[area] ?? ctx.localNotices[area];
        const key = notice ? `${notice.id}\u0000${ctx.language}` : '';
        if (slot.dataset.shown === key) continue;
        slot.dataset.shown = key;
        if (!notice) {
            slot.replaceChildren();
            continue;
        }
        slot.replaceChildren(el('div', { class: `notice notice-${notice.tone ?? notice.kind}` },
            el('p', { class: 'notice-text', text: noticeText(ctx, notice) }),
            el('button', { type: 'button', class: 'notice-close', 'aria-label': ctx.t('web.notice.dismiss'),
                title: ctx.t('web.notice.dismiss'), text: '×', onclick: () => onDismiss(area) })));
    }
}
