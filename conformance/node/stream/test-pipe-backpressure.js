// A slow destination: the source is paused whenever write() returns false and
// flows again on 'drain'; nothing is lost and the source's buffer stays
// bounded by its high-water mark.
var assert = require('assert');
var stream = require('stream');

var produced = 0;
var maxBuffered = 0;
var src = new stream.Readable({ highWaterMark: 8 });
src._read = function () {
  if (produced >= 40) return this.push(null);
  produced++;
  this.push(new Buffer([produced]));
  maxBuffered = Math.max(maxBuffered, this._readableState.length);
};
var received = [];
var falses = 0;
var dst = new stream.Writable({ highWaterMark: 4 });
dst._write = function (chunk, enc, cb) {
  received.push(chunk[0]);
  setTimeout(cb, 1);
};
var origWrite = dst.write;
dst.write = function () {
  var r = origWrite.apply(this, arguments);
  if (!r) falses++;
  return r;
};
var drains = 0;
dst.on('drain', function () { drains++; });
dst.on('finish', function () {
  assert.strictEqual(received.length, 40);
  for (var k = 0; k < 40; k++) assert.strictEqual(received[k], k + 1);
  assert.ok(falses > 0, 'write returned false');
  assert.ok(drains > 0, 'drained');
  assert.ok(maxBuffered <= 9, 'source buffer bounded: ' + maxBuffered);
  console.log('received 40 in order');
  console.log('paused and drained: ' + (falses === drains));
});
src.pipe(dst);
