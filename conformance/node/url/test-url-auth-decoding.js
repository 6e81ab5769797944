var assert = require('assert');
var url = require('url');

var u = url.parse('http://us%20er:p%40ss@host/');
assert.strictEqual(u.auth, 'us er:p@ss');
assert.strictEqual(u.href, 'http://us%20er:p%40ss@host/');
var v = url.parse('http://a@b@c/');
console.log(u.href, v.auth, v.host);
