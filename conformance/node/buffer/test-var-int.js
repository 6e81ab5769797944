// readIntLE/BE and writeIntLE/BE, negative values included.
var assert = require('assert');
var b = new Buffer(6);
for (var n = 1; n <= 6; n++) {
  var lo = -Math.pow(2, 8 * n - 1), hi = Math.pow(2, 8 * n - 1) - 1;
  [lo, -1, 0, 1, hi, -256].forEach(function (v) {
    if (v < lo || v > hi) return;
    b.writeIntLE(v, 0, n);
    assert.strictEqual(b.readIntLE(0, n), v, 'LE ' + n + ' ' + v);
    b.writeIntBE(v, 0, n);
    assert.strictEqual(b.readIntBE(0, n), v, 'BE ' + n + ' ' + v);
  });
}
b.writeIntBE(-2, 0, 3);
assert.strictEqual(b.toString('hex', 0, 3), 'fffffe');
b.writeIntLE(-0x123456, 0, 3);
assert.strictEqual(b.toString('hex', 0, 3), 'aacbed');
assert.throws(function () { b.writeIntLE(128, 0, 1); }, TypeError);
assert.throws(function () { b.writeIntBE(-0x800001, 0, 3); }, TypeError);
console.log(b.readIntLE(0, 3));
