// resolve* errors: v0.12's codes and fields, and the arguments it refuses.
var assert = require('assert');
var dns = require('dns');
var h = require('./d-helpers');

assert.throws(function () { dns.resolve('x.persha.test', 'NOPE', function () {}); }, /Unknown type "NOPE"/);
assert.throws(function () { dns.resolve('x.persha.test', 'constructor', function () {}); }, /Unknown type/);
assert.throws(function () { dns.resolve('x.persha.test', 42, function () {}); }, /Type must be a string/);
assert.throws(function () { dns.resolve4(42, function () {}); }, TypeError);
assert.throws(function () { dns.reverse('not-an-address', function () {}); }, function (err) {
  return err.code === 'EINVAL' && err.syscall === 'getHostByAddr';
});
console.log('bad arguments throw');

var zone = {
  'empty.persha.test': { A: ['192.0.2.9'] },
  'broken.persha.test': { rcode: 2 },
  'refused.persha.test': { rcode: 5 }
};

h.step(function (t) {
  h.dnsServer(t, zone, function (port) {
    dns.setServers(['127.0.0.1:' + port]);
    var checks = [
      ['queryA', 'ENOTFOUND', function (cb) { dns.resolve4('missing.persha.test', cb); }, 'missing.persha.test'],
      ['queryMx', 'ENODATA', function (cb) { dns.resolveMx('empty.persha.test', cb); }, 'empty.persha.test'],
      ['queryAaaa', 'ENODATA', function (cb) { dns.resolve('empty.persha.test', 'AAAA', cb); }, 'empty.persha.test'],
      ['queryTxt', 'ESERVFAIL', function (cb) { dns.resolveTxt('broken.persha.test', cb); }, 'broken.persha.test'],
      ['queryNs', 'EREFUSED', function (cb) { dns.resolveNs('refused.persha.test', cb); }, 'refused.persha.test']
    ];
    (function next(i) {
      if (i === checks.length) {
        t.done();
        return;
      }
      var c = checks[i];
      var sync = true;
      c[2](t.cb(function (err, result) {
        assert.strictEqual(sync, false);
        assert.ok(err instanceof Error);
        assert.strictEqual(result, undefined);
        assert.strictEqual(err.code, c[1]);
        assert.strictEqual(err.errno, c[1]);
        assert.strictEqual(err.syscall, c[0]);
        assert.strictEqual(err.hostname, c[3]);
        assert.strictEqual(err.message, c[0] + ' ' + c[1] + ' ' + c[3]);
        assert.strictEqual(dns[c[1].slice(1)], c[1]);
        console.log(c[0] + ' ' + c[3] + ': ' + err.code);
        next(i + 1);
      }));
      sync = false;
    })(0);
  });
}, function () {
  console.log('resolve errors done');
});
