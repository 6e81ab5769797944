var assert = require('assert');
var vm = require('vm');

var sb = { out: [] };
vm.runInNewContext('for (var i = 0; i < 3; i++) { out.push(function (j) { return function () { return j; }; }(i)); } total = 0; for (var k in { a: 1, b: 2 }) total++;', sb);
assert.deepEqual(sb.out.map(function (f) { return f(); }), [0, 1, 2]);
assert.strictEqual(sb.i, 3); assert.strictEqual(sb.total, 2); assert.strictEqual(sb.k, 'b');
console.log('loops ok');
