// new Buffer(size): a zero-filled buffer of that many bytes.
var assert = require('assert');
var b = new Buffer(10);
assert.strictEqual(b.length, 10);
for (var i = 0; i < b.length; i++) assert.strictEqual(b[i], 0);
assert.strictEqual(new Buffer(0).length, 0);
assert.strictEqual(new Buffer(-5).length, 0);
assert.strictEqual(new Buffer(3.7).length, 3);
assert.strictEqual(Buffer(4).length, 4, 'callable without new');
assert.ok(Buffer(4) instanceof Buffer);
console.log('alloc ok');
