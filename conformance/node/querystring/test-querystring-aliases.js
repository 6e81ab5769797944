var assert = require('assert');
var qs = require('querystring');

assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);
console.log(Object.keys(qs).sort().join(' '));
