// A session code as people type it off the projector: "123 456", "123-456" and
// " 123456 " all mean 123456. Spaces (also the non-breaking kind a phone's keyboard may
// put in), dashes of every width and dots go before the code is sent or stored.
const SEPARATORS = /[\s.\u2010-\u2015\u2212-]/gu;

export function normalizeSessionCode(text) {
    return String(text ?? '').replace(SEPARATORS, '');
}
