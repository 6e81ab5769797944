var assert = require('assert');
var qs = require('querystring');

assert.deepEqual(qs.parse('a:1;b:2', ';', ':'), { a: '1', b: '2' });
assert.deepEqual(qs.parse('a==1&&b==2', '&&', '=='), { a: '1', b: '2' });
assert.deepEqual(qs.parse('a=1&b=2', null, null), { a: '1', b: '2' });
console.log(qs.parse('w->1|x->2', '|', '->'));
