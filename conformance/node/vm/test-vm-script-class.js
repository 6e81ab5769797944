var assert = require('assert');
var vm = require('vm');

var s = new vm.Script('n = (typeof n === "number" ? n : 0) + 1; n');
var c = vm.createContext({});
assert.strictEqual(s.runInContext(c), 1);
assert.strictEqual(s.runInContext(c), 2);
var fresh = {};
assert.strictEqual(s.runInNewContext(fresh), 1);
assert.strictEqual(fresh.n, 1);
var s2 = vm.createScript('var scriptGlobal = 7; scriptGlobal * 2', 'my.vm');
assert.ok(s2 instanceof vm.Script);
assert.strictEqual(s2.runInThisContext(), 14);
assert.strictEqual(global.scriptGlobal, 7);
console.log('Script ok');
