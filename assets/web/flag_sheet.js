// The drogreden picker as a sheet of its own (a modal <dialog>): the search on top, the
// list as the only thing that scrolls, the target and the button at the bottom, and the
// sticky bar (speaker, clock, connection) still in view above it. Escape, the close
// button or sending closes it; what was chosen stays for the next time.
import { byId } from './dom.js';

const sheet = () => byId('flag-sheet');

export function isFlagSheetOpen() {
    return sheet().open;
}

export function openFlagSheet() {
    if (sheet().open) return;
    sheet().showModal();
    byId('flag-search').focus();
}

export function closeFlagSheet() {
    if (!sheet().open) return;
    sheet().close();
}

// The sheet's top follows the sticky bar's height (banners come and go).
export function followStickyBar() {
    const bar = byId('sticky-top');
    const set = () => document.documentElement.style.setProperty('--bar-h', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    new ResizeObserver(set).observe(bar);
    set();
}

export function wireFlagSheet() {
    byId('flag-open').addEventListener('click', openFlagSheet);
    byId('flag-close').addEventListener('click', closeFlagSheet);
    // Back to where the participant came from, whichever way the sheet closed, unless
    // something else (a poll banner) took the focus meanwhile.
    sheet().addEventListener('close', () => {
        const opener = byId('flag-open');
        const lost = document.activeElement === document.body || document.activeElement === null;
        if (lost && !opener.disabled && opener.offsetParent !== null) opener.focus({ preventScroll: true });
    });
    // A tap on the dimmed page outside the sheet closes it, as on a phone's own sheets.
    sheet().addEventListener('click', (event) => {
        if (event.target === sheet()) closeFlagSheet();
    });
}
