// new Buffer(array): each element as a byte (mod 256).
var assert = require('assert');
var b = new Buffer([1, 2, 255, 256, 257, -1, '7', 1.9]);
assert.deepEqual(Array.prototype.slice.call(b), [1, 2, 255, 0, 1, 255, 7, 1]);
var a = new Buffer({ length: 2, 0: 9, 1: 8 });
assert.strictEqual(a[0], 9);
assert.strictEqual(a[1], 8);
var t = new Buffer(new Uint16Array([1, 258]));
assert.strictEqual(t[1], 2);
console.log(b.length);
