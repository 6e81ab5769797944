var assert = require('assert');
var path = require('path');
var cases = [
  [['/foo', 'bar', 'baz/asdf', 'quux', '..'], '/foo/bar/baz/asdf'],
  [[], '.'],
  [['', ''], '.'],
  [['', 'a'], 'a'],
  [['/', '/a'], '/a'],
  [['a/', 'b'], 'a/b'],
  [['a', '../..', 'b'], '../b'],
  [['./', 'x'], 'x'],
  [['/a', ''], '/a'],
  [['a', '/'], 'a/'],
  [['//', 'srv'], '/srv'],
  [['a', 'b', 'c/'], 'a/b/c/']
];
cases.forEach(function (c) {
  assert.strictEqual(path.join.apply(path, c[0]), c[1], 'join ' + JSON.stringify(c[0]));
});
console.log('join cases: ' + cases.length);
[[{}], ['foo', {}, 'bar'], [null], ['a', undefined], [1], ['a', ['b']]].forEach(function (args) {
  assert.throws(function () { path.join.apply(path, args); }, function (e) {
    return e instanceof TypeError && e.message === 'Arguments to path.join must be strings';
  });
});
console.log('join throws TypeError for non-strings');
