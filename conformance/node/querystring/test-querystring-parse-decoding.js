var assert = require('assert');
var qs = require('querystring');

assert.deepEqual(qs.parse('a=x+y'), { a: 'x y' });
assert.deepEqual(qs.parse('a%20b=c%26d'), { 'a b': 'c&d' });
assert.deepEqual(qs.parse('u=%E4%BD%A0%E5%A5%BD'), { u: '你好' });
assert.deepEqual(qs.parse('bad=%zz&ok=1'), { bad: '%zz', ok: '1' });
assert.deepEqual(qs.parse('pct=100%'), { pct: '100%' });
console.log(qs.parse('mix=%E4%BD%A0%ZZ+x'));
