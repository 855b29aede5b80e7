// The speaker's countdown, drawn locally from view.turn and the host clock, so the host
// never has to send a tick.

// Milliseconds left in the turn; negative in overtime.
export function timeLeft(turn, hostNow) {
    const running = turn.running_since !== undefined && turn.running_since !== null
        ? Math.max(0, hostNow - turn.running_since) : 0;
    return turn.limit_ms - turn.spoken_ms - running;
}

// The clock's colour: 'ended' | 'overtime' | 'warning' | 'normal'.
export function turnPhase(turn, left) {
    if (turn.ended) return 'ended';
    if (left < 0) return 'overtime';
    if (left <= turn.warning_ms) return 'warning';
    return 'normal';
}

// Not ended, but the clock stands still (the facilitator paused it).
export function isPaused(turn) {
    return !turn.ended && (turn.running_since === undefined || turn.running_since === null);
}

function minutesSeconds(totalSeconds) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

// "1:00", "0:07", and in overtime "+0:12". A second is shown until it has fully passed,
// so the clock reads 0:00 only when the time is really up.
export function formatTimeLeft(left) {
    if (left < 0) return `+${minutesSeconds(Math.floor(-left / 1000))}`;
    return minutesSeconds(Math.ceil(left / 1000));
}

// "0:52" for a duration (the personal summary's speaking time).
export function formatDuration(ms) {
    return minutesSeconds(Math.round(Math.max(0, ms) / 1000));
}

// How much of the time is used, 0..1, for a bar.
export function fractionUsed(turn, left) {
    if (turn.limit_ms <= 0) return 1;
    return Math.min(1, Math.max(0, 1 - left / turn.limit_ms));
}
