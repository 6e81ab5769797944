// address(): before, while and after being bound.
var assert = require('assert');
var h = require('./d-helpers');

h.step(function (t) {
  var s = t.socket('udp4');
  assert.strictEqual(s.fd, null);
  assert.throws(function () { s.address(); }, function (err) {
    return err.code === 'EINVAL' && err.syscall === 'getsockname';
  });
  console.log('unbound address() throws EINVAL');
  s.bind(0, '127.0.0.1', t.cb(function () {
    var a = s.address();
    assert.deepEqual(Object.keys(a), ['address', 'family', 'port']);
    assert.strictEqual(a.address, '127.0.0.1');
    assert.strictEqual(a.family, 'IPv4');
    assert.strictEqual(typeof a.port, 'number');
    // Each call gives a fresh object.
    a.port = -1;
    assert.ok(s.address().port > 0);
    assert.strictEqual(s.fd, -42);
    console.log('bound address() is right');
    s.close();
    assert.throws(function () { s.address(); }, /Not running/);
    console.log('closed address() throws Not running');
    var s6 = t.socket('udp6');
    s6.bind(0, t.cb(function () {
      var b = s6.address();
      assert.strictEqual(b.address, '::');
      assert.strictEqual(b.family, 'IPv6');
      console.log('udp6 any address is ::');
      t.done();
    }));
  }));
}, function () {
  console.log('address done');
});
