var assert = require('assert');
var url = require('url');

var u = url.parse('http://mañana.com/x');
assert.strictEqual(u.hostname, 'xn--maana-pta.com');
assert.strictEqual(u.href, 'http://xn--maana-pta.com/x');
var v = url.parse('http://☃.net/');
console.log(u.host, v.host);
