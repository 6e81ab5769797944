// push() returns true while the buffer is under highWaterMark and false at or
// above it; push(null) ends the stream; pushing after the end is an error.
var assert = require('assert');
var Readable = require('stream').Readable;

var r = new Readable({ highWaterMark: 10 });
r._read = function () {};
assert.strictEqual(r.push('12345'), true);
assert.strictEqual(r.push('1234'), true);
assert.strictEqual(r.push('1'), false, 'at the mark');
assert.strictEqual(r.push('more'), false, 'above the mark');
console.log('push returns false at the mark');

r.read(); // drain everything
assert.strictEqual(r._readableState.length, 0);
assert.strictEqual(r.push('x'), true);
assert.strictEqual(r.push(null), false, 'push(null) returns false');
console.log('push(null) returned false');

var errors = [];
r.on('error', function (e) { errors.push(e.message); });
r.push('late');
assert.deepEqual(errors, ['stream.push() after EOF']);
console.log('error: ' + errors[0]);

var data = [];
r.on('data', function (d) { data.push(d.toString()); });
r.on('end', function () {
  assert.deepEqual(data, ['x']);
  console.log('end after data ' + data.join(''));
});
