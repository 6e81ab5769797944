var assert = require('assert');

var err;
try { assert.throws(function () { throw new RangeError('r'); }, TypeError); } catch (e) { err = e; }
assert.ok(err instanceof RangeError);
assert.strictEqual(err.message, 'r');
try { assert.throws(function () { throw new Error('abc'); }, /xyz/); } catch (e) { console.log('rethrown', e.message); }
console.log('mismatch rethrows');
