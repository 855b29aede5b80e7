import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClockSync } from '../../assets/web/clock.js';
import { formatDuration, formatTimeLeft, fractionUsed, isPaused, timeLeft, turnPhase } from '../../assets/web/turn_clock.js';

test('the offset is the host clock minus the middle of the round trip', () => {
    const clock = new ClockSync();
    assert.equal(clock.offset, null);
    clock.addSample(1000, 1100, 50000);
    assert.equal(clock.offset, 50000 - 1050);
    assert.equal(clock.roundTrip, 100);
    assert.equal(clock.hostNow(2000), 2000 + 48950);
});

test('the sample with the smallest round trip wins', () => {
    const clock = new ClockSync();
    clock.addSample(0, 400, 10200);     // offset 10000, rtt 400
    clock.addSample(1000, 1020, 11030); // offset 10020, rtt 20
    clock.addSample(2000, 2300, 12100); // offset 9950, rtt 300
    assert.equal(clock.offset, 10020);
    assert.equal(clock.roundTrip, 20);
});

test('only recent samples count, so a drifting clock is followed', () => {
    const clock = new ClockSync(3);
    clock.addSample(0, 10, 1005);  // the best, but it will age out
    for (let i = 1; i <= 3; ++i) clock.addSample(i * 1000, i * 1000 + 50, i * 1000 + 25 + 2000);
    assert.equal(clock.roundTrip, 50);
    assert.equal(clock.offset, 2000);
});

test('before any pong the welcome gives a rough offset; a reset forgets everything', () => {
    const clock = new ClockSync();
    clock.setRough(183250, 1000);
    assert.equal(clock.offset, 182250);
    clock.addSample(2000, 2010, 300000);
    assert.equal(clock.offset, 300000 - 2005);
    clock.reset();
    assert.equal(clock.offset, null);
    assert.equal(clock.hostNow(5), 5);
});

test('a nonsense sample is ignored', () => {
    const clock = new ClockSync();
    assert.equal(clock.addSample(100, 50, 1000), false);
    assert.equal(clock.addSample(100, 150, Number.NaN), false);
    assert.equal(clock.offset, null);
});

const turn = { limit_ms: 60000, warning_ms: 15000, spoken_ms: 12000, running_since: 171250, ended: false };

test('time left counts the running stretch from the host clock', () => {
    assert.equal(timeLeft(turn, 183250), 60000 - 12000 - 12000);
    const paused = { ...turn };
    delete paused.running_since;
    assert.equal(timeLeft(paused, 999999), 48000);
    assert.ok(isPaused(paused));
    assert.ok(!isPaused(turn));
});

test('the clock turns to warning, then overtime', () => {
    assert.equal(turnPhase(turn, timeLeft(turn, 171250 + 30000)), 'normal');
    assert.equal(turnPhase(turn, timeLeft(turn, 171250 + 33000)), 'warning');
    assert.equal(turnPhase(turn, timeLeft(turn, 171250 + 48000)), 'warning');
    assert.equal(turnPhase(turn, timeLeft(turn, 171250 + 48001)), 'overtime');
    assert.equal(turnPhase({ ...turn, ended: true }, -5000), 'ended');
});

test('time is shown as m:ss, and overtime as +m:ss', () => {
    assert.equal(formatTimeLeft(60000), '1:00');
    assert.equal(formatTimeLeft(59001), '1:00');
    assert.equal(formatTimeLeft(7000), '0:07');
    assert.equal(formatTimeLeft(0), '0:00');
    assert.equal(formatTimeLeft(-12000), '+0:12');
    assert.equal(formatTimeLeft(-12999), '+0:12');
    assert.equal(formatTimeLeft(-75000), '+1:15');
    assert.equal(formatDuration(52000), '0:52');
    assert.equal(fractionUsed(turn, 30000), 0.5);
    assert.equal(fractionUsed(turn, -1000), 1);
});
