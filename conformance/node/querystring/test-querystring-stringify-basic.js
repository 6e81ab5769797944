var assert = require('assert');
var qs = require('querystring');

assert.strictEqual(qs.stringify({ a: 1, b: 'two' }), 'a=1&b=two');
assert.strictEqual(qs.stringify({ a: [1, 2], b: 3 }), 'a=1&a=2&b=3');
assert.strictEqual(qs.stringify({ t: true, f: false }), 't=true&f=false');
assert.strictEqual(qs.stringify({ n: null, u: undefined, o: {}, nan: NaN, inf: Infinity }), 'n=&u=&o=&nan=&inf=');
assert.strictEqual(qs.stringify({}), '');
assert.strictEqual(qs.stringify('str'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify({ e: [] , z: 1}), '&z=1');
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
