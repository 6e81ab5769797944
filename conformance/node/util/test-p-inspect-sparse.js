// v0.12 prints array holes as empty entries between commas.
var assert = require('assert');
var util = require('util');
assert.strictEqual(util.inspect([, , 1]), '[ , , 1 ]');
assert.strictEqual(util.inspect([1, , 3]), '[ 1, , 3 ]');
assert.strictEqual(util.inspect(new Array(3)), '[ , ,  ]');
console.log('holes print as empty slots');
var a = [1, 2];
a.extra = 'x';
assert.strictEqual(util.inspect(a), "[ 1, 2, extra: 'x' ]");
var b = [];
b.only = true;
assert.strictEqual(util.inspect(b), '[ only: true ]');
console.log('arrays with named properties');
assert.strictEqual(util.inspect([1, 2], { showHidden: true }), '[ 1, 2, [length]: 2 ]');
assert.strictEqual(util.inspect([], true), '[ [length]: 0 ]');
console.log('showHidden shows array length');
