// Socket options: broadcast, TTLs, multicast; thrown errors are v0.12's.
var assert = require('assert');
var h = require('./d-helpers');

function throwsCode(fn, code, syscall) {
  assert.throws(fn, function (err) {
    return err instanceof Error && err.code === code && err.syscall === syscall &&
      err.message === syscall + ' ' + code;
  });
}

h.step(function (t) {
  var s = t.socket('udp4');
  // Not bound yet: there is no socket to set options on.
  throwsCode(function () { s.setBroadcast(true); }, 'EBADF', 'setBroadcast');
  console.log('option on an unbound socket: EBADF');
  s.bind(0, t.cb(function () {
    assert.strictEqual(s.setBroadcast(true), undefined);
    s.setBroadcast(false);
    assert.strictEqual(s.setTTL(1), 1);
    assert.strictEqual(s.setTTL(255), 255);
    throwsCode(function () { s.setTTL(0); }, 'EINVAL', 'setTTL');
    throwsCode(function () { s.setTTL(256); }, 'EINVAL', 'setTTL');
    assert.throws(function () { s.setTTL('64'); }, /Argument must be a number/);
    assert.strictEqual(s.setMulticastTTL(0), 0);
    assert.strictEqual(s.setMulticastTTL(16), 16);
    throwsCode(function () { s.setMulticastTTL(300); }, 'EINVAL', 'setMulticastTTL');
    assert.throws(function () { s.setMulticastTTL(null); }, TypeError);
    assert.strictEqual(s.setMulticastLoopback(true), true);
    assert.strictEqual(s.setMulticastLoopback(false), false);
    console.log('broadcast and TTL options');

    assert.throws(function () { s.addMembership(); }, /multicast address must be specified/);
    assert.throws(function () { s.dropMembership(''); }, /multicast address must be specified/);
    throwsCode(function () { s.addMembership('10.9.8.7'); }, 'EINVAL', 'addMembership');
    var joined = true;
    try {
      s.addMembership('239.255.1.2', '127.0.0.1');
    } catch (e) {
      // Some sandboxes have no multicast at all; the error is still v0.12's.
      assert.strictEqual(e.syscall, 'addMembership');
      joined = false;
    }
    if (joined) {
      s.dropMembership('239.255.1.2', '127.0.0.1');
      assert.throws(function () { s.dropMembership('239.255.1.2', '127.0.0.1'); }, function (err) {
        return err.syscall === 'dropMembership' && typeof err.code === 'string';
      });
    }
    console.log('multicast membership');

    var s6 = t.socket('udp6');
    s6.bind(0, t.cb(function () {
      assert.strictEqual(s6.setTTL(7), 7);
      assert.strictEqual(s6.setMulticastTTL(3), 3);
      s6.setMulticastLoopback(true);
      console.log('udp6 hop limits');
      s.close();
      assert.throws(function () { s.setTTL(5); }, /Not running/);
      console.log('option on a closed socket: Not running');
      t.done();
    }));
  }));
}, function () {
  console.log('options done');
});
