// write(string[, offset][, length][, encoding]) returns bytes written.
var assert = require('assert');
var b = new Buffer(8);
b.fill(0);
assert.strictEqual(b.write('abc'), 3);
assert.strictEqual(b.toString('ascii', 0, 3), 'abc');
assert.strictEqual(b.write('xy', 5), 2);
assert.strictEqual(b[5], 0x78);
assert.strictEqual(b.write('hello', 6), 2, 'truncated at the end');
assert.strictEqual(b.toString('ascii', 6), 'he');
assert.strictEqual(b.write('ffee', 0, 'hex'), 2);
assert.strictEqual(b[1], 0xee);
assert.strictEqual(b.write('0102030405', 2, 2, 'hex'), 2);
assert.strictEqual(b[3], 2);
assert.strictEqual(b[4], 0);
// legacy order: (string, encoding, offset, length)
assert.strictEqual(b.write('zz', 'utf8', 1, 1), 1);
assert.strictEqual(b[1], 0x7a);
console.log('write ok');
