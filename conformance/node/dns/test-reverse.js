// reverse() and resolve(ip, 'PTR'): PTR queries for IPv4 and IPv6 addresses.
var assert = require('assert');
var dns = require('dns');
var h = require('./d-helpers');

var zone = {
  '7.2.0.192.in-addr.arpa': { PTR: ['host7.persha.test', 'alias7.persha.test'] },
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: ['six.persha.test'] }
};

h.step(function (t) {
  h.dnsServer(t, zone, function (port) {
    dns.setServers(['127.0.0.1:' + port]);
    dns.reverse('192.0.2.7', t.cb(function (err, names) {
      assert.ifError(err);
      assert.deepEqual(names, ['host7.persha.test', 'alias7.persha.test']);
      console.log('reverse 192.0.2.7: ' + names.join(' '));
      dns.reverse('2001:db8::1', t.cb(function (err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['six.persha.test']);
        console.log('reverse 2001:db8::1: ' + names.join(' '));
        dns.resolve('192.0.2.7', 'PTR', t.cb(function (err, names) {
          assert.ifError(err);
          assert.strictEqual(names.length, 2);
          console.log('resolve PTR is reverse');
          dns.reverse('192.0.2.8', t.cb(function (err) {
            assert.strictEqual(err.code, 'ENOTFOUND');
            assert.strictEqual(err.syscall, 'getHostByAddr');
            assert.strictEqual(err.hostname, '192.0.2.8');
            console.log('reverse of an unknown address: ENOTFOUND');
            t.done();
          }));
        }));
      }));
    }));
  });
}, function () {
  console.log('reverse done');
});
