var assert = require('assert');
var qs = require('querystring');

var orig = qs.escape;
qs.escape = function (s) { return s.toUpperCase(); };
assert.strictEqual(qs.stringify({ a: 'b' }), 'A=B');
qs.escape = orig;
var origU = qs.unescape;
qs.unescape = function (s) { return '[' + s + ']'; };
assert.deepEqual(qs.parse('x=y'), { '[x]': '[y]' });
qs.unescape = origU;
console.log('override ok');
