// read(n) takes exactly n bytes, across chunk boundaries; read() takes all;
// read(n) with fewer than n buffered returns null until the stream ended.
var assert = require('assert');
var Readable = require('stream').Readable;

var r = new Readable({ highWaterMark: 100 });
r._read = function () {};
r.push('abc');
r.push('defg');
r.push('hij');
assert.strictEqual(r._readableState.length, 10);
assert.strictEqual(r.read(2).toString(), 'ab');
assert.strictEqual(r.read(3).toString(), 'cde');
assert.strictEqual(r.read(4).toString(), 'fghi');
assert.strictEqual(r.read(5), null, 'not enough yet');
r.push('klm');
assert.strictEqual(r.read().toString(), 'jklm');
assert.strictEqual(r.read(), null);
console.log('sync reads ok');

setTimeout(function () {
  r.push('xyz');
  r.push(null);
  // After the end, read(n) larger than what is left returns the rest.
  var rest = r.read(10);
  assert.ok(Buffer.isBuffer(rest));
  assert.strictEqual(rest.toString(), 'xyz');
  assert.strictEqual(r.read(), null);
  r.on('end', function () {
    console.log('ended after rest');
  });
}, 10);
