var assert = require('assert');
var w = require('path').win32;
var cases = [
  [['C:', 'foo', 'bar'], 'C:\\foo\\bar'],
  [['//server', 'share'], '\\\\server\\share\\'],
  [['//server', 'share', 'x.txt'], '\\\\server\\share\\x.txt'],
  [['//', 'a'], '\\a'],
  [['\\\\', 'srv', 'shr'], '\\srv\\shr'],
  [['a', 'b/c', '..'], 'a\\b'],
  [['', ''], '.'],
  [[], '.'],
  [['C:\\a', '..', '..', 'b'], 'C:\\b'],
  [['/a', '/b'], '\\a\\b'],
  [['x', ''], 'x'],
  [['dir\\', 'sub/'], 'dir\\sub\\']
];
cases.forEach(function (c) {
  assert.strictEqual(w.join.apply(w, c[0]), c[1], 'win32.join ' + JSON.stringify(c[0]));
});
console.log('win32 join cases: ' + cases.length);
[['a', 5], [null], [{}], ['C:', undefined]].forEach(function (args) {
  assert.throws(function () { w.join.apply(w, args); }, function (e) {
    return e instanceof TypeError && e.message === 'Arguments to path.join must be strings';
  });
});
console.log('win32 join throws TypeError for non-strings');
