// objectMode writables take any value and count each as one toward the mark.
var assert = require('assert');
var Writable = require('stream').Writable;

var items = [];
var w = new Writable({ objectMode: true, highWaterMark: 3 });
assert.strictEqual(w._writableState.highWaterMark, 3);
w._write = function (obj, enc, cb) {
  items.push(obj);
  setTimeout(cb, 1);
};
assert.strictEqual(w.write({ id: 1 }), true);
assert.strictEqual(w.write(7), true);
assert.strictEqual(w.write('s'), false);
console.log('third object reaches the mark');
w.on('drain', function () {
  console.log('object drain with ' + items.length);
  w.end([1, 2]);
});
w.on('finish', function () {
  assert.deepEqual(items, [{ id: 1 }, 7, 's', [1, 2]]);
  console.log('object finish ' + items.length);
});

var d = new Writable({ objectMode: true });
assert.strictEqual(d._writableState.highWaterMark, 16);
console.log('default object mark 16');
