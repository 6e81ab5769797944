// lookup(): the system resolver, IP literals, families, options, errors.
var assert = require('assert');
var dns = require('dns');

assert.throws(function () { dns.lookup(42, function () {}); }, TypeError);
assert.throws(function () { dns.lookup('localhost', 4); }, /callback must be passed/);
assert.throws(function () { dns.lookup('localhost', 5, function () {}); }, /family must be 4 or 6/);
assert.throws(function () { dns.lookup('localhost', { hints: 0xff }, function () {}); }, /hints must use valid flags/);
assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
assert.strictEqual(typeof dns.V4MAPPED, 'number');
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.NODATA, 'ENODATA');
assert.strictEqual(dns.SERVFAIL, 'ESERVFAIL');
assert.strictEqual(dns.TIMEOUT, 'ETIMEOUT');
console.log('arguments and constants');

var steps = [
  function (next) {
    var sync = true;
    dns.lookup('localhost', function (err, address, family) {
      assert.strictEqual(sync, false);
      assert.ifError(err);
      assert.ok(address === '127.0.0.1' || address === '::1', address);
      assert.strictEqual(family, address === '::1' ? 6 : 4);
      console.log('localhost resolves to a loopback address');
      next();
    });
    sync = false;
  },
  function (next) {
    dns.lookup('localhost', 4, function (err, address, family) {
      assert.ifError(err);
      assert.strictEqual(address, '127.0.0.1');
      assert.strictEqual(family, 4);
      console.log('localhost family 4: 127.0.0.1');
      next();
    });
  },
  function (next) {
    dns.lookup('localhost', { family: 4, all: true, hints: dns.ADDRCONFIG }, function (err, all) {
      assert.ifError(err);
      assert.ok(Array.isArray(all) && all.length >= 1);
      all.forEach(function (a) { assert.strictEqual(a.family, 4); });
      assert.deepEqual(all[0], { address: '127.0.0.1', family: 4 });
      console.log('localhost all: a list of {address, family}');
      next();
    });
  },
  function (next) {
    var sync = true;
    dns.lookup('192.0.2.33', function (err, address, family) {
      assert.strictEqual(sync, false);
      assert.ifError(err);
      assert.strictEqual(address, '192.0.2.33');
      assert.strictEqual(family, 4);
      dns.lookup('2001:db8::33', 6, function (err, address, family) {
        assert.ifError(err);
        assert.strictEqual(address, '2001:db8::33');
        assert.strictEqual(family, 6);
        dns.lookup('::1', { all: true }, function (err, all) {
          assert.ifError(err);
          assert.deepEqual(all, [{ address: '::1', family: 6 }]);
          console.log('IP literals answer asynchronously as they are');
          next();
        });
      });
    });
    sync = false;
  },
  function (next) {
    dns.lookup('', function (err, address, family) {
      assert.ifError(err);
      assert.strictEqual(address, null);
      assert.strictEqual(family, 4);
      dns.lookup(null, 6, function (err, address, family) {
        assert.strictEqual(address, null);
        assert.strictEqual(family, 6);
        console.log('no hostname: null address');
        next();
      });
    });
  },
  function (next) {
    dns.lookup('no-such-host.invalid', function (err, address) {
      assert.ok(err instanceof Error);
      assert.strictEqual(address, undefined);
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(err.errno, 'ENOTFOUND');
      assert.strictEqual(err.syscall, 'getaddrinfo');
      assert.strictEqual(err.hostname, 'no-such-host.invalid');
      assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND no-such-host.invalid');
      console.log('unknown name: getaddrinfo ENOTFOUND');
      next();
    });
  },
  function (next) {
    assert.throws(function () { dns.lookupService('127.0.0.1', function () {}); }, /invalid arguments/);
    assert.throws(function () { dns.lookupService('localhost', 22, function () {}); }, TypeError);
    dns.lookupService('127.0.0.1', 22, function (err, hostname, service) {
      assert.ifError(err);
      assert.strictEqual(typeof hostname, 'string');
      assert.ok(hostname.length > 0);
      assert.strictEqual(typeof service, 'string');
      console.log('lookupService gives a host and a service');
      next();
    });
  }
];

(function run(i) {
  if (i < steps.length) steps[i](function () { run(i + 1); });
  else console.log('lookup done');
})(0);
