// Buffers are Uint8Arrays: typed-array methods work on them.
var assert = require('assert');
var b = new Buffer([3, 1, 2]);
assert.ok(b instanceof Uint8Array);
assert.strictEqual(b.byteLength, 3);
var u = new Uint8Array(b);
assert.strictEqual(u[0], 3);
var view = new DataView(b.buffer, b.byteOffset, b.length);
assert.strictEqual(view.getUint8(2), 2);
assert.strictEqual(Array.prototype.join.call(b, ','), '3,1,2');
var s = b.slice(1);
assert.strictEqual(s.byteOffset, b.byteOffset + 1);
console.log('interop ok');
