// The page renders every text from assets/messages.ini exactly as the host does
// (core/message_catalog.cpp), and every web.* key the page uses exists in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageCatalog, parseIni } from '../../assets/web/messages.js';

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
            assert.notEqual(shipped.find(key, language), undefined, `[${language}] ${key} is missing`);
});

test('the web.* texts have the same placeholders in both languages, and none is unused', () => {
    const used = keysUsedByThePage();
    const sections = parseIni(shippedText);
    for (const [key, nl] of sections.get('nl')) {
        if (!key.startsWith('web.')) continue;
        const en = sections.get('en').get(key);
        assert.notEqual(en, undefined, `[en] ${key} is missing`);
        assert.deepEqual(placeholders(nl), placeholders(en), key);
        assert.ok(used.has(key), `${key} is in messages.ini but the page never uses it`);
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
