// write after end, invalid chunks, and errors from _write().
var assert = require('assert');
var Writable = require('stream').Writable;

var w = new Writable();
w._write = function (c, e, cb) { cb(); };
w.end();
var errs = [];
w.on('error', function (e) { errs.push('event ' + e.message); });
var ret = w.write('late', function (err) {
  errs.push('cb ' + err.message);
  assert.deepEqual(errs, ['event write after end', 'cb write after end']);
  console.log('write after end: ' + errs.join(', '));
});
assert.strictEqual(ret, false);

var v = new Writable();
v._write = function (c, e, cb) { cb(); };
v.on('error', function (e) {
  assert.ok(e instanceof TypeError);
  console.log('invalid chunk: ' + e.message);
});
v.write(12345);

// _write() calling back an error: the write callback gets it, then 'error'.
var x = new Writable();
x._write = function (chunk, enc, cb) {
  setTimeout(function () { cb(new Error('disk full')); }, 2);
};
var order = [];
x.on('error', function (e) {
  order.push('error ' + e.message);
  assert.deepEqual(order, ['cb disk full', 'error disk full']);
  console.log('async write error order ok');
});
x.write('data', function (err) { order.push('cb ' + err.message); });

// A synchronous error: 'error' is emitted at once, the callback on next tick.
var y = new Writable();
y._write = function (chunk, enc, cb) { cb(new Error('sync fail')); };
var yOrder = [];
y.on('error', function (e) { yOrder.push('error'); });
y.write('data', function (err) {
  yOrder.push('cb');
  assert.deepEqual(yOrder, ['error', 'cb']);
  console.log('sync write error order ok');
});

// Default _write() is not implemented.
var d = new Writable();
d.on('error', function (e) { console.log('default _write: ' + e.message); });
d.write('x');

// Writable is not readable.
var np = new Writable();
np.on('error', function (e) { console.log('pipe from writable: ' + e.message); });
np.pipe(new Writable());
