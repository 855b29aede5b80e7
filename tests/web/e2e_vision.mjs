// Issue #20, vision: reflow at 320 CSS px (WCAG 1.4.10) and text at 200 % (1.4.4) without
// sideways scrolling, on the debate page as it is then; the page's lang follows NL/EN
// (3.1.1). Screenshots to --out: phone-320.png (the whole page at 320 px wide) and
// laptop-text-200.png (text at 200 %, what a laptop user sees).
import path from 'node:path';
import { expectValue, record } from './e2e_harness.mjs';
import { audit } from './e2e_axe.mjs';

// Everything that is wider than the page's own width, by what it is.
const overflow = (page) => page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > root.clientWidth + 0.5)
        .map((e) => e.id || e.className || e.tagName).slice(0, 6);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
});

async function noSidewaysScroll(p, what) {
    const sizes = await overflow(p.page);
    record(sizes.scrollWidth <= sizes.clientWidth && sizes.wide.length === 0, `${what}: nothing scrolls sideways`,
        JSON.stringify(sizes));
}

export async function vision(t) {
    const { anna, bram, outDir } = t;
    const phone = anna.page.viewportSize();
    await anna.page.setViewportSize({ width: 320, height: 640 });
    await anna.page.evaluate(() => window.scrollTo(0, 0));
    await noSidewaysScroll(anna, 'the debate page at 320 CSS px');
    await anna.page.screenshot({ path: path.join(outDir, 'phone-320.png'), fullPage: true });
    await audit(anna.page, 'the debate page at 320 CSS px');
    await anna.page.setViewportSize(phone);

    // Text at 200 %: the root font size doubled, as a browser's text-only zoom does.
    await bram.page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await noSidewaysScroll(bram, 'the debate page with text at 200 %');
    await bram.page.screenshot({ path: path.join(outDir, 'laptop-text-200.png') });
    await bram.page.evaluate(() => { document.documentElement.style.fontSize = ''; });

    await expectValue('the page says it is Dutch', () => bram.page.evaluate(() => document.documentElement.lang), 'nl');
    await bram.page.locator('.language-option[data-language="en"]').click();
    await expectValue('in English the page says it is English', () => bram.page.evaluate(() => document.documentElement.lang), 'en');
    await bram.page.locator('.language-option[data-language="nl"]').click();
    await expectValue('and Dutch again', () => bram.page.evaluate(() => document.documentElement.lang), 'nl');
}
