// pipe() moves everything to the destination, emits 'pipe' on it, ends it at
// the source's end, and returns the destination.
var assert = require('assert');
var stream = require('stream');

var i = 0;
var src = new stream.Readable();
src._read = function () {
  var self = this;
  setTimeout(function () {
    i++;
    self.push(i <= 5 ? 'part' + i + ' ' : null);
  }, 1);
};
var out = '';
var dst = new stream.Writable();
dst._write = function (chunk, enc, cb) {
  out += chunk;
  cb();
};
dst.on('pipe', function (s) {
  assert.strictEqual(s, src);
  console.log('pipe event');
});
var events = [];
src.on('end', function () { events.push('end'); });
dst.on('finish', function () {
  events.push('finish');
  assert.strictEqual(out, 'part1 part2 part3 part4 part5 ');
  assert.deepEqual(events, ['end', 'finish']);
  console.log('finish: ' + out.trim());
  setImmediate(function () {
    assert.strictEqual(src._readableState.pipesCount, 0, 'unpiped on finish');
    console.log('unpiped after finish');
  });
});
assert.strictEqual(src.pipe(dst), dst);
assert.strictEqual(src._readableState.flowing, true);
console.log('piping');
