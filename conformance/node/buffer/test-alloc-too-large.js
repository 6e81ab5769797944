// Sizes above kMaxLength throw a RangeError.
var assert = require('assert');
var kMax = require('buffer').kMaxLength;
assert.strictEqual(kMax, 0x3fffffff);
assert.throws(function () { new Buffer(kMax + 1); }, RangeError);
assert.throws(function () { new Buffer(kMax + 1); }, /Attempt to allocate Buffer larger than maximum size: 0x3fffffff bytes/);
console.log('too large rejected');
