// push('') adds nothing and does not end the stream, but it does end the
// pending _read() call: nothing more happens until someone calls read(0),
// which then asks _read() again.
var assert = require('assert');
var Readable = require('stream').Readable;

var calls = 0;
var r = new Readable();
r._read = function () {
  calls++;
  var self = this;
  setTimeout(function () {
    if (calls === 1) {
      self.push('');
      assert.strictEqual(self._readableState.reading, false);
      setTimeout(function () {
        assert.strictEqual(calls, 1, 'stalled until read(0)');
        console.log('stalled after empty push');
        self.read(0);
      }, 20);
    }
    else if (calls === 2) self.push('data');
    else self.push(null);
  }, 5);
};
var got = [];
r.on('readable', function () {
  var c;
  while ((c = r.read()) !== null) got.push(c.toString());
});
var ended = false;
process.on('exit', function () { assert.ok(ended, 'ended'); });
r.on('end', function () {
  ended = true;
  assert.deepEqual(got, ['data']);
  assert.ok(calls >= 3, 'read again after the empty push: ' + calls);
  console.log('end, got ' + got.join(','));
});

// An empty string in object mode is a real chunk.
var o = new Readable({ objectMode: true });
o._read = function () {};
o.push('');
assert.strictEqual(o._readableState.length, 1);
assert.strictEqual(o.read(), '');
console.log('object mode keeps empty string');
