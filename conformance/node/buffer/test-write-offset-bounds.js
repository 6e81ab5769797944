// Writing past the end is a RangeError unless noAssert (then nothing past
// the end is written).
var assert = require('assert');
var b = new Buffer(4);
b.fill(0);
assert.throws(function () { b.writeUInt8(1, 4); }, /index out of range/);
assert.throws(function () { b.writeUInt32LE(1, 1); }, RangeError);
assert.throws(function () { b.writeDoubleLE(1, 0); }, RangeError);
assert.throws(function () { b.writeFloatBE(1, 2); }, RangeError);
assert.strictEqual(b.writeUInt32BE(0x01020304, 2, true), 6);
assert.strictEqual(b.toString('hex'), '00000102');
assert.strictEqual(b.writeFloatLE(1, 2, true), 6);
assert.strictEqual(b.length, 4);
console.log(b.toString('hex'));
