var assert = require('assert');
var w = require('path').win32;
var cases = [
  ['C:\\temp\\\\foo\\bar\\..\\', 'C:\\temp\\foo\\'],
  ['c:/a/../b', 'c:\\b'],
  ['C:', 'C:.'],
  ['C:..\\x', 'C:..\\x'],
  ['D:\\..\\..', 'D:\\'],
  ['//server/share', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\..\\..', '\\\\server\\share\\'],
  ['//srv//shr/d', '\\\\srv\\shr\\d'],
  ['a/b\\c', 'a\\b\\c'],
  ['', '.'],
  ['/a/./b/', '\\a\\b\\'],
  ['..\\..\\x', '..\\..\\x'],
  ['//server', '\\server']
];
cases.forEach(function (c) {
  assert.strictEqual(w.normalize(c[0]), c[1], 'win32.normalize(' + JSON.stringify(c[0]) + ')');
});
console.log('win32 normalize cases: ' + cases.length);
// Drive letters keep their case (v0.11.15+).
assert.strictEqual(w.normalize('E:/X'), 'E:\\X');
assert.strictEqual(w.normalize('e:/X'), 'e:\\X');
console.log('win32 normalize keeps drive letter case');
