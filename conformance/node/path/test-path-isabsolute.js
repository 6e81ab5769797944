var assert = require('assert');
var path = require('path');
[['/foo/bar', true], ['/baz/..', true], ['//x', true], ['qux/', false], ['.', false],
 ['', false], ['C:\\x', false], ['\\\\srv\\share', false]].forEach(function (c) {
  assert.strictEqual(path.isAbsolute(c[0]), c[1], 'posix ' + JSON.stringify(c[0]));
});
console.log('posix isAbsolute');
var w = path.win32;
[['//server', true], ['//server/share', true], ['\\\\server\\share', true], ['C:\\', true],
 ['c:/x', true], ['C:', false], ['C:foo', false], ['bar\\baz', false], ['/', true],
 ['\\', true], ['.', false], ['', false]].forEach(function (c) {
  assert.strictEqual(w.isAbsolute(c[0]), c[1], 'win32 ' + JSON.stringify(c[0]));
});
console.log('win32 isAbsolute');
