// equals, compare and Buffer.compare.
var assert = require('assert');
var a = new Buffer('abc'), b = new Buffer('abd'), c = new Buffer('abc'), d = new Buffer('ab');
assert.strictEqual(a.equals(c), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.compare(b), -1);
assert.strictEqual(b.compare(a), 1);
assert.strictEqual(a.compare(c), 0);
assert.strictEqual(a.compare(d), 1);
assert.strictEqual(d.compare(a), -1);
assert.strictEqual(Buffer.compare(a, b), -1);
assert.deepEqual([b, d, a].sort(Buffer.compare).map(String), ['ab', 'abc', 'abd']);
assert.throws(function () { a.equals('abc'); }, /Argument must be a Buffer/);
assert.throws(function () { a.compare([1]); }, TypeError);
assert.throws(function () { Buffer.compare(a, 'x'); }, /Arguments must be Buffers/);
console.log('compare ok');
