// write() hands chunks to _write() in order; callbacks run asynchronously
// (an asynchronous _write() completing starts the next queued write before
// the callback of the finished one runs);
// end(chunk, cb) writes a last chunk, then 'finish' and the callback.
var assert = require('assert');
var Writable = require('stream').Writable;

var order = [];
var w = new Writable();
w._write = function (chunk, enc, cb) {
  assert.ok(Buffer.isBuffer(chunk));
  assert.strictEqual(enc, 'buffer');
  order.push('write ' + chunk);
  setTimeout(cb, 2);
};
var sync = true;
w.write('one', function (err) {
  assert.ok(!sync, 'callback is asynchronous');
  assert.ok(!err);
  order.push('cb one');
});
w.write(new Buffer('two'), 'utf8', function () { order.push('cb two'); });
sync = false;
w.on('finish', function () { order.push('finish'); });
w.end('three', function () {
  order.push('end cb');
  assert.deepEqual(order, [
    'write one', 'write two', 'cb one', 'write three', 'cb two', 'finish', 'end cb'
  ]);
  console.log('order ' + order.length + ' ok');
});
assert.strictEqual(w._writableState.ending, true);
console.log('ending set synchronously');

// end() with no writes still finishes, asynchronously with respect to nothing
// pending: the callback waits for 'finish'.
var w2 = new Writable();
w2._write = function () { throw new Error('no writes expected'); };
var finished = false;
w2.on('finish', function () { finished = true; });
w2.end(function () {
  assert.ok(finished);
  console.log('empty end finished');
});

// A second end() is ignored.
w2.end();
console.log('second end ignored');
