// alloc and dispose argument errors.
var assert = require('assert');

var smalloc = require('smalloc');
assert.throws(function () { smalloc.alloc(1, 'str'); }, TypeError);
assert.throws(function () { smalloc.alloc(1, []); }, /obj cannot be an array/);
assert.throws(function () { smalloc.alloc(1, new Buffer(1)); }, /obj cannot be a Buffer/);
assert.throws(function () { smalloc.alloc(1, new Uint8Array(1)); }, TypeError);
assert.throws(function () { smalloc.alloc(1, {}, 10); }, /unknown external array type/);
var o = smalloc.alloc(1, {});
assert.throws(function () { smalloc.alloc(1, o); }, /already has external array data/);
assert.throws(function () { smalloc.alloc(smalloc.kMaxLength + 1); }, RangeError);
assert.throws(function () { smalloc.dispose({}); }, TypeError);
assert.throws(function () { smalloc.dispose(new Buffer(1)); }, TypeError);
assert.strictEqual(smalloc.kMaxLength, 0x3fffffff);
console.log('errors ok');
