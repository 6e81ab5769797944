// writeUInt8/16/32 return offset + bytes written.
var assert = require('assert');
var b = new Buffer(8);
b.fill(0);
assert.strictEqual(b.writeUInt8(0xab, 0), 1);
assert.strictEqual(b.writeUInt16LE(0x1234, 1), 3);
assert.strictEqual(b.toString('hex', 0, 3), 'ab3412');
assert.strictEqual(b.writeUInt16BE(0x1234, 1), 3);
assert.strictEqual(b.toString('hex', 0, 3), 'ab1234');
assert.strictEqual(b.writeUInt32LE(0xdeadbeef, 4), 8);
assert.strictEqual(b.toString('hex', 4), 'efbeadde');
assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 4), 8);
assert.strictEqual(b.toString('hex', 4), 'deadbeef');
assert.strictEqual(b.readUInt32BE(4), 0xdeadbeef);
console.log(b.toString('hex'));
