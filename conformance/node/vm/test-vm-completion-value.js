var assert = require('assert');
var vm = require('vm');

assert.strictEqual(vm.runInNewContext('1; 2; 3'), 3);
assert.strictEqual(vm.runInNewContext('if (true) { "yes" } else { "no" }'), 'yes');
assert.strictEqual(vm.runInNewContext('var z = 5'), undefined);
assert.deepEqual(vm.runInNewContext('({ a: 1 })'), { a: 1 });
console.log('completion ok');
