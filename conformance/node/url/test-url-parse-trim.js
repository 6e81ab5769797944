var assert = require('assert');
var url = require('url');

var u = url.parse('  http://x.com/a  ');
assert.strictEqual(u.href, 'http://x.com/a');
var v = url.parse('\n\thttp://y.com/\n');
console.log(u.href, v.href);
