var assert = require('assert');
var vm = require('vm');

var sb = {};
vm.runInNewContext('var x = 1; var y; function f() { return x + 1; }', sb);
assert.strictEqual(sb.x, 1);
assert.ok('y' in sb);
assert.strictEqual(typeof sb.f, 'function');
assert.strictEqual(sb.f(), 2);
assert.strictEqual(typeof global.f, 'undefined');
assert.strictEqual(typeof global.x, 'undefined');
console.log(Object.keys(sb).join(','));
