// write outside the buffer is a RangeError; non-strings a TypeError.
var assert = require('assert');
var b = new Buffer(4);
assert.throws(function () { b.write('a', 5); }, RangeError);
assert.throws(function () { b.write('a', 5); }, /attempt to write outside buffer bounds/);
assert.throws(function () { b.write('a', -1); }, RangeError);
assert.throws(function () { b.write('a', 0, -1); }, RangeError);
assert.strictEqual(b.write('a', 4), 0);
assert.throws(function () { b.write(5); }, TypeError);
console.log('write bounds ok');
