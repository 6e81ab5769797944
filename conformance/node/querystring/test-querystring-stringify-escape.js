var assert = require('assert');
var qs = require('querystring');

assert.strictEqual(qs.stringify({ 'a b': 'c&d=e' }), 'a%20b=c%26d%3De');
assert.strictEqual(qs.stringify({ u: '你' }), 'u=%E4%BD%A0');
assert.strictEqual(qs.stringify({ s: "!'()*-._~" }), "s=!'()*-._~");
console.log(qs.stringify({ path: '/a/b?c' }));
