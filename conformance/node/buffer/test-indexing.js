// Indexing reads and writes bytes with Uint8 conversion.
var assert = require('assert');
var b = new Buffer(3);
b[0] = 300;
b[1] = -1;
b[2] = 1.9;
assert.deepEqual([b[0], b[1], b[2]], [44, 255, 1]);
assert.strictEqual(b[3], undefined);
b[5] = 1;
assert.strictEqual(b.length, 3);
var sum = 0;
for (var i = 0; i < b.length; i++) sum += b[i];
assert.strictEqual(sum, 300);
console.log('sum', sum);
