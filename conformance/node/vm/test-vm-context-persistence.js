var assert = require('assert');
var vm = require('vm');

var ctx = vm.createContext({ start: 10 });
vm.runInContext('var count = start; function inc() { count++; return count; }', ctx);
vm.runInContext('inc(); inc();', ctx);
assert.strictEqual(ctx.count, 12);
assert.strictEqual(vm.runInContext('inc()', ctx), 13);
ctx.count = 100;
assert.strictEqual(vm.runInContext('inc()', ctx), 101);
console.log('persistence ok', ctx.count);
