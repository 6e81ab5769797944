var assert = require('assert');
var vm = require('vm');

var sb = { animal: 'cat', count: 2 };
vm.runInNewContext('count += 1; name = "kitty"', sb);
assert.deepEqual(sb, { animal: 'cat', count: 3, name: 'kitty' });
assert.strictEqual(vm.runInNewContext('typeof process'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof console'), 'undefined');
assert.strictEqual(vm.runInNewContext('a + b', { a: 1, b: 2 }), 3);
assert.strictEqual(typeof global.name, 'undefined');
console.log(sb);
