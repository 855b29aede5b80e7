// What this participant knows of the session: the shared view, the personal part (`me`)
// and the last seq, merged from snapshot, batch and me messages (docs/protocol.md). Pure
// functions returning a new state, so the page can redraw from the state alone.

export const emptyViewState = Object.freeze({ seq: null, view: null, me: null, meSeq: null });

// A snapshot replaces everything.
export function applySnapshot(state, snapshot) {
    return { seq: snapshot.seq, view: snapshot.view ?? null, me: snapshot.me ?? null, meSeq: snapshot.seq };
}

// How a batch relates to what we have:
//   'apply'     it follows on: from <= seq + 1 < batch.seq + 1, or it has no events
//               (from = seq + 1, the same seq: only the view moved, e.g. who is here)
//   'duplicate' nothing new: batch.seq <= seq
//   'lost'      events between seq and batch.from never arrived: resume
//   'early'     no snapshot yet, so there is nothing to merge into
export function classifyBatch(state, batch) {
    if (state.seq === null || state.view === null) return 'early';
    if (batch.seq === state.seq && batch.from === state.seq + 1) return 'apply';
    if (batch.seq <= state.seq) return 'duplicate';
    if (batch.from > state.seq + 1) return 'lost';
    return 'apply';
}

// Returns {state, outcome} with the outcome of classifyBatch; only 'apply' changes the state.
// A batch's view sections replace ours whole; sections it leaves out stay as they were.
export function applyBatch(state, batch) {
    const outcome = classifyBatch(state, batch);
    if (outcome !== 'apply') return { state, outcome };
    const view = batch.view ? { ...state.view, ...batch.view } : state.view;
    return { state: { ...state, seq: batch.seq, view }, outcome };
}

// The personal part comes whole; an older one than we have is stale and dropped.
export function applyMe(state, message) {
    if (state.meSeq !== null && message.seq < state.meSeq) return { state, outcome: 'stale' };
    return { state: { ...state, me: message.me, meSeq: message.seq }, outcome: 'apply' };
}
