// readUIntLE/BE and writeUIntLE/BE with 1 to 6 bytes.
var assert = require('assert');
var b = new Buffer(6);
for (var n = 1; n <= 6; n++) {
  var max = Math.pow(2, 8 * n) - 1;
  assert.strictEqual(b.writeUIntLE(max, 0, n), n);
  assert.strictEqual(b.readUIntLE(0, n), max);
  assert.strictEqual(b.writeUIntBE(max - 1, 0, n), n);
  assert.strictEqual(b.readUIntBE(0, n), max - 1);
}
b.writeUIntBE(0x123456789abc, 0, 6);
assert.strictEqual(b.toString('hex'), '123456789abc');
assert.strictEqual(b.readUIntLE(0, 6), 0xbc9a78563412);
b.writeUIntLE(0x123456, 0, 3);
assert.strictEqual(b.toString('hex', 0, 3), '563412');
assert.throws(function () { b.writeUIntLE(0x1000000, 0, 3); }, TypeError);
assert.throws(function () { b.readUIntBE(4, 3); }, RangeError);
console.log(b.readUIntBE(0, 3));
