// A transform nobody reads from stops taking input once its readable side is
// full: write() returns false, and flows again once the output is read.
var assert = require('assert');
var stream = require('stream');

var t = new stream.PassThrough({ highWaterMark: 4 });
var results = [];
for (var i = 0; i < 6; i++) results.push(t.write('ab'));
assert.deepEqual(results.slice(0, 2), [true, true]);
assert.strictEqual(results[5], false);
console.log('writes ' + results.join(','));
var drained = false;
t.on('drain', function () { drained = true; });
setTimeout(function () {
  assert.ok(!drained, 'no drain before reading');
  var got = '';
  var c;
  function readAll() {
    while ((c = t.read()) !== null) got += c;
  }
  t.on('readable', readAll);
  readAll();
  setTimeout(function () {
    assert.strictEqual(got, 'abababababab');
    assert.ok(drained, 'drained after reading');
    console.log('read all ' + got.length);
  }, 10);
}, 10);
