// The message catalog (assets/messages.ini, served as /messages.ini): every text the page
// shows, in Dutch and English. Parsing and rendering follow core/ini_document.cpp and
// core/message_catalog.cpp, so a refusal reads the same here as in the console.
//
// Rendering never fails: a missing text falls back to the other language and then to the
// key itself, and a {param} without a value stays as written, so the gap shows.
//
// A counted text has a text per plural form, "<key>.<param>.one" and "<key>.<param>.other",
// and renders as <key>: the value of {param} picks the form ("1 hand omhoog", "2 handen
// omhoog"), as in core/message_catalog.hpp.

export const LANGUAGES = Object.freeze(['nl', 'en']);

const BOM = '\uFEFF';

// Sections of `key = value` lines; comments start with # or ; (first non-blank). A line
// the host's parser would refuse is skipped here: a half-edited file must not blank the page.
export function parseIni(text) {
    const sections = new Map();
    let current = null;
    const body = text.startsWith(BOM) ? text.slice(1) : text;
    for (const raw of body.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
        if (line.startsWith('[')) {
            if (!line.endsWith(']')) continue;
            const name = line.slice(1, -1).trim();
            if (!sections.has(name)) sections.set(name, new Map());
            current = sections.get(name);
            continue;
        }
        const equals = line.indexOf('=');
        if (equals < 0 || current === null) continue;
        const key = line.slice(0, equals).trim();
        if (key === '' || current.has(key)) continue;  // the first of two duplicates wins, as in the host
        current.set(key, line.slice(equals + 1).trim());
    }
    return sections;
}

const PLACEHOLDER_NAME = /^[a-z0-9_]+$/;

// A text cut into literal runs and {placeholder}s; a '{' that does not open a valid
// placeholder stays as text, as in the host's renderer.
function splitTemplate(text) {
    const pieces = [];
    let literalStart = 0;
    let position = 0;
    const flush = (end) => {
        if (end > literalStart) pieces.push({ text: text.slice(literalStart, end), placeholder: false });
    };
    while ((position = text.indexOf('{', position)) >= 0) {
        const close = text.indexOf('}', position + 1);
        if (close < 0) break;
        const name = text.slice(position + 1, close);
        if (!PLACEHOLDER_NAME.test(name)) {
            position += 1;
            continue;
        }
        flush(position);
        pieces.push({ text: name, placeholder: true });
        position = close + 1;
        literalStart = position;
    }
    flush(text.length);
    return pieces;
}

// Which form of a counted text a number takes, as core/plural_form.cpp: Dutch and English
// say `one` for exactly 1 and `other` for everything else, 0 included ("1.234" too).
export function pluralForm(language, count) {
    return String(count) === '1' ? 'one' : 'other';
}

export const PLURAL_FORMS = Object.freeze(['one', 'other']);

// "must_wait.turns.one" → { text: 'must_wait', count: 'turns', form: 'one' }; null for a key
// that is not a counted text's form.
export function parsePluralFormKey(key) {
    const match = /^(.+)\.([a-z0-9_]+)\.(one|other)$/.exec(key);
    return match ? { text: match[1], count: match[2], form: match[3] } : null;
}

function paramsToMap(params) {
    if (!params) return new Map();
    if (params instanceof Map) return params;
    if (Array.isArray(params)) return new Map(params);
    return new Map(Object.entries(params));
}

export class MessageCatalog {
    constructor(texts = {}) {
        this.texts = new Map();
        // Per language, a counted text's key → the name of its count parameter.
        this.counts = new Map();
        for (const language of LANGUAGES) {
            const own = texts[language] ?? new Map();
            const counts = new Map();
            for (const key of own.keys()) {
                const counted = parsePluralFormKey(key);
                if (counted && !counts.has(counted.text)) counts.set(counted.text, counted.count);
            }
            this.texts.set(language, own);
            this.counts.set(language, counts);
        }
    }

    static parse(text) {
        const sections = parseIni(text);
        const texts = {};
        for (const language of LANGUAGES) texts[language] = sections.get(language) ?? new Map();
        return new MessageCatalog(texts);
    }

    // The text exactly as written for this language, or undefined.
    find(key, language) {
        return this.texts.get(language)?.get(key);
    }

    // Whether `language` has a text for `key`, as written or counted (its forms).
    hasText(key, language) {
        return this.find(key, language) !== undefined || (this.counts.get(language)?.has(key) ?? false);
    }

    // The text of `key` in `language` alone: as written, or the form its count asks for
    // (without a count: other, so the gap shows).
    pick(key, values, language) {
        const own = this.find(key, language);
        if (own !== undefined) return own;
        const count = this.counts.get(language)?.get(key);
        if (count === undefined) return undefined;
        const form = values.has(count) ? pluralForm(language, values.get(count)) : 'other';
        for (const tried of [form, 'other', 'one']) {
            const text = this.find(`${key}.${count}.${tried}`, language);
            if (text !== undefined) return text;
        }
        return undefined;
    }

    // `language` first, then the others.
    lookup(key, language, values = new Map()) {
        const own = this.pick(key, values, language);
        if (own !== undefined) return own;
        for (const other of LANGUAGES) {
            const text = this.pick(key, values, other);
            if (text !== undefined) return text;
        }
        return undefined;
    }

    render(key, params, language) {
        const values = paramsToMap(params);
        const text = this.lookup(key, language, values);
        if (text === undefined) return key;
        let out = '';
        for (const piece of splitTemplate(text)) {
            if (!piece.placeholder) {
                out += piece.text;
                continue;
            }
            if (!values.has(piece.text)) {
                out += `{${piece.text}}`;
                continue;
            }
            const value = String(values.get(piece.text));
            const shown = this.lookup(`${piece.text}.${value}`, language);
            out += shown !== undefined ? shown : value;
        }
        return out;
    }

    // A core refusal: {"code":"already_seated","params":{"side":"voor"}}.
    renderRefusal(reason, language) {
        return this.render(reason.code, reason.params, language);
    }

    // A wire error or bye: its text is "wire.<code>".
    renderWire(reason, language) {
        return this.render(`wire.${reason.code}`, reason.params, language);
    }
}
