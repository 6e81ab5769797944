// bind: the argument forms, bad types, EADDRINUSE, names, reuseAddr.
var assert = require('assert');
var dgram = require('dgram');
var h = require('./d-helpers');

assert.throws(function () { dgram.createSocket('udp5'); },
  /Bad socket type specified\. Valid types are: udp4, udp6/);
assert.throws(function () { dgram.createSocket({ type: 'tcp' }); }, /Bad socket type/);
console.log('bad types throw');

h.steps([
  function (t) {
    var a = t.socket('udp4');
    a.bind(0, '127.0.0.1');
    assert.throws(function () { a.bind(0); }, /Socket is already bound/);
    a.on('listening', t.cb(function () {
      var port = a.address().port;
      var b = t.socket('udp4');
      b.on('error', t.cb(function (err) {
        assert.strictEqual(err.code, 'EADDRINUSE');
        assert.strictEqual(err.errno, 'EADDRINUSE');
        assert.strictEqual(err.syscall, 'bind');
        assert.strictEqual(err.message, 'bind EADDRINUSE');
        console.log('second bind: EADDRINUSE');
        // The failed socket may bind again elsewhere.
        b.bind(0, '127.0.0.1', t.cb(function () {
          assert.notStrictEqual(b.address().port, port);
          console.log('rebound after EADDRINUSE');
          t.done();
        }));
      }));
      b.bind(port, '127.0.0.1');
    }));
  },
  function (t) {
    // bind(options, cb), with a name for the address.
    var s = t.socket('udp4');
    s.bind({ port: 0, address: 'localhost' }, t.cb(function () {
      assert.strictEqual(s.address().address, '127.0.0.1');
      console.log('bound by options to localhost');
      t.done();
    }));
  },
  function (t) {
    var s = t.socket('udp4');
    s.on('error', t.cb(function (err) {
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(err.syscall, 'getaddrinfo');
      assert.strictEqual(err.hostname, 'no-such-host.invalid');
      console.log('bind to unknown name: ENOTFOUND');
      t.done();
    }));
    s.bind(0, 'no-such-host.invalid', t.cb(function () {
      assert.fail('bound to a name that does not exist');
    }));
  },
  function (t) {
    // An address of the other family cannot be bound.
    var s = t.socket('udp4');
    s.on('error', t.cb(function (err) {
      assert.strictEqual(err.code, 'EINVAL');
      assert.strictEqual(err.syscall, 'bind');
      console.log('udp4 bind to ::1: EINVAL');
      t.done();
    }));
    s.bind(0, '::1');
  },
  function (t) {
    var r1 = t.socket({ type: 'udp4', reuseAddr: true });
    var r2 = t.socket({ type: 'udp4', reuseAddr: true });
    r1.bind(0, '127.0.0.1', t.cb(function () {
      r2.bind(r1.address().port, '127.0.0.1', t.cb(function () {
        assert.strictEqual(r2.address().port, r1.address().port);
        console.log('reuseAddr: both bound');
        t.done();
      }));
    }));
  },
  function (t) {
    // bind() with no arguments: any address, some port, 'listening' later.
    var s = t.socket('udp4');
    var sync = true;
    s.bind(t.cb(function () {
      assert.strictEqual(sync, false);
      var a = s.address();
      assert.strictEqual(a.address, '0.0.0.0');
      assert.ok(a.port > 0);
      console.log('bound with no arguments');
      t.done();
    }));
    sync = false;
  }
], function () {
  console.log('bind errors done');
});
