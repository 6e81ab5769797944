var assert = require('assert');
var url = require('url');

var u = url.parse('http://x.com/a b/c"d<e>`f{g}|h^\'i');
console.log(u.pathname);
assert.strictEqual(url.parse('http://x.com/ä').pathname, '/ä');
var t = url.parse('http://x.com/p\tq\nr');
console.log(t.href);
