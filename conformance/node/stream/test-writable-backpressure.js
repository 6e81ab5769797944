// write() returns false once the buffered length reaches highWaterMark; after
// everything is written 'drain' is emitted once.
var assert = require('assert');
var Writable = require('stream').Writable;

var written = [];
var w = new Writable({ highWaterMark: 10 });
w._write = function (chunk, enc, cb) {
  written.push(chunk.toString());
  setImmediate(cb);
};
assert.strictEqual(w.write('abcd'), true);
assert.strictEqual(w.write('efgh'), true);
assert.strictEqual(w.write('ij'), false, 'length 10 reaches the mark');
assert.strictEqual(w._writableState.needDrain, true);
assert.strictEqual(w._writableState.length, 10);
console.log('write returned false at 10');

var drains = 0;
w.on('drain', function () {
  drains++;
  assert.strictEqual(w._writableState.length, 0);
  console.log('drain ' + drains);
  if (drains === 1) {
    assert.deepEqual(written, ['abcd', 'efgh', 'ij']);
    // A single write larger than the mark also returns false.
    assert.strictEqual(w.write('0123456789abc'), false);
    console.log('big write returned false');
  } else {
    w.end();
  }
});
w.on('finish', function () {
  assert.strictEqual(drains, 2);
  console.log('finished with ' + written.length + ' writes');
});

// hwm 0: every write returns false.
var z = new Writable({ highWaterMark: 0 });
z._write = function (c, e, cb) { cb(); };
assert.strictEqual(z.write('x'), false);
console.log('hwm 0 write false');
