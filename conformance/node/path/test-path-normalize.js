var assert = require('assert');
var path = require('path');
var cases = [
  ['/foo/bar//baz/asdf/quux/..', '/foo/bar/baz/asdf'],
  ['', '.'],
  ['.', '.'],
  ['./', './'],
  ['/', '/'],
  ['//a', '/a'],
  ['/..', '/'],
  ['/../../x', '/x'],
  ['a/../..', '..'],
  ['a//b/./c/', 'a/b/c/'],
  ['../../x/../y', '../../y'],
  ['a/b/../../..', '..'],
  ['foo/bar/', 'foo/bar/'],
  ['x/./././y', 'x/y'],
  ['a\\b/../c', 'c']
];
cases.forEach(function (c) {
  assert.strictEqual(path.normalize(c[0]), c[1], 'normalize(' + JSON.stringify(c[0]) + ')');
});
console.log('normalize cases: ' + cases.length);
assert.throws(function () { path.normalize(42); }, TypeError);
assert.throws(function () { path.normalize(); }, TypeError);
console.log('normalize rejects non-strings');
