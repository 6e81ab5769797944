var assert = require('assert');
var qs = require('querystring');

assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ a: [1, 2] }, '|', '~'), 'a~1|a~2');
console.log(qs.stringify({ w: 'x', y: 'z' }, ', ', ' = '));
