// The stream module's shape, and the _stream_* modules of v0.12.
var assert = require('assert');
var stream = require('stream');
var EventEmitter = require('events');

assert.strictEqual(typeof stream, 'function');
['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream'].forEach(function (k) {
  assert.strictEqual(typeof stream[k], 'function', k);
});
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);
console.log('modules line up');

var r = stream.Readable();
assert.ok(r instanceof stream.Readable, 'callable without new');
assert.ok(r instanceof stream);
assert.ok(r instanceof EventEmitter);
assert.strictEqual(r.readable, true);
var w = stream.Writable();
assert.ok(w instanceof stream.Writable);
assert.strictEqual(w.writable, true);
assert.strictEqual(stream.Duplex() instanceof stream.Duplex, true);
assert.strictEqual(stream.Transform() instanceof stream.Transform, true);
console.log('constructors work without new');

assert.strictEqual(r._readableState.highWaterMark, 16384);
assert.strictEqual(w._writableState.highWaterMark, 16384);
assert.strictEqual(new stream.Readable({ highWaterMark: 0 })._readableState.highWaterMark, 0);
assert.strictEqual(r._readableState.flowing, null);
console.log('defaults ok');

// Subclassing with util.inherits, as v0.12 programs do.
var util = require('util');
function Counter(opt) {
  stream.Readable.call(this, opt);
  this._max = 3;
  this._index = 1;
}
util.inherits(Counter, stream.Readable);
Counter.prototype._read = function () {
  var i = this._index++;
  if (i > this._max) this.push(null);
  else this.push(String(i));
};
var out = '';
new Counter().on('data', function (d) { out += d; }).on('end', function () {
  assert.strictEqual(out, '123');
  console.log('subclass counted ' + out);
});
