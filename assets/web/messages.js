// The message catalog (assets/messages.ini, served as /messages.ini): every text the page
// shows, in Dutch and English. Parsing and rendering follow core/ini_document.cpp and
// core/message_catalog.cpp, so a refusal reads the same here as in the console.
//
// Rendering never fails: a missing text falls back to the other language and then to the
// key itself, and a {param} without a value stays as written, so the gap shows.

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

function paramsToMap(params) {
    if (!params) return new Map();
    if (params instanceof Map) return params;
    if (Array.isArray(params)) return new Map(params);
    return new Map(Object.entries(params));
}

export class MessageCatalog {
    constructor(texts = {}) {
        this.texts = new Map();
        for (const language of LANGUAGES) this.texts.set(language, texts[language] ?? new Map());
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

    // `language` first, then the others.
    lookup(key, language) {
        const own = this.find(key, language);
        if (own !== undefined) return own;
        for (const other of LANGUAGES) {
            const text = this.find(key, other);
            if (text !== undefined) return text;
        }
        return undefined;
    }

    render(key, params, language) {
        const text = this.lookup(key, language);
        if (text === undefined) return key;
        const values = paramsToMap(params);
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
