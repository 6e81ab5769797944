var assert = require('assert');
var url = require('url');

var u = url.parse('http://[::1]:8000/x');
assert.strictEqual(u.hostname, '::1'); assert.strictEqual(u.port, '8000');
assert.strictEqual(u.host, '[::1]:8000'); assert.strictEqual(u.href, 'http://[::1]:8000/x');
var v = url.parse('http://[FE80::1]');
assert.strictEqual(v.hostname, 'fe80::1'); assert.strictEqual(v.pathname, '/');
console.log(u.href, v.href);
