var assert = require('assert');
var caught = null;
try {
  require('./no-such-file');
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof Error);
assert.strictEqual(caught.code, 'MODULE_NOT_FOUND');
assert.strictEqual(caught.message, "Cannot find module './no-such-file'");
console.log('relative miss:', caught.message);
try {
  require('no-such-package-xyz');
} catch (e) {
  caught = e;
}
assert.strictEqual(caught.message, "Cannot find module 'no-such-package-xyz'");
assert.strictEqual(caught.code, 'MODULE_NOT_FOUND');
console.log('bare miss code', caught.code);
assert.throws(function () { require.resolve('/definitely/not/here'); },
  function (e) { return e.code === 'MODULE_NOT_FOUND'; });
console.log('require.resolve throws too');
assert.throws(function () { require(''); }, /missing path/);
assert.throws(function () { require(42); }, /path must be a string/);
console.log('bad require arguments rejected');
