// Beyond the depth limit v0.12 prints [Object] for arrays and objects alike;
// empty ones still print [] / {}.
var assert = require('assert');
var util = require('util');
assert.strictEqual(util.inspect([[[[1]]]]), '[ [ [ [Object] ] ] ]');
assert.strictEqual(util.inspect({ a: { b: { c: { d: {} } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: {} } } }), '{ a: { b: { c: {} } } }');
assert.strictEqual(util.inspect([[[[]]]]), '[ [ [ [] ] ] ]');
console.log('default depth is 2');
assert.strictEqual(util.inspect([[1]], { depth: 0 }), '[ [Object] ]');
assert.strictEqual(util.inspect([[[[1]]]], { depth: null }), '[ [ [ [ 1 ] ] ] ]');
assert.strictEqual(util.inspect({ a: { b: 1 } }, false, 0), '{ a: [Object] }');
console.log('explicit depth');
assert.strictEqual(util.inspect({ r: /x/ }, { depth: -1 }), '[Object]');
assert.strictEqual(util.inspect(/re/, { depth: -1 }), '/re/');
console.log('negative depth');
