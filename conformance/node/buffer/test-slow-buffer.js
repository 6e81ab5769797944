// SlowBuffer makes Buffers too.
var assert = require('assert');
var SlowBuffer = require('buffer').SlowBuffer;
var s = new SlowBuffer(4);
assert.strictEqual(s.length, 4);
assert.ok(Buffer.isBuffer(s));
s.write('abcd');
assert.strictEqual(s.toString(), 'abcd');
assert.strictEqual(SlowBuffer(2).length, 2);
assert.throws(function () { new SlowBuffer(0x40000000); }, RangeError);
assert.strictEqual(typeof Buffer.poolSize, 'number');
console.log(s.inspect());
