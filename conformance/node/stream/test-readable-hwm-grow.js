// Asking read(n) for more than the high-water mark raises the mark (to a power
// of two), so that _read() is asked to fill that much.
var assert = require('assert');
var Readable = require('stream').Readable;

var sizes = [];
var total = 0;
var r = new Readable({ highWaterMark: 4 });
r._read = function (n) {
  sizes.push(n);
  var self = this;
  setImmediate(function () {
    if (total >= 60) return self.push(null);
    total += 10;
    self.push(new Buffer('0123456789'));
  });
};
assert.strictEqual(r.read(20), null);
assert.strictEqual(r._readableState.highWaterMark, 32);
console.log('mark raised to 32');

var got = [];
function tryRead() {
  var c = r.read(20);
  if (c !== null) {
    got.push(c.length);
    console.log('read ' + got.length + ' length ' + c.length);
  }
}
r.on('readable', tryRead);
r.on('end', function () {
  assert.deepEqual(got, [20, 20, 20]);
  sizes.forEach(function (n) { assert.strictEqual(n, 32, 'reads ask for 32: ' + sizes); });
  console.log('end after ' + total + ' bytes');
});
