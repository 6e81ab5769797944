// copyOnto between external data (Buffers included); dispose frees it.
var assert = require('assert');

var smalloc = require('smalloc');
var a = smalloc.alloc(4);
var b = smalloc.alloc(4);
for (var i = 0; i < 4; i++) a[i] = i + 1;
smalloc.copyOnto(a, 1, b, 0, 3);
assert.deepEqual([b[0], b[1], b[2], b[3]], [2, 3, 4, 0]);
var buf = new Buffer(4);
buf.fill(0);
smalloc.copyOnto(a, 0, buf, 2, 2);
assert.strictEqual(buf.toString('hex'), '00000102');
assert.throws(function () { smalloc.copyOnto(a, 2, b, 0, 3); }, RangeError);
assert.throws(function () { smalloc.copyOnto(a, 0, smalloc.alloc(2, {}, smalloc.Types.Int8), 0, 1); }, TypeError);
assert.throws(function () { smalloc.copyOnto(a, 0, {}, 0, 1); }, /dest has no external array data/);
assert.ok(smalloc.hasExternalData(buf));
assert.strictEqual(smalloc.hasExternalData({}), false);
smalloc.dispose(a);
assert.strictEqual(smalloc.hasExternalData(a), false);
assert.strictEqual(a[0], undefined);
console.log('copy and dispose ok');
