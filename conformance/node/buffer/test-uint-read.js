// readUInt8/16/32 LE and BE.
var assert = require('assert');
var b = new Buffer([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0xfd, 0xfc]);
assert.strictEqual(b.readUInt8(0), 1);
assert.strictEqual(b.readUInt8(4), 255);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(0), 0x01020304);
assert.strictEqual(b.readUInt32LE(4), 0xfcfdfeff);
assert.strictEqual(b.readUInt32BE(4), 0xfffefdfc);
assert.strictEqual(b.readUInt16BE(3), 0x04ff);
console.log(b.readUInt32BE(4));
