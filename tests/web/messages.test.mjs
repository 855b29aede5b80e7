// The page renders every text from assets/messages.ini exactly as the host does
// (core/message_catalog.cpp), and every web.* key the page uses exists in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    LANGUAGES, MessageCatalog, PLURAL_FORMS, parseIni, parsePluralFormKey, pluralForm,
} from '../../assets/web/messages.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.join(here, '..', '..', 'assets');
const shippedText = fs.readFileSync(path.join(assets, 'messages.ini'), 'utf8');
const shipped = MessageCatalog.parse(shippedText);

// Every 'web.…' key named in the page's source: in JS string literals and data-t attributes.
function keysUsedByThePage() {
    const dir = path.join(assets, 'web');
    const keys = new Set();
    for (const name of fs.readdirSync(dir).filter((file) => /\.(js|html)$/.test(file))) {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        for (const match of text.matchAll(/['"`](web\.[a-z0-9_.]+)['"`]/g)) keys.add(match[1]);
    }
    return keys;
}

const placeholders = (text) => [...text.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]).sort();

test('every web.* text the page uses exists in Dutch and English', () => {
    const used = keysUsedByThePage();
    assert.ok(used.size > 50, `found only ${used.size} keys: is the scan broken?`);
    for (const key of used)
        for (const language of ['nl', 'en'])
            assert.ok(shipped.hasText(key, language), `[${language}] ${key} is missing`);
});

test('the web.* texts have the same placeholders in both languages, and none is unused', () => {
    const used = keysUsedByThePage();
    const sections = parseIni(shippedText);
    for (const [key, nl] of sections.get('nl')) {
        if (!key.startsWith('web.')) continue;
        const en = sections.get('en').get(key);
        assert.notEqual(en, undefined, `[en] ${key} is missing`);
        // A form `one` may say its number in words ("once").
        const counted = parsePluralFormKey(key);
        const said = (text) => placeholders(text).filter((name) => counted?.form !== 'one' || name !== counted.count);
        assert.deepEqual(said(nl), said(en), key);
        assert.ok(used.has(counted ? counted.text : key), `${key} is in messages.ini but the page never uses it`);
    }
    for (const key of sections.get('en').keys())
        if (key.startsWith('web.')) assert.ok(sections.get('nl').has(key), `[nl] ${key} is missing`);
});

test('a refusal renders as in the console, with the value translated', () => {
    const seated = { code: 'already_seated', params: { side: 'voor' } };
    assert.equal(shipped.renderRefusal(seated, 'nl'), 'Je zit al bij Voor.');
    assert.equal(shipped.renderRefusal({ code: 'already_seated', params: { side: 'tegen' } }, 'en'),
        'You are already on the Against bench.');
    assert.equal(shipped.renderRefusal({ code: 'flag_already_decided', params: { outcome: 'dismissed' } }, 'nl'),
        'Over deze melding is al beslist: afgewezen.');
    assert.equal(shipped.renderRefusal({ code: 'flag_rate_limited', params: { per_minute: '4' } }, 'nl'),
        'Je meldt te veel drogredenen achter elkaar (maximaal 4 per minuut); wacht even.');
});

test('a wire error renders from wire.<code>, with Dutch diacritics and quotes intact', () => {
    assert.equal(shipped.renderWire({ code: 'wrong_code', params: {} }, 'nl'),
        'Die sessiecode klopt niet. Kijk op het scherm in de zaal en typ de code opnieuw.');
    assert.equal(shipped.renderWire({ code: 'bad_message', params: { field: 'body.side', problem: 'x' } }, 'nl'),
        'Het bericht klopte niet (veld ‘body.side’: x). Ververs de pagina en probeer het opnieuw.');
    assert.match(shipped.render('turn_already_paused', {}, 'nl'), /beëindig/);
});

test('the page texts fill in their values', () => {
    assert.equal(shipped.render('web.hand.place', { place: 2 }, 'nl'), 'Je bent 2e in de rij');
    assert.equal(shipped.render('web.poll.ballots', { ballots: 5 }, 'nl'), '5 stemmen');
    assert.equal(shipped.render('web.poll.your_ballot', { side: 'twijfel' }, 'en'), 'Your vote: Undecided');
    assert.equal(shipped.render('web.arguments.meta', { speaker: 'Sanne', kind: 'rebuttal' }, 'nl'), 'Sanne · weerlegging');
});

test('a missing text falls back to the other language, then to the key', () => {
    const catalog = MessageCatalog.parse('[nl]\nalleen_nl = Hallo {name}\n[en]\nonly_en = Hello\n');
    assert.equal(catalog.render('alleen_nl', { name: 'Joëlle' }, 'en'), 'Hallo Joëlle');
    assert.equal(catalog.render('only_en', {}, 'nl'), 'Hello');
    assert.equal(catalog.render('nergens', {}, 'nl'), 'nergens');
});

test('a missing parameter stays visible, and a stray brace is kept as text', () => {
    const catalog = MessageCatalog.parse('[nl]\ngreeting = Hallo {name}, {missing} en { {side} {Bad}\nside.voor = Voor\n[en]\n');
    assert.equal(catalog.render('greeting', { name: 'Sem', side: 'voor' }, 'nl'), 'Hallo Sem, {missing} en { Voor {Bad}');
    assert.equal(catalog.render('greeting', [['name', 'Iris']], 'nl'), 'Hallo Iris, {missing} en { {side} {Bad}');
});

test('the INI reader follows the host: comments, first "=" splits, BOM, CRLF, first duplicate wins', () => {
    const sections = parseIni('\uFEFF# note\r\n[nl]\r\n; also a note\r\na = x = y\r\nb=  # not a comment\r\na = later\r\n[en]\r\n');
    assert.equal(sections.get('nl').get('a'), 'x = y');
    assert.equal(sections.get('nl').get('b'), '# not a comment');
    assert.deepEqual([...sections.keys()], ['nl', 'en']);
});

// tests/data/counted_texts.ini: the parameters that count, and the texts whose number
// meets no noun (shared with tests/core/counted_texts_test.cpp).
const countedTexts = (() => {
    const sections = parseIni(fs.readFileSync(path.join(here, '..', 'data', 'counted_texts.ini'), 'utf8'));
    return {
        countParameters: new Set(sections.get('count_parameters').get('names').split(/\s+/)),
        notCounted: sections.get('not_counted'),
    };
})();

test('a count of 1 takes the form one, and 0, 2 and every other number the form other', () => {
    for (const language of LANGUAGES) {
        assert.equal(pluralForm(language, 1), 'one');
        assert.equal(pluralForm(language, '1'), 'one');
        for (const other of [0, 2, 3, 11, 21, 101, '1.234', '1,5', '', 'een'])
            assert.equal(pluralForm(language, other), 'other', `${language} ${other}`);
    }
});

test('every counted text has both forms in Dutch and English and says 0, 1 and 2 right', () => {
    const sections = parseIni(shippedText);
    const counted = new Map();  // text → its count parameter
    for (const language of LANGUAGES)
        for (const key of sections.get(language).keys()) {
            const form = parsePluralFormKey(key);
            if (form) counted.set(form.text, form.count);
        }
    assert.ok(counted.size >= 20, `found only ${counted.size} counted texts: is the scan broken?`);
    for (const [text, count] of counted) {
        let formsDiffer = false;
        for (const language of LANGUAGES) {
            const [one, other] = PLURAL_FORMS.map((form) => shipped.find(`${text}.${count}.${form}`, language));
            assert.notEqual(one, undefined, `[${language}] ${text}.${count}.one is missing`);
            assert.notEqual(other, undefined, `[${language}] ${text}.${count}.other is missing`);
            formsDiffer ||= one !== other;
            const params = new Map(placeholders(one + other).map((name) => [name, `<${name}>`]));
            for (const n of [0, 1, 2]) {
                params.set(count, n);
                const shown = shipped.render(text, params, language);
                const where = `[${language}] ${text} for ${n}: ${shown}`;
                assert.equal(shown, shipped.render(`${text}.${count}.${n === 1 ? 'one' : 'other'}`, params, language), where);
                assert.ok(!shown.includes('{'), where);
                if (n !== 1) assert.ok(shown.includes(String(n)), where);
            }
        }
        assert.ok(formsDiffer, `${text}: its forms are the same in every language, so it need not be counted`);
    }
});

test('a text that puts a count before a noun has plural forms', () => {
    const sections = parseIni(shippedText);
    for (const language of LANGUAGES)
        for (const [key, text] of sections.get(language)) {
            if (parsePluralFormKey(key)) continue;
            for (const name of placeholders(text))
                if (countedTexts.countParameters.has(name))
                    assert.ok(countedTexts.notCounted.has(key), `[${language}] ${key}: {${name}} counts; write ` +
                        `${key}.${name}.one and .other, or say in tests/data/counted_texts.ini why no noun follows it`);
        }
});

test('the page says 1 persoon and 1 stem, 2 people and 0 votes', () => {
    const bench = (count, language) => shipped.render('web.benches.button', { side: 'voor', count }, language);
    assert.equal(bench(0, 'nl'), 'Voor: 0 mensen. Ga hier zitten.');
    assert.equal(bench(1, 'nl'), 'Voor: 1 persoon. Ga hier zitten.');
    assert.equal(bench(2, 'nl'), 'Voor: 2 mensen. Ga hier zitten.');
    assert.equal(bench(0, 'en'), 'For: 0 people. Sit here.');
    assert.equal(bench(1, 'en'), 'For: 1 person. Sit here.');
    assert.equal(bench(2, 'en'), 'For: 2 people. Sit here.');
    const ballots = (count, language) => shipped.render('web.poll.ballots', { ballots: count }, language);
    assert.deepEqual([0, 1, 2].map((n) => ballots(n, 'nl')), ['0 stemmen', '1 stem', '2 stemmen']);
    assert.deepEqual([0, 1, 2].map((n) => ballots(n, 'en')), ['0 votes', '1 vote', '2 votes']);
    // A refusal is counted by its own parameter, as in the console.
    assert.match(shipped.renderRefusal({ code: 'must_wait', params: { name: 'Fatima', turns: '1' } }, 'nl'),
        /laat eerst nog 1 ander aan het woord/);
});

test('a counted text falls back to the other language with its forms, and says other without its count', () => {
    const catalog = MessageCatalog.parse('[nl]\n[en]\nvotes.count.one = {count} vote\nvotes.count.other = {count} votes\n');
    assert.equal(catalog.render('votes', { count: 1 }, 'nl'), '1 vote');
    assert.equal(catalog.render('votes', { count: 0 }, 'nl'), '0 votes');
    assert.equal(catalog.render('votes', {}, 'en'), '{count} votes');
    assert.ok(catalog.hasText('votes', 'en'));
    assert.ok(!catalog.hasText('votes', 'nl'));
});
