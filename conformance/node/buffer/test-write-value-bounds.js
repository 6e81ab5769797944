// Out-of-range values are TypeErrors ('value is out of bounds') unless noAssert.
var assert = require('assert');
var b = new Buffer(4);
assert.throws(function () { b.writeUInt8(256, 0); }, TypeError);
assert.throws(function () { b.writeUInt8(-1, 0); }, /value is out of bounds/);
assert.throws(function () { b.writeInt8(128, 0); }, TypeError);
assert.throws(function () { b.writeUInt16LE(0x10000, 0); }, TypeError);
assert.throws(function () { b.writeInt16BE(-0x8001, 0); }, TypeError);
assert.throws(function () { b.writeUInt32BE(-1, 0); }, TypeError);
assert.throws(function () { b.writeInt32LE(0x80000000, 0); }, TypeError);
b.writeUInt8(257, 0, true);
assert.strictEqual(b[0], 1);
b.writeInt8(-129, 1, true);
assert.strictEqual(b[1], 0x7f);
console.log('value bounds ok');
