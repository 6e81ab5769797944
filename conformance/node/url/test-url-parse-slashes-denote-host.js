var assert = require('assert');
var url = require('url');

var a = url.parse('//foo/bar');
assert.strictEqual(a.host, null); assert.strictEqual(a.pathname, '//foo/bar');
var b = url.parse('//foo/bar', false, true);
assert.strictEqual(b.host, 'foo'); assert.strictEqual(b.pathname, '/bar'); assert.strictEqual(b.slashes, true);
var c = url.parse('//user@host/x');
assert.strictEqual(c.auth, 'user'); assert.strictEqual(c.host, 'host');
console.log(b.href, c.href);
