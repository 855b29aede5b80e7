import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutCodeSeparators } from '../../assets/web/join_code.js';

test('a code typed with spaces or dashes is the code', () => {
    for (const typed of ['482913', '482 913', ' 482 913 ', '482-913', '48-29-13', '482\u00a0913', '482\u2013913', '482\t913'])
        assert.equal(withoutCodeSeparators(typed), '482913', JSON.stringify(typed));
});

test('anything else typed stays, for the host to refuse', () => {
    assert.equal(withoutCodeSeparators('48291x'), '48291x');
    assert.equal(withoutCodeSeparators('482.913'), '482.913');
    assert.equal(withoutCodeSeparators(''), '');
    assert.equal(withoutCodeSeparators(null), '');
});
