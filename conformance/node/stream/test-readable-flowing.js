// A 'data' listener starts flowing mode; pause()/resume() stop and restart it,
// with 'pause' and 'resume' events; isPaused() tells.
var assert = require('assert');
var Readable = require('stream').Readable;

var i = 0;
var r = new Readable();
r._read = function () {
  var self = this;
  setTimeout(function () {
    i++;
    self.push(i <= 6 ? 'c' + i : null);
  }, 2);
};
var events = [];
r.on('pause', function () { events.push('pause'); });
r.on('resume', function () { events.push('resume'); });
assert.strictEqual(r.isPaused(), false, 'not paused before anything');
var seen = [];
r.on('data', function (d) {
  seen.push(d.toString());
  console.log('data ' + d);
  if (seen.length === 3) {
    r.pause();
    assert.strictEqual(r.isPaused(), true);
    console.log('paused at ' + d);
    setTimeout(function () {
      var len = seen.length;
      console.log('resuming after ' + len);
      r.resume();
      assert.strictEqual(r.isPaused(), false);
    }, 30);
  }
});
r.on('end', function () {
  assert.deepEqual(seen, ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  assert.deepEqual(events, ['resume', 'pause', 'resume']);
  console.log('end events ' + events.join(','));
});
