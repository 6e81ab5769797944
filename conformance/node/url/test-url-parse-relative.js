var assert = require('assert');
var url = require('url');

var r = url.parse('foo/bar?x=1#h');
assert.strictEqual(r.protocol, null); assert.strictEqual(r.pathname, 'foo/bar');
assert.strictEqual(r.search, '?x=1'); assert.strictEqual(r.hash, '#h');
var q = url.parse('?only=query');
assert.strictEqual(q.pathname, null); assert.strictEqual(q.path, '?only=query');
var h = url.parse('#only');
assert.strictEqual(h.hash, '#only'); assert.strictEqual(h.path, null);
console.log(r.href, q.href, h.href);
