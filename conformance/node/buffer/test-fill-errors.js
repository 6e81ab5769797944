// fill range errors.
var assert = require('assert');
var b = new Buffer(4);
assert.throws(function () { b.fill(1, 3, 1); }, /end < start/);
assert.throws(function () { b.fill(1, 5, 6); }, /start out of bounds/);
assert.throws(function () { b.fill(1, 0, 5); }, /end out of bounds/);
assert.strictEqual(b.fill(1, 2, 2), b);
var empty = new Buffer(0);
assert.strictEqual(empty.fill(1), empty);
console.log('fill errors ok');
