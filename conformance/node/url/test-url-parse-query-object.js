var assert = require('assert');
var url = require('url');

var u = url.parse('http://x.com/?a=1&b=2&a=3&c', true);
assert.deepEqual(u.query, { a: ['1', '3'], b: '2', c: '' });
var e = url.parse('http://x.com/', true);
assert.strictEqual(e.search, ''); assert.deepEqual(e.query, {});
var n = url.parse('http://x.com/');
assert.strictEqual(n.search, null); assert.strictEqual(n.query, null);
console.log('query object ok');
