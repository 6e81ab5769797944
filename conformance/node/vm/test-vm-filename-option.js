var assert = require('assert');
var vm = require('vm');

assert.strictEqual(vm.runInThisContext('1 + 1', 'file.vm'), 2);
assert.strictEqual(vm.runInThisContext('2 + 2', { filename: 'opts.vm' }), 4);
assert.strictEqual(vm.runInNewContext('3 + 3', {}, 'new.vm'), 6);
assert.strictEqual(vm.runInContext('4 + 4', vm.createContext(), { filename: 'ctx.vm' }), 8);
console.log('filename ok');
