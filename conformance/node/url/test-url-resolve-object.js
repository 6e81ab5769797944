var assert = require('assert');
var url = require('url');

var r = url.resolveObject('http://a.com/b/c', '../d?e=f');
assert.strictEqual(r.href, 'http://a.com/d?e=f');
assert.strictEqual(r.pathname, '/d'); assert.strictEqual(r.search, '?e=f'); assert.strictEqual(r.path, '/d?e=f');
assert.ok(r instanceof url.Url);
var s = url.parse('http://x.com/p/q').resolveObject('r');
assert.strictEqual(s.href, 'http://x.com/p/r');
var o = url.parse('http://x.com/p/q').resolveObject(url.parse('//y.com/z', false, true));
console.log(r.href, s.href, o.href);
