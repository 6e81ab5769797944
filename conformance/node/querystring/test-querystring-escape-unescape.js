var assert = require('assert');
var qs = require('querystring');

assert.strictEqual(qs.escape('a b&c/d'), 'a%20b%26c%2Fd');
assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('a+b%zz', true), 'a b%zz');
assert.strictEqual(qs.unescape('%'), '%');
assert.strictEqual(qs.unescape('%4'), '%4');
assert.strictEqual(qs.unescape('%41%4g'), 'A%4g');
assert.strictEqual(qs.unescape('%E4%BD%A0%'), '你%');
console.log(JSON.stringify(qs.unescape('%ff%41')));
