// One source piped to two destinations feeds both; the flow waits for the
// slower one.
var assert = require('assert');
var stream = require('stream');

var n = 0;
var src = new stream.Readable({ highWaterMark: 2 });
src._read = function () {
  n++;
  this.push(n <= 20 ? String.fromCharCode(96 + n) : null);
};
function sink(name, delay) {
  var w = new stream.Writable({ highWaterMark: 2 });
  w.data = '';
  w._write = function (c, e, cb) {
    w.data += c;
    if (delay) setTimeout(cb, delay);
    else cb();
  };
  return w;
}
var fast = sink('fast', 0);
var slow = sink('slow', 2);
var done = 0;
function finished() {
  done++;
  if (done === 2) {
    assert.strictEqual(fast.data, 'abcdefghijklmnopqrst');
    assert.strictEqual(slow.data, fast.data);
    console.log('both got ' + fast.data.length);
  }
}
fast.on('finish', finished);
slow.on('finish', finished);
src.pipe(fast);
src.pipe(slow);
assert.strictEqual(src._readableState.pipesCount, 2);
assert.ok(Array.isArray(src._readableState.pipes));
console.log('two pipes');
