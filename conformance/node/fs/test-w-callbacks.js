// The callback forms of the writes: the act happens at the call, the callback on a later turn.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('callbacks');

var f = path.join(dir, 'f.txt');
var g = path.join(dir, 'g.txt');
var d = path.join(dir, 'd');
var l = path.join(dir, 'l');
var order = [];

// A crash re-runs the turn that made the call, repeating its act: `tolerate`
// accepts only the error that repeat causes (see `redo`).
function tolerate(err, code) {
  if (err && err.code !== code) throw err;
}

process.on('exit', function (code) {
  if (code === 0) assert.deepEqual(order, ['sync', 'tick', 'writeFile']);
});

fs.writeFile(f, 'one', function (err) {
  assert.strictEqual(err, null);
  order.push('writeFile');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one');
  console.log('writeFile called back');
  fs.appendFile(f, new Buffer('two'), function (err) {
    assert.strictEqual(err, null);
    assert.ok(/^one(two)+$/.test(fs.readFileSync(f, 'utf8')));
    console.log('appendFile called back');
    fs.mkdir(d, function (err) {
      tolerate(err, 'EEXIST');
      assert.ok(fs.statSync(d).isDirectory());
      console.log('mkdir called back');
      fs.mkdir(d, parseInt('755', 8), function (err) {
        assert.strictEqual(err.code, 'EEXIST');
        assert.strictEqual(err.message, "EEXIST, mkdir '" + d + "'");
        console.log('mkdir error delivered');
        steps2();
      });
    });
  });
});
process.nextTick(function () { order.push('tick'); });
order.push('sync');

function steps2() {
  fs.rename(f, g, function (err) {
    tolerate(err, 'ENOENT');
    assert.ok(fs.existsSync(g));
    assert.ok(!fs.existsSync(f));
    console.log('rename called back');
    fs.truncate(g, 2, function (err) {
      assert.strictEqual(err, null);
      assert.strictEqual(fs.readFileSync(g, 'utf8'), 'on');
      console.log('truncate called back');
      fs.chmod(g, parseInt('600', 8), function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.statSync(g).mode & parseInt('777', 8), parseInt('600', 8));
        console.log('chmod called back');
        fs.utimes(g, 1000, new Date(2000000), function (err) {
          assert.strictEqual(err, null);
          assert.strictEqual(fs.statSync(g).mtime.getTime(), 2000000);
          console.log('utimes called back');
          steps3();
        });
      });
    });
  });
}

function steps3() {
  fs.symlink('g.txt', l, function (err) {
    tolerate(err, 'EEXIST');
    assert.strictEqual(fs.readFileSync(l, 'utf8'), 'on');
    console.log('symlink called back');
    fs.unlink(l, function (err) {
      tolerate(err, 'ENOENT');
      assert.ok(!fs.existsSync(l));
      console.log('unlink called back');
      fs.rmdir(dir, function (err) {
        assert.strictEqual(err.code, 'ENOTEMPTY');
        assert.strictEqual(err.message, "ENOTEMPTY, rmdir '" + dir + "'");
        console.log('rmdir error delivered');
        fs.unlink(path.join(dir, 'nope'), function (err) {
          assert.strictEqual(err.message, "ENOENT, unlink '" + path.join(dir, 'nope') + "'");
          console.log('unlink error delivered');
          rmrf(dir);
          assert.strictEqual(fs.existsSync(dir), false);
          console.log('cleaned up');
        });
      });
    });
  });
}
