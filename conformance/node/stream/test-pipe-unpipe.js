// unpipe() detaches a destination (emitting 'unpipe' on it) and stops the
// flow; { end: false } leaves the destination open at the source's end.
var assert = require('assert');
var stream = require('stream');

function collector(name) {
  var w = new stream.Writable();
  w.data = '';
  w._write = function (c, e, cb) { w.data += c; cb(); };
  w.on('unpipe', function (s) { console.log(name + ' unpiped'); });
  return w;
}

var r = new stream.Readable();
var n = 0;
r._read = function () {
  var self = this;
  setTimeout(function () {
    n++;
    self.push(n <= 6 ? String(n) : null);
  }, 2);
};
var a = collector('a');
r.pipe(a);
r.on('data', function (d) {
  if (d.toString() === '3') {
    r.unpipe(a);
    assert.strictEqual(r._readableState.pipesCount, 0);
    assert.strictEqual(r._readableState.flowing, false, 'unpipe stops the flow');
    setTimeout(function () {
      var b = collector('b');
      r.pipe(b, { end: false });
      r.on('end', function () {
        setTimeout(function () {
          assert.strictEqual(a.data, '123');
          assert.strictEqual(b.data, '456');
          assert.strictEqual(b._writableState.ending, false, 'b left open');
          assert.strictEqual(a._writableState.ending, false, 'a not ended');
          console.log('a=' + a.data + ' b=' + b.data);
        }, 5);
      });
    }, 10);
  }
});

// unpipe of something not piped, or with nothing piped, does nothing.
var lone = new stream.Readable();
lone._read = function () {};
assert.strictEqual(lone.unpipe(), lone);
assert.strictEqual(lone.unpipe(collector('never')), lone);
console.log('unpipe without pipes ok');
