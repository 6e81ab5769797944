// getServers()/setServers(): the forms accepted, and what is refused.
var assert = require('assert');
var dns = require('dns');

var system = dns.getServers();
assert.ok(Array.isArray(system));
assert.ok(system.length > 0);
system.forEach(function (s) { assert.strictEqual(typeof s, 'string'); });
console.log('system servers are a list of addresses');

dns.setServers(['192.0.2.53', '2001:db8::53']);
assert.deepEqual(dns.getServers(), ['192.0.2.53', '2001:db8::53']);
dns.setServers(['192.0.2.53:53', '[2001:db8::53]', '[2001:db8::53]:5353', '127.0.0.1:5300']);
assert.deepEqual(dns.getServers(), ['192.0.2.53', '2001:db8::53', '[2001:db8::53]:5353', '127.0.0.1:5300']);
// The list returned is a copy.
dns.getServers().push('10.0.0.1');
assert.strictEqual(dns.getServers().length, 4);
console.log('setServers forms');

['not an address', 'example.com', '1.2.3', '[1.2.3.4]', '::1:99999:1'].forEach(function (bad) {
  assert.throws(function () { dns.setServers([bad]); }, function (err) {
    return err.message === 'IP address is not properly formatted: ' + bad;
  });
});
assert.throws(function () { dns.setServers('127.0.0.1'); }, TypeError);
// A refused list changes nothing.
assert.deepEqual(dns.getServers(), ['192.0.2.53', '2001:db8::53', '[2001:db8::53]:5353', '127.0.0.1:5300']);
console.log('bad servers are refused');

dns.setServers([]);
assert.deepEqual(dns.getServers(), []);
dns.resolve4('www.persha.test', function (err) {
  // No server to ask: c-ares' answer.
  assert.strictEqual(err.code, 'ESERVFAIL');
  console.log('empty server list: ESERVFAIL');
  // The list is part of the program's state: still there on a later turn.
  setTimeout(function () {
    dns.setServers(['198.51.100.1']);
    setTimeout(function () {
      assert.deepEqual(dns.getServers(), ['198.51.100.1']);
      console.log('servers kept across turns');
    }, 20);
  }, 20);
});
