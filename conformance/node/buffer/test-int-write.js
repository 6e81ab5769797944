// writeInt8/16/32 in two's complement.
var assert = require('assert');
var b = new Buffer(4);
b.writeInt8(-1, 0);
assert.strictEqual(b[0], 0xff);
b.writeInt8(-128, 1);
assert.strictEqual(b[1], 0x80);
b.writeInt16LE(-2, 0);
assert.strictEqual(b.toString('hex', 0, 2), 'feff');
b.writeInt16BE(-32768, 2);
assert.strictEqual(b.toString('hex', 2), '8000');
b.writeInt32LE(-123456789, 0);
assert.strictEqual(b.readInt32LE(0), -123456789);
b.writeInt32BE(-1, 0);
assert.strictEqual(b.toString('hex'), 'ffffffff');
b.writeInt32BE(0x7fffffff, 0);
assert.strictEqual(b.readInt32BE(0), 0x7fffffff);
console.log('int write ok');
