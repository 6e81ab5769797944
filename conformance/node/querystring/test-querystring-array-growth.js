var assert = require('assert');
var qs = require('querystring');

var r = qs.parse('a=1&b=2&a=3&b=4&a=5');
assert.deepEqual(r, { a: ['1', '3', '5'], b: ['2', '4'] });
assert.ok(Array.isArray(r.a));
console.log(JSON.stringify(r));
