// fs.watchFile / fs.unwatchFile: polling with stat, listener(curr, prev),
// changes, removal and re-creation, several listeners on one file.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var EventEmitter = require('events').EventEmitter;

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf;
var dir = h.freshDir('watchfile');
var f = path.join(dir, 'watched.txt');
fs.writeFileSync(f, 'a');

var seen = 0;
var other = 0;
function otherListener() { other++; }

// Each step acts only after the previous change was seen, so every change
// is met by exactly one poll.
function listener(curr, prev) {
  seen++;
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  if (seen === 1) {
    assert.strictEqual(prev.size, 1);
    assert.strictEqual(curr.size, 3);
    assert.ok(curr.isFile());
    console.log('change 1: grew from 1 to 3 bytes');
    setTimeout(function () { fs.utimesSync(f, 1000, 2000); }, 5);
  } else if (seen === 2) {
    assert.strictEqual(curr.size, 3);
    assert.strictEqual(curr.mtime.getTime(), 2000000);
    assert.ok(prev.mtime.getTime() !== 2000000);
    console.log('change 2: new mtime, same size');
    setTimeout(function () { redo('ENOENT', function () { fs.unlinkSync(f); }); }, 5);
  } else if (seen === 3) {
    // Gone: the current stats are zeroed, the previous ones are the last seen.
    assert.strictEqual(curr.size, 0);
    assert.strictEqual(curr.nlink, 0);
    assert.strictEqual(curr.mtime.getTime(), 0);
    assert.strictEqual(prev.size, 3);
    console.log('change 3: removed, current stats zeroed');
    setTimeout(function () { fs.writeFileSync(f, 'back'); }, 5);
  } else if (seen === 4) {
    assert.strictEqual(curr.size, 4);
    assert.strictEqual(prev.size, 3);
    console.log('change 4: back again');
    // The other listener comes second; removing it now still lets it see
    // this change (emit works on a copy of the listeners).
    assert.strictEqual(other, 3);
    fs.unwatchFile(f, otherListener);
    setTimeout(function () { fs.writeFileSync(f, 'again!'); }, 5);
  } else if (seen === 5) {
    assert.strictEqual(curr.size, 6);
    assert.strictEqual(other, 4); // removed before this change
    console.log('change 5: only the remaining listener');
    fs.unwatchFile(f);
    // Unwatched: nothing keeps the program alive any more.
    fs.writeFileSync(f, 'unseen change');
    setTimeout(finish, 60);
  } else {
    assert.fail('change after unwatchFile');
  }
}

var watcher = fs.watchFile(f, { interval: 20 }, listener);
assert.ok(watcher instanceof EventEmitter);
// A second watch of the same file (by another spelling) shares the watcher.
var again = fs.watchFile(path.join(dir, '.', 'watched.txt'), { interval: 20 }, otherListener);
assert.strictEqual(again, watcher);
var stopped = false;
watcher.on('stop', function () { stopped = true; });
assert.throws(function () { fs.watchFile(f); }, /^Error: watchFile requires a listener function$/);
assert.strictEqual(fs.unwatchFile(path.join(dir, 'not-watched')), undefined);
console.log('watching');

setTimeout(function () { fs.writeFileSync(f, 'abc'); }, 30);

function finish() {
  assert.strictEqual(seen, 5);
  assert.strictEqual(stopped, true);
  rmrf(dir);
  assert.strictEqual(fs.existsSync(dir), false);
  console.log('cleaned up');
}
