var assert = require('assert');
var url = require('url');

var u = url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(u.protocol, 'http:'); assert.strictEqual(u.slashes, true);
assert.strictEqual(u.auth, 'user:pass'); assert.strictEqual(u.host, 'host.com:8080');
assert.strictEqual(u.port, '8080'); assert.strictEqual(u.hostname, 'host.com');
assert.strictEqual(u.hash, '#hash'); assert.strictEqual(u.search, '?query=string');
assert.strictEqual(u.query, 'query=string'); assert.strictEqual(u.pathname, '/p/a/t/h');
assert.strictEqual(u.path, '/p/a/t/h?query=string');
assert.strictEqual(u.href, 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash');
console.log(Object.keys(u).join(','));
