var assert = require('assert');
var qs = require('querystring');

var r = qs.parse('hasOwnProperty=1&toString=2&constructor=3');
assert.strictEqual(r.hasOwnProperty, '1');
assert.strictEqual(r.toString, '2');
assert.strictEqual(r.constructor, '3');
var r2 = qs.parse('__proto__=x');
console.log(Object.keys(r).join(','));
