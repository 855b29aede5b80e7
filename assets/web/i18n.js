// The page's language: Dutch unless the participant chose English, remembered on this
// device. The texts themselves come from messages.ini (messages.js).
import { LANGUAGES } from './messages.js';

export const DEFAULT_LANGUAGE = 'nl';
const LANGUAGE_KEY = 'lagerhuis.language';

export function preferredLanguage(storage) {
    const stored = storage.get(LANGUAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
}

export function rememberLanguage(storage, language) {
    if (LANGUAGES.includes(language)) storage.set(LANGUAGE_KEY, language);
}

// Texts written into the HTML by key: data-t="web.join.code" sets the text,
// data-t-aria-label and data-t-placeholder set those attributes.
export function translateStatic(root, t) {
    for (const element of root.querySelectorAll('[data-t]')) element.textContent = t(element.dataset.t);
    for (const element of root.querySelectorAll('[data-t-aria-label]'))
        element.setAttribute('aria-label', t(element.dataset.tAriaLabel));
    for (const element of root.querySelectorAll('[data-t-placeholder]'))
        element.setAttribute('placeholder', t(element.dataset.tPlaceholder));
}
