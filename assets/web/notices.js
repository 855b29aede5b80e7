// Notes beside the action they concern: the host's answers (a refusal, a wire error, a
// bye) and the page's own. Each slot is a live region, so a screen reader reads it out.
// How long each stays is notice_policy.js's to say; drawing is here.
import { el } from './dom.js';

// What a host that does not know a newer command (participant_client.js) means for it.
const UNSUPPORTED_TEXTS = Object.freeze({ withdraw_appreciation: 'web.arguments.withdraw_unsupported' });

export function noticeText(ctx, notice) {
    switch (notice.kind) {
        case 'local': return ctx.t(notice.key, notice.params);
        case 'refused': return ctx.catalog.renderRefusal(notice.reason, ctx.language);
        case 'unsupported': return ctx.t(UNSUPPORTED_TEXTS[notice.reason.command] ?? 'web.notice.unsupported');
        case 'bye': {
            // Said before the page is back: what happens next, so nobody waits for a tap.
            const text = ctx.catalog.renderWire(notice.reason, ctx.language);
            return ctx.state.stopped ? text : `${text} ${ctx.t('web.status.will_reconnect')}`;
        }
        default: return ctx.catalog.renderWire(notice.reason, ctx.language);
    }
}

const TONES = Object.freeze({ unsupported: 'info', bye: 'bye' });

// Redraws a slot only when its notice or the language changed, so a live region does
// not announce the same text again on every redraw.
export function drawNotices(ctx, onDismiss) {
    for (const slot of document.querySelectorAll('.notice-slot')) {
        const area = slot.dataset.area;
        const notice = ctx.state.notices[area] ?? ctx.localNotices[area];
        const key = notice ? `${notice.id}\u0000${ctx.language}\u0000${ctx.state.stopped}` : '';
        if (slot.dataset.shown === key) continue;
        slot.dataset.shown = key;
        if (!notice) {
            slot.replaceChildren();
            continue;
        }
        const tone = notice.tone ?? TONES[notice.kind] ?? 'problem';
        slot.replaceChildren(el('div', { class: `notice notice-${tone}`, 'data-kind': notice.kind },
            el('p', { class: 'notice-text', text: noticeText(ctx, notice) }),
            el('button', { type: 'button', class: 'notice-close', 'aria-label': ctx.t('web.notice.dismiss'),
                title: ctx.t('web.notice.dismiss'), text: '×', onclick: () => onDismiss(area) })));
    }
}
