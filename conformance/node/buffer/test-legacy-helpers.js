// v0.12's per-encoding helpers and deprecated get().
var assert = require('assert');
var b = new Buffer('hello');
assert.strictEqual(b.utf8Slice(1, 3), 'el');
assert.strictEqual(b.hexSlice(0, 1), '68');
assert.strictEqual(b.asciiSlice(), 'hello');
assert.strictEqual(b.base64Slice(0, 5), 'aGVsbG8=');
assert.strictEqual(b.utf8Write('J', 0), 1);
assert.strictEqual(b.toString(), 'Jello');
assert.strictEqual(b.hexWrite('6a', 0), 1);
assert.strictEqual(b.toString(), 'jello');
var u = new Uint8Array(2);
b.set([1, 2], 3);
assert.strictEqual(b[4], 2, 'Uint8Array set still works');
console.log(b.toString('hex'));
