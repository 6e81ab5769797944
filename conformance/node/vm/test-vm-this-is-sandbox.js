var assert = require('assert');
var vm = require('vm');

var sb = { k: 1 };
vm.runInNewContext('this.added = k + 1', sb);
assert.strictEqual(sb.added, 2);
assert.strictEqual(vm.runInNewContext('this.k', sb), 1);
console.log('this ok');
