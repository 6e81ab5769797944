var assert = require('assert');
var vm = require('vm');

var sb = { console: { log: function (x) { sb.logged = x; } }, Math: { max: function () { return 'fake'; } } };
vm.runInNewContext('console.log("hello"); m = Math.max(1, 2)', sb);
assert.strictEqual(sb.logged, 'hello');
assert.strictEqual(sb.m, 'fake');
console.log('shadow ok');
