// fs.watchFile of a file that does not exist yet: one call with zeroed
// stats, then the creation; a non-persistent watcher (with or without an
// interval of its own) does not keep the program alive.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var h = require('./w-helpers');
var rmrf = h.rmrf;
var dir = h.freshDir('watchfile-missing');
var f = path.join(dir, 'later.txt');
var calls = 0;

fs.watchFile(f, { interval: 15 }, function (curr, prev) {
  calls++;
  if (calls === 1) {
    assert.strictEqual(curr.size, 0);
    assert.strictEqual(curr.ino, 0);
    assert.strictEqual(prev.ino, 0);
    assert.strictEqual(curr.mtime.getTime(), 0);
    assert.strictEqual(prev.mtime.getTime(), 0);
    console.log('missing file reported once, zeroed');
    setTimeout(function () { fs.writeFileSync(f, 'created'); }, 40);
  } else if (calls === 2) {
    assert.strictEqual(curr.size, 7);
    assert.ok(curr.ino > 0);
    assert.strictEqual(prev.ino, 0);
    console.log('creation seen');
    fs.unwatchFile(f);
    nonPersistent();
  } else {
    assert.fail('unexpected call ' + calls);
  }
});
console.log('watching a missing file');

// A watcher with persistent: false polls only while something else keeps
// the program alive; here, nothing does once the timeout below has run.
function nonPersistent() {
  var polls = 0;
  var g = path.join(dir, 'quiet.txt');
  fs.writeFileSync(g, 'q');
  fs.watchFile(g, { persistent: false, interval: 10 }, function () { polls++; });
  fs.watchFile(path.join(dir, 'slow.txt'), { persistent: false }, function () {});
  setTimeout(function () {
    assert.strictEqual(polls, 0);
    console.log('non-persistent watchers do not keep the program alive');
    rmrf(dir);
  }, 50);
}

process.on('exit', function (code) {
  if (code === 0) {
    assert.strictEqual(calls, 2);
    assert.strictEqual(fs.existsSync(dir), false);
  }
});
