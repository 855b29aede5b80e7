import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterFallacies, normalizeForSearch, ruleOf } from '../../assets/web/fallacy_filter.js';

const fallacies = [
    { id: 'ad_hominem', rule: 1, name: { nl: 'Op de man spelen', en: 'Ad hominem' },
        explanation: { nl: 'Je valt de persoon aan in plaats van het argument.', en: 'You attack the person.' } },
    { id: 'straw_man', rule: 3, name: { nl: 'Stropop (stroman)', en: 'Straw man' },
        explanation: { nl: 'Je valt een verdraaide versie aan.', en: 'You attack a distorted version.' } },
    { id: 'ad_misericordiam', rule: 1, name: { nl: 'Beroep op medelijden', en: 'Appeal to pity' },
        explanation: { nl: 'Je speelt in op zielige omstandigheden, niet op redenen.', en: 'Pity instead of reasons.' } },
];

test('an empty search lists the whole catalog in its own order', () => {
    assert.deepEqual(filterFallacies(fallacies, '').map((f) => f.id), ['ad_hominem', 'straw_man', 'ad_misericordiam']);
    assert.deepEqual(filterFallacies(fallacies, '   ').length, 3);
});

test('the search matches names and explanations in both languages, ignoring case and accents', () => {
    assert.deepEqual(filterFallacies(fallacies, 'STROMAN').map((f) => f.id), ['straw_man']);
    assert.deepEqual(filterFallacies(fallacies, 'pity').map((f) => f.id), ['ad_misericordiam']);
    assert.deepEqual(filterFallacies(fallacies, 'persoon').map((f) => f.id), ['ad_hominem']);
    assert.deepEqual(filterFallacies(fallacies, 'zielige').map((f) => f.id), ['ad_misericordiam']);
    assert.equal(normalizeForSearch('Beëindig Één'), 'beeindig een');
});

test('every word of the query must match', () => {
    assert.deepEqual(filterFallacies(fallacies, 'valt verdraaide').map((f) => f.id), ['straw_man']);
    assert.deepEqual(filterFallacies(fallacies, 'valt zielige'), []);
});

test('the id matches too, with spaces for underscores', () => {
    assert.deepEqual(filterFallacies(fallacies, 'ad hom').map((f) => f.id), ['ad_hominem']);
});

test('a fallacy names its rule from the catalog', () => {
    const catalog = { rules: [{ number: 3, name: { nl: 'Standpuntregel', en: 'Standpoint' } }], fallacies };
    assert.equal(ruleOf(catalog, fallacies[1]).name.nl, 'Standpuntregel');
    assert.equal(ruleOf(catalog, fallacies[0]), undefined);
});
