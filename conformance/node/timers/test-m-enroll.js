var assert = require('assert');
var timers = require('timers');
var item = { _onTimeout: function () { console.log('enrolled item timed out'); done = true; } };
var done = false;
timers.enroll(item, 10);
assert.strictEqual(item._idleTimeout, 10);
timers.active(item);
var cancelled = { _onTimeout: function () { throw new Error('should not fire'); } };
timers.enroll(cancelled, 5);
timers.active(cancelled);
timers.unenroll(cancelled);
assert.strictEqual(cancelled._idleTimeout, -1);
process.on('exit', function () {
  assert.ok(done);
  console.log('unenrolled item never fired');
});
