// readInt8/16/32 LE and BE are two's complement.
var assert = require('assert');
var b = new Buffer([0xff, 0xfe, 0x80, 0x00, 0x7f, 0xff, 0xff, 0xff]);
assert.strictEqual(b.readInt8(0), -1);
assert.strictEqual(b.readInt8(2), -128);
assert.strictEqual(b.readInt8(4), 127);
assert.strictEqual(b.readInt16LE(0), -257);
assert.strictEqual(b.readInt16BE(0), -2);
assert.strictEqual(b.readInt16BE(2), -32768);
assert.strictEqual(b.readInt32BE(4), 0x7fffffff);
assert.strictEqual(b.readInt32LE(4), -129);
assert.strictEqual(b.readInt32BE(0), -98304);
console.log(b.readInt32LE(0));
