var assert = require('assert');
var url = require('url');

var u = url.parse('HTTP://WWW.Example.COM/Path/To');
assert.strictEqual(u.protocol, 'http:');
assert.strictEqual(u.host, 'www.example.com');
assert.strictEqual(u.pathname, '/Path/To');
assert.strictEqual(u.href, 'http://www.example.com/Path/To');
console.log(u.href);
