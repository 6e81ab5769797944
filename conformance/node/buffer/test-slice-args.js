// slice: negative indexes count from the end; ranges clamp.
var assert = require('assert');
var b = new Buffer('0123456789');
assert.strictEqual(b.slice().toString(), '0123456789');
assert.strictEqual(b.slice(-3).toString(), '789');
assert.strictEqual(b.slice(2, -2).toString(), '234567');
assert.strictEqual(b.slice(-100, 2).toString(), '01');
assert.strictEqual(b.slice(5, 100).toString(), '56789');
assert.strictEqual(b.slice(7, 3).length, 0);
assert.strictEqual(b.slice(20).length, 0);
assert.strictEqual(b.slice('2', '4').toString(), '23');
console.log('slice args ok');
