var assert = require('assert');
var path = require('path');
function check(p, root, dir, base, ext, name) {
  assert.deepEqual(path.parse(p), { root: root, dir: dir, base: base, ext: ext, name: name },
    'parse(' + JSON.stringify(p) + ')');
  var keys = Object.keys(path.parse(p)).sort().join(',');
  assert.strictEqual(keys, 'base,dir,ext,name,root');
}
check('/home/user/dir/file.txt', '/', '/home/user/dir', 'file.txt', '.txt', 'file');
check('', '', '', '', '', '');
check('/', '/', '/', '', '', '');
check('file', '', '', 'file', '', 'file');
check('./file.js', '', '.', 'file.js', '.js', 'file');
check('.bashrc', '', '', '.bashrc', '', '.bashrc');
check('a/b/', '', 'a', 'b', '', 'b');
check('/x/archive.tar.gz', '/', '/x', 'archive.tar.gz', '.gz', 'archive.tar');
check('C:\\dir\\f.txt', '', '', 'C:\\dir\\f.txt', '.txt', 'C:\\dir\\f');
console.log('posix parse');
