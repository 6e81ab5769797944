var assert = require('assert');
var vm = require('vm');

var sb = {};
var r = vm.runInNewContext('"use strict"; var s = 3; function h() { return s * 2; } h()', sb);
assert.strictEqual(r, 6);
assert.strictEqual(sb.s, 3);
assert.strictEqual(sb.h(), 6);
console.log('strict ok');
