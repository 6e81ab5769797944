var assert = require('assert');
var vm = require('vm');

var sb = {};
assert.strictEqual(vm.runInNewContext('g(); function g() { return "hoisted"; }', sb), 'hoisted');
assert.strictEqual(typeof sb.g, 'function');
console.log('hoisting ok');
