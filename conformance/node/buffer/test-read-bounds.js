// Reading past the end is a RangeError('index out of range') unless noAssert.
var assert = require('assert');
var b = new Buffer([1, 2, 3, 4]);
assert.throws(function () { b.readUInt8(4); }, RangeError);
assert.throws(function () { b.readUInt16LE(3); }, /index out of range/);
assert.throws(function () { b.readInt32BE(1); }, RangeError);
assert.throws(function () { b.readFloatLE(1); }, RangeError);
assert.throws(function () { b.readDoubleBE(0); }, RangeError);
assert.throws(function () { b.readUIntLE(2, 3); }, RangeError);
assert.strictEqual(b.readUInt8(4, true), undefined);
assert.strictEqual(b.readUInt16LE(3, true), 4);
assert.strictEqual(b.readUInt8(-4 + 4), 1);
console.log('read bounds ok');
