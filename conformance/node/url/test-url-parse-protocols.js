var assert = require('assert');
var url = require('url');

var m = url.parse('mailto:user@example.com');
assert.strictEqual(m.protocol, 'mailto:'); assert.strictEqual(m.auth, 'user'); assert.strictEqual(m.hostname, 'example.com');
var j = url.parse('javascript:alert("hi")');
assert.strictEqual(j.pathname, 'alert("hi")'); assert.strictEqual(j.host, null);
var f = url.parse('file:///etc/passwd');
assert.strictEqual(f.pathname, '/etc/passwd'); assert.strictEqual(f.host, '');
var x = url.parse('xmpp:isaacschlueter@jabber.org');
console.log(m.href, j.href, f.href, x.host, x.auth);
