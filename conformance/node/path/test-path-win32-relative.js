var assert = require('assert');
var w = require('path').win32;
var cases = [
  ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb', '..\\..\\impl\\bbb'],
  ['c:/AaAa/bbbb', 'c:/aaaa/BBBB', ''],
  ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
  ['c:/', 'c:\\x\\y', 'x\\y'],
  ['C:\\x\\y', 'C:\\', '..\\..'],
  ['C:\\a', 'D:\\b', 'D:\\b'],
  ['\\\\srv\\share\\a', '\\\\srv\\share\\b', '..\\b'],
  ['C:\\Foo\\Bar', 'C:\\foo\\BAZ', '..\\BAZ']
];
cases.forEach(function (c) {
  assert.strictEqual(w.relative(c[0], c[1]), c[2], 'win32.relative ' + c[0] + ' -> ' + c[1]);
});
console.log('win32 relative cases: ' + cases.length);
assert.throws(function () { w.relative(null, 'C:\\'); }, TypeError);
console.log('win32 relative rejects non-strings');
