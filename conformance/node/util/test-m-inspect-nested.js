var assert = require('assert');
var util = require('util');
var deep = { a: { b: { c: { d: 1 } } } };
assert.strictEqual(util.inspect(deep), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect(deep, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(util.inspect(deep, { depth: null }), '{ a: { b: { c: { d: 1 } } } }');
assert.strictEqual(util.inspect(deep, false, 1), '{ a: { b: [Object] } }');
console.log('depth ok');
var c = { name: 'c' }; c.self = c;
assert.strictEqual(util.inspect(c), "{ name: 'c', self: [Circular] }");
console.log('circular ok');
var long = { alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddd' };
assert.strictEqual(util.inspect(long),
  "{ alpha: 'aaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbb',\n  gamma: 'cccccccccccc',\n  delta: 'dddd' }");
console.log('long objects break lines v0.12 style');
var arr = [];
for (var i = 0; i < 30; i++) arr.push(i);
assert.strictEqual(util.inspect(arr).split('\n').length, 30);
console.log('long arrays one item per line');
