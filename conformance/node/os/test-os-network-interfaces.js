var assert = require('assert');
var os = require('os');

var n = os.networkInterfaces();
assert.strictEqual(typeof n, 'object');
var sawLoopback = false;
Object.keys(n).forEach(function (name) {
  n[name].forEach(function (a) {
    assert.deepEqual(Object.keys(a), ['address', 'netmask', 'family', 'mac', 'internal']);
    assert.ok(a.family === 'IPv4' || a.family === 'IPv6');
    assert.ok(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac));
    if (a.internal && a.address === '127.0.0.1') sawLoopback = true;
  });
});
assert.ok(sawLoopback);
console.log('interfaces ok');
