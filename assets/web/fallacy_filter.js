// The search box of the drogredenen list: matches name, explanation and id, in either
// language, ignoring case and accents ("beroep op medelijden" finds "Beroep op
// medelijden", "etre" finds "être"), every word of the query somewhere in the entry.

export function normalizeForSearch(text) {
    return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function searchable(fallacy) {
    const parts = [fallacy.id.replaceAll('_', ' ')];
    for (const field of [fallacy.name, fallacy.explanation]) parts.push(...Object.values(field ?? {}));
    return normalizeForSearch(parts.join(' \u0000 '));
}

// The catalog's fallacies that match, in catalog order; all of them for an empty query.
export function filterFallacies(fallacies, query) {
    const words = normalizeForSearch(query ?? '').split(/\s+/).filter((word) => word !== '');
    if (words.length === 0) return [...fallacies];
    return fallacies.filter((fallacy) => {
        const haystack = searchable(fallacy);
        return words.every((word) => haystack.includes(word));
    });
}

// The rule a fallacy breaks, from the catalog's rules (undefined when not listed).
export function ruleOf(catalog, fallacy) {
    return catalog.rules.find((rule) => rule.number === fallacy.rule);
}
