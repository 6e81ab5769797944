var assert = require('assert');
var path = require('path');
var cases = [
  ['/foo/bar/baz/asdf/quux', '/foo/bar/baz/asdf'],
  ['/a/b/', '/a'],
  ['/a', '/'],
  ['a', '.'],
  ['', '.'],
  ['/', '/'],
  ['////', '/'],
  ['a/b', 'a'],
  ['a/b//', 'a'],
  ['//a', '/'],
  ['./x', '.'],
  ['../x/y', '../x'],
  ['a\\b', '.']
];
cases.forEach(function (c) {
  assert.strictEqual(path.dirname(c[0]), c[1], 'dirname(' + JSON.stringify(c[0]) + ')');
});
console.log('dirname cases: ' + cases.length);
// v0.12 strips only the one separator before the last segment.
assert.strictEqual(path.dirname('/a//b'), '/a/');
assert.strictEqual(path.dirname('x///y'), 'x//');
console.log('dirname keeps inner repeated slashes');
