// ref()/unref(): an unref'd socket does not keep the program alive.
var assert = require('assert');
var h = require('./d-helpers');

var exited = false;
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.ok(exited);
  console.log('exit with an unref\'d socket still open');
});

h.step(function (t) {
  var keep = t.socket('udp4');
  assert.strictEqual(keep.unref(), keep);
  assert.strictEqual(keep.ref(), keep);
  keep.bind(0, '127.0.0.1', t.cb(function () {
    // Bound and ref'd again later: still lets go once unref'd.
    keep.unref();
    keep.ref();
    keep.unref();
    console.log('bound and unref\'d');
    exited = true;
    // No t.done(): the open socket must not hold the program.
  }));
});
