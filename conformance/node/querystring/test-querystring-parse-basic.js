var assert = require('assert');
var qs = require('querystring');

assert.deepEqual(qs.parse('a=1&b=2'), { a: '1', b: '2' });
assert.deepEqual(qs.parse('a=1&a=2&a=3'), { a: ['1', '2', '3'] });
assert.deepEqual(qs.parse('a&b=&=c'), { a: '', b: '', '': 'c' });
assert.deepEqual(qs.parse('a=b=c'), { a: 'b=c' });
assert.deepEqual(qs.parse(''), {});
assert.deepEqual(qs.parse(undefined), {});
assert.deepEqual(qs.parse(5), {});
console.log(qs.parse('foo=bar&baz=qux&baz=quux&corge='));
