var assert = require('assert');
var vm = require('vm');

var sb = { a: 1, b: 2 };
vm.runInNewContext('delete this.a; hasB = "b" in this;', sb);
assert.strictEqual('a' in sb, false);
assert.strictEqual(sb.hasB, true);
console.log(Object.keys(sb).join(','));
