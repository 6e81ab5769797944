// fs.watch on a directory and on a file: 'rename' for entries that come and
// go, 'change' for contents; close() stops it; a missing path throws.
// Changes are repeated until seen, so a restart (which re-creates the
// watcher but cannot report what happened while persha was stopped) only
// delays the test.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var dir = path.join(os.tmpdir(), 'persha-watch-' + process.pid + '-' + Date.now());
fs.mkdirSync(dir);
var file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'x');

assert.throws(function () { fs.watch(path.join(dir, 'missing')); }, function (err) {
  return err.code === 'ENOENT' && /^ENOENT, watch/.test(err.message);
});
console.log('watching a missing path throws ENOENT');
assert.strictEqual(typeof fs.FSWatcher, 'function');

// Keep doing `act` every 40 ms until `w` reports what `want` accepts.
function until(w, act, want, then) {
  var t = setInterval(act, 40);
  w.on('change', function onChange(event, filename) {
    if (!want(event, filename)) return;
    clearInterval(t);
    w.removeListener('change', onChange);
    then(event, filename);
  });
  act();
}

var dw = fs.watch(dir);
assert.ok(dw instanceof fs.FSWatcher);
var n = 0;
until(dw, function () {
  fs.writeFileSync(path.join(dir, 'new' + (n++) + '.txt'), 'y');
}, function (event, filename) {
  return event === 'rename' && /^new\d+\.txt$/.test(filename);
}, function () {
  console.log('directory watcher saw a new entry');
  dw.close();
  var fw = fs.watch(file, { persistent: true });
  until(fw, function () {
    fs.appendFileSync(file, 'z');
  }, function (event, filename) {
    return event === 'change' && filename === 'f.txt';
  }, function () {
    console.log('file watcher saw a change');
    fw.close();
    console.log('closed watchers let the program end');
  });
});
