// An automated WCAG 2.1 A/AA audit with axe-core (issue #20), for the end-to-end tests:
// `audit(page, state)` runs axe on the page as it is now and records one check per state,
// naming every violation (rule, impact, the elements). The page's Content-Security-Policy
// allows no inline script, so axe goes in through Playwright's evaluate (DevTools), which
// the policy does not govern; nothing on the page under test is loosened.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { record } from './e2e_harness.mjs';

const require = createRequire(import.meta.url);
let axeSource = null;
function loadAxe() {
    if (axeSource === null) {
        try {
            axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
        } catch {
            throw new Error('axe-core is missing: run `npm ci` in tests/web');
        }
    }
    return axeSource;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Rules switched off, each with its reason. Empty: every A/AA rule runs on every state.
export const RULES_OFF = Object.freeze({});

export const audited = [];  // the states audited, for the summary line

// `page`: a Playwright page. Returns the violations (an empty list when none).
export async function audit(page, state) {
    const result = await page.evaluate(loadAxe()).then(() => page.evaluate(async ({ tags, off }) => {
        const rules = Object.fromEntries(Object.keys(off).map((id) => [id, { enabled: false }]));
        // eslint-disable-next-line no-undef
        const outcome = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
        return outcome.violations.map((v) => ({
            id: v.id, impact: v.impact,
            nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1).join(' ').trim()}]` : ''}`),
        }));
    }, { tags: WCAG_TAGS, off: RULES_OFF }));
    audited.push(state);
    const detail = result.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).join('; ')}`).join(' | ');
    record(result.length === 0, `axe-core finds no WCAG 2.1 A/AA violation: ${state}`, detail);
    return result;
}
