// Each external array type converts like its typed array.
var assert = require('assert');

var smalloc = require('smalloc');
var T = smalloc.Types;
assert.deepEqual(T, { Int8: 1, Uint8: 2, Int16: 3, Uint16: 4, Int32: 5, Uint32: 6,
  Float: 7, Double: 8, Uint8Clamped: 9 });
function one(type, v) { var o = smalloc.alloc(1, {}, type); o[0] = v; return o[0]; }
assert.strictEqual(one(T.Int8, 255), -1);
assert.strictEqual(one(T.Int16, 0x18000), -32768);
assert.strictEqual(one(T.Uint16, -1), 65535);
assert.strictEqual(one(T.Int32, 0xffffffff), -1);
assert.strictEqual(one(T.Uint32, -1), 4294967295);
assert.strictEqual(one(T.Float, 0.1), Math.fround(0.1));
assert.strictEqual(one(T.Uint8Clamped, 300), 255);
console.log('types ok');
