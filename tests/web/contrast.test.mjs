// Issue #20, vision (WCAG 1.4.3 and 1.4.11): the colour pairs of assets/web/style.css that
// axe-core cannot reach in the end-to-end test, because the state lasts only seconds (the
// clock's warning and overtime) or because they are borders, not text: text at least
// 4.5:1, a control's edge at least 3:1 against the card. The colours are read from the
// stylesheet, so a changed colour is checked, not a copy of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const css = fs.readFileSync(path.join(here, '..', '..', 'assets', 'web', 'style.css'), 'utf8');

// The default colours: the first definition of each (a media query's override comes later).
const variables = {};
for (const m of css.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)) variables[m[1]] ??= m[2];

// A colour as written in the stylesheet: #rrggbb or var(--name).
function colour(text) {
    const named = /^var\(--([a-z-]+)\)$/.exec(text);
    const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
    const hex = named ? variables[named[1]] : short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : text;
    assert.match(hex ?? '', /^#[0-9a-f]{6}$/i, `${text} is not a colour of style.css`);
    return hex;
}

// The declarations of one rule, by its exact selector.
function rule(selector) {
    const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
    assert.ok(match, `style.css has no rule '${selector}'`);
    return Object.fromEntries(match[1].split(';').map((d) => d.split(':').map((s) => s.trim())).filter((d) => d.length === 2));
}

function luminance(hex) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
    const [light, dark] = [luminance(colour(a)), luminance(colour(b))].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

const TEXT = 4.5;
const UI = 3;

test('the contrast formula gives the known figures', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
});

test('the clock in its warning and overtime states is readable (1.4.3)', () => {
    const warning = rule('.turn[data-phase="warning"] .clock');
    assert.ok(contrast(warning.color, warning.background) >= TEXT, 'warning clock');
    const overtime = rule('.turn[data-phase="overtime"] .clock');
    assert.ok(contrast(overtime.color, overtime.background) >= TEXT, 'overtime clock');
    for (const phase of ['warning', 'overtime']) {
        const bar = rule(`.live-turn[data-phase="${phase}"] .live-clock`);
        assert.ok(contrast(bar.color, bar.background) >= TEXT, `the sticky bar's clock, ${phase}`);
    }
    assert.ok(contrast(rule('.turn[data-phase="warning"] .clock-state').color, '#ffffff') >= TEXT, 'the word "Bijna klaar"');
    assert.ok(contrast(rule('.turn[data-phase="overtime"] .clock-state').color, '#ffffff') >= TEXT, 'the word "Over de tijd"');
});

test('every bench colour is readable as text on white and as white on it, and its edge stands out (1.4.3, 1.4.11)', () => {
    for (const side of ['voor', 'tegen', 'twijfel']) {
        const ink = `var(--${side})`;
        const ratio = contrast(ink, '#ffffff');
        assert.ok(ratio >= TEXT, `${side}: ${ratio.toFixed(2)}:1 on white (a free bench, its border, a ballot)`);
        assert.ok(contrast(ink, `var(--${side}-soft)`) >= TEXT, `${side} on its soft tint`);
        assert.ok(contrast(ink, 'var(--bg)') >= UI, `${side}'s border against the page`);
    }
});

test('the muted text, the focus ring and the bar\'s grey are readable (1.4.3, 1.4.11)', () => {
    assert.ok(contrast('var(--muted)', 'var(--card)') >= TEXT, 'muted on a card');
    assert.ok(contrast('var(--muted)', 'var(--bg)') >= TEXT, 'muted on the page');
    assert.ok(contrast('var(--focus)', 'var(--card)') >= UI, 'the focus ring on a card');
    assert.ok(contrast('var(--focus)', 'var(--bg)') >= UI, 'the focus ring on the page');
    assert.ok(contrast('var(--focus-on-dark)', 'var(--ink)') >= UI, 'the focus ring in the dark bar');
    assert.ok(contrast(rule('.live-state').color, 'var(--ink)') >= TEXT, 'the turn state in the bar');
});
