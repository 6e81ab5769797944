// copy(target[, targetStart][, sourceStart][, sourceEnd]) returns bytes copied.
var assert = require('assert');
var src = new Buffer('abcdef');
var dst = new Buffer(4);
dst.fill(0x2e);
assert.strictEqual(src.copy(dst), 4);
assert.strictEqual(dst.toString(), 'abcd');
dst.fill(0x2e);
assert.strictEqual(src.copy(dst, 1, 4), 2);
assert.strictEqual(dst.toString(), '.ef.');
assert.strictEqual(src.copy(dst, 0, 2, 3), 1);
assert.strictEqual(dst.toString(), 'cef.');
assert.strictEqual(src.copy(dst, 10), 0);
assert.strictEqual(src.copy(dst, 0, 3, 3), 0);
assert.throws(function () { src.copy(dst, -1); }, RangeError);
assert.throws(function () { src.copy(dst, 0, 10, 12); }, /out of range index/);
assert.throws(function () { src.copy('nope'); }, TypeError);
console.log('copy ok');
