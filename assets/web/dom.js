// Small DOM helpers for the page's panels: no framework, just enough to build elements
// and to update lists in place (so the button someone just pressed keeps its focus).

export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === false || value === null || value === undefined) continue;
        if (name === 'class') element.className = value;
        else if (name === 'text') element.textContent = value;
        else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
        else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined) element.append(child);
    return element;
}

export const byId = (id) => document.getElementById(id);

export function setText(element, text) {
    if (element.textContent !== text) element.textContent = text;
}

export function setHidden(element, hidden) {
    if (element.hidden !== hidden) element.hidden = hidden;
}

// Hides `element`; if the focus was in it, it goes to `fallback` (focusable, e.g. a card
// with tabindex=-1) instead of falling to the body, the top of the page.
export function setHiddenKeepingFocus(element, hidden, fallback) {
    const had = hidden && !element.hidden && element.contains(document.activeElement);
    setHidden(element, hidden);
    if (had) fallback.focus({ preventScroll: true });
}

export function setAttr(element, name, value) {
    const text = String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

// Makes `container`'s children match `items`: one element per key, created once by
// `create(item)` and brought up to date by `update(element, item)` on every call.
export function syncList(container, items, key, create, update) {
    const existing = new Map();
    for (const child of container.children) existing.set(child.dataset.key, child);
    let previous = null;
    for (const item of items) {
        const id = String(key(item));
        let element = existing.get(id);
        if (element) existing.delete(id);
        else {
            element = create(item);
            element.dataset.key = id;
        }
        update(element, item);
        const wanted = previous ? previous.nextSibling : container.firstChild;
        if (wanted !== element) container.insertBefore(element, wanted);
        previous = element;
    }
    for (const stale of existing.values()) stale.remove();
}
