// fill(value[, offset][, end]) with numbers and strings.
var assert = require('assert');
var b = new Buffer(6);
assert.strictEqual(b.fill(0x61), b);
assert.strictEqual(b.toString(), 'aaaaaa');
b.fill(0x62, 2, 4);
assert.strictEqual(b.toString(), 'aabbaa');
b.fill(0x163);
assert.strictEqual(b[0], 0x63);
b.fill('xy');
assert.strictEqual(b.toString(), 'xyxyxy');
b.fill('\u20ac', 1);
assert.strictEqual(b.toString('hex'), '78e282ace282');
b.fill('');
assert.strictEqual(b.toString('hex'), '000000000000');
b.fill(-1);
assert.strictEqual(b[5], 255);
console.log(b.toString('hex'));
