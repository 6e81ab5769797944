// objectMode: any value but null is a chunk, read() returns one at a time
// whatever size is asked, and the high-water mark counts objects (16).
var assert = require('assert');
var Readable = require('stream').Readable;

var r = new Readable({ objectMode: true });
assert.strictEqual(r._readableState.highWaterMark, 16);
r._read = function () {};
r.push({ a: 1 });
r.push(42);
r.push('str');
r.push([1, 2]);
assert.strictEqual(r._readableState.length, 4);
assert.deepEqual(r.read(), { a: 1 });
assert.strictEqual(r.read(100), 42);
assert.strictEqual(r.read(0), null);
assert.strictEqual(r.read(), 'str');
console.log('objects read one at a time');

var k = 0;
var r2 = new Readable({ objectMode: true, highWaterMark: 3 });
r2._read = function () {
  var self = this;
  setTimeout(function () {
    k++;
    self.push(k <= 5 ? { n: k } : null);
  }, 1);
};
var got = [];
r2.on('data', function (o) { got.push(o.n); });
r2.on('end', function () {
  assert.deepEqual(got, [1, 2, 3, 4, 5]);
  console.log('object stream ended with ' + got.join(''));
});

var r3 = new Readable({ objectMode: true, highWaterMark: 2 });
r3._read = function () {};
assert.strictEqual(r3.push(1), true);
assert.strictEqual(r3.push(2), false);
console.log('object hwm counts items');
