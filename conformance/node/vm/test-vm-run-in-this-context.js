var assert = require('assert');
var vm = require('vm');

var r = vm.runInThisContext('var vmGlobal = 40; vmGlobal + 2');
assert.strictEqual(r, 42);
assert.strictEqual(global.vmGlobal, 40);
var localVar = 'local';
assert.strictEqual(vm.runInThisContext('typeof localVar'), 'undefined');
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInThisContext('typeof process'), 'object');
console.log('runInThisContext ok');
