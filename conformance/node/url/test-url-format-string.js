var assert = require('assert');
var url = require('url');

assert.strictEqual(url.format('HTTP://X.COM/a b'), 'http://x.com/a%20b');
var o = url.parse('http://a.com/p?q=1#f');
assert.strictEqual(url.format(o), 'http://a.com/p?q=1#f');
o.search = null; o.query = { z: 'y' };
assert.strictEqual(url.format(o), 'http://a.com/p?z=y#f');
console.log(url.format(o));
