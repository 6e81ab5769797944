// alloc(length[, receiver][, type]) gives an object indexed storage.
var assert = require('assert');

var smalloc = require('smalloc');
var o = smalloc.alloc(3);
assert.strictEqual(typeof o, 'object');
assert.strictEqual(o[0], 0);
o[1] = 300;
assert.strictEqual(o[1], 44, 'Uint8 by default');
assert.strictEqual(o[3], undefined);
var r = {};
assert.strictEqual(smalloc.alloc(2, r), r, 'the receiver is returned');
assert.ok(smalloc.hasExternalData(r));
var d = smalloc.alloc(2, smalloc.Types.Double);
d[0] = 1.5;
assert.strictEqual(d[0], 1.5);
console.log('alloc ok');
