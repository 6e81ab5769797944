var assert = require('assert');
var w = require('path').win32;
[['C:\\foo\\bar', 'C:\\foo'], ['C:\\foo', 'C:\\'], ['C:\\', 'C:\\'], ['C:', 'C:'],
 ['C:foo', 'C:'], ['c:/a/b/', 'c:/a'], ['\\\\srv\\share', '\\\\srv\\share'],
 ['\\\\srv\\share\\x\\y', '\\\\srv\\share\\x'], ['foo', '.'], ['', '.'], ['/a/b', '/a'],
 ['\\', '\\']].forEach(function (c) {
  assert.strictEqual(w.dirname(c[0]), c[1], 'win32.dirname(' + JSON.stringify(c[0]) + ')');
});
console.log('win32 dirname');
[[['C:\\foo\\bar.txt'], 'bar.txt'], [['C:\\foo\\bar.txt', '.txt'], 'bar'], [['C:'], ''],
 [['C:foo.js'], 'foo.js'], [['c:\\dir\\'], 'dir'], [['a/b'], 'b'], [['\\\\srv\\share'], ''],
 [['BAR.TXT', '.txt'], 'BAR.TXT'], [['x\\y\\\\'], 'y']].forEach(function (c) {
  assert.strictEqual(w.basename.apply(w, c[0]), c[1], 'win32.basename ' + JSON.stringify(c[0]));
});
console.log('win32 basename');
[['C:\\a\\file.exe', '.exe'], ['C:\\a.b\\file', ''], ['.profile', ''], ['x.', '.'],
 ['C:.txt', ''], ['dir\\f.tar.gz\\', '.gz'], ['a/b.c', '.c']].forEach(function (c) {
  assert.strictEqual(w.extname(c[0]), c[1], 'win32.extname(' + JSON.stringify(c[0]) + ')');
});
console.log('win32 extname');
