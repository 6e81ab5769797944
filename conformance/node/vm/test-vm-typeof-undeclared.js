var assert = require('assert');
var vm = require('vm');

assert.strictEqual(vm.runInNewContext('typeof notDefinedAnywhere'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof setTimeout'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof Buffer'), 'undefined');
console.log('typeof ok');
