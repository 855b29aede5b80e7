// The session code as people type it: read off a projector as "482 913" or "482-913",
// on a phone that may make a dash an en dash or a space a no-break space. The page sends
// (and puts in its address) the code without them; the host ignores them too
// (host/session_code.hpp), so every client may send what was typed.

const SEPARATORS = /[\s\u00a0\u202f\-\u2013\u2014\u2212]/gu;

export function withoutCodeSeparators(typed) {
    return String(typed ?? '').replace(SEPARATORS, '');
}
