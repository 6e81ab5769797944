// Buffer.isBuffer and instanceof.
var assert = require('assert');
var b = new Buffer(2);
assert.strictEqual(Buffer.isBuffer(b), true);
assert.strictEqual(Buffer.isBuffer(b.slice(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(2)), false);
assert.strictEqual(Buffer.isBuffer('x'), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.ok(b instanceof Buffer);
assert.strictEqual(require('util').isBuffer(b), true);
assert.strictEqual(require('buffer').Buffer, Buffer);
console.log('isBuffer ok');
