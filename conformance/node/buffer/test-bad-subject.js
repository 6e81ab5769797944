// Anything but number, string, array-like or buffer is a TypeError.
var assert = require('assert');
[undefined, null, true, function () {}].forEach(function (v) {
  assert.throws(function () { new Buffer(v); }, TypeError);
});
assert.throws(function () { new Buffer(true); }, /must start with number, buffer, array or string/);
console.log('bad subjects rejected');
