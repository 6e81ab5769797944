// An 'error' on the destination unpipes it. The pipe's own handler runs
// first; with no other listener the error is rethrown.
var assert = require('assert');
var stream = require('stream');

var r = new stream.Readable();
r._read = function () {};
var w = new stream.Writable();
w._write = function (c, e, cb) { cb(); };
var seen = [];
w.on('error', function (e) {
  seen.push('listener ' + e.message);
  assert.strictEqual(r._readableState.pipesCount, 0, 'already unpiped');
});
w.on('unpipe', function () { seen.push('unpipe'); });
r.pipe(w);
w.emit('error', new Error('bad dest'));
assert.deepEqual(seen, ['unpipe', 'listener bad dest']);
console.log('error unpiped: ' + seen.join(', '));

var r2 = new stream.Readable();
r2._read = function () {};
var w2 = new stream.Writable();
w2._write = function (c, e, cb) { cb(); };
r2.pipe(w2);
assert.throws(function () { w2.emit('error', new Error('nobody listens')); }, /nobody listens/);
assert.strictEqual(r2._readableState.pipesCount, 0);
console.log('unhandled destination error rethrown');

// Piping into a destination whose _write fails, asynchronously.
var r3 = new stream.Readable();
var sent = 0;
r3._read = function () {
  var self = this;
  setTimeout(function () { sent++; self.push(sent <= 5 ? 'x' + sent : null); }, 1);
};
var w3 = new stream.Writable();
w3._write = function (c, e, cb) {
  setTimeout(function () { cb(new Error('write failed')); }, 1);
};
w3.on('error', function (e) {
  assert.strictEqual(r3._readableState.pipesCount, 0);
  console.log('async write error unpiped: ' + e.message);
  r3.pause();
});
r3.pipe(w3);
