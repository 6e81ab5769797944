// Outside object mode only strings and Buffers may be pushed.
var assert = require('assert');
var Readable = require('stream').Readable;

var r = new Readable();
r._read = function () {};
var errs = [];
r.on('error', function (e) { errs.push(e); });
r.push(42);
r.push({});
assert.strictEqual(errs.length, 2);
assert.ok(errs[0] instanceof TypeError);
assert.strictEqual(errs[0].message, 'Invalid non-string/buffer chunk');
assert.strictEqual(r._readableState.length, 0);
console.log('invalid chunks rejected: ' + errs.length);

// Without an 'error' listener the error is thrown.
var r2 = new Readable();
r2._read = function () {};
assert.throws(function () { r2.push(true); }, TypeError);
console.log('unhandled invalid chunk throws');

// The default _read() reports "not implemented".
var r3 = new Readable();
r3.on('error', function (e) {
  assert.strictEqual(e.message, 'not implemented');
  console.log('default _read: ' + e.message);
});
setTimeout(function () { r3.read(); }, 5);
