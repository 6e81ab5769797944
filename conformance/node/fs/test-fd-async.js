// The callback forms of the descriptor functions: the work happens at the
// call, the callback on a later turn, with v0.12's callback arguments.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var h = require('./w-helpers');
var rmrf = h.rmrf;
var dir = h.freshDir('fd-async');
var f = path.join(dir, 'async.txt');
var order = [];

process.on('exit', function (code) {
  if (code === 0) assert.deepEqual(order.slice(0, 3), ['sync', 'tick', 'open']);
});

fs.open(f, 'w+', function (err, fd) {
  assert.strictEqual(err, null);
  order.push('open');
  assert.strictEqual(typeof fd, 'number');
  console.log('open called back');
  var buf = new Buffer('hello async');
  fs.write(fd, buf, 0, buf.length, function (err, written, buffer) {
    assert.strictEqual(err, null);
    assert.strictEqual(written, 11);
    assert.strictEqual(buffer, buf);
    console.log('write (buffer form) called back');
    fs.write(fd, ' more', function (err, written, str) {
      assert.strictEqual(err, null);
      assert.strictEqual(written, 5);
      assert.strictEqual(str, ' more');
      console.log('write (string form) called back');
      fs.write(fd, '21', 0, 'hex', function (err, written) {
        assert.strictEqual(err, null);
        assert.strictEqual(written, 1);
        console.log('write (string, position, encoding) called back');
        reads(fd);
      });
    });
  });
});
process.nextTick(function () { order.push('tick'); });
order.push('sync');

function reads(fd) {
  var b = new Buffer(16);
  fs.read(fd, b, 0, 16, 0, function (err, n, buffer) {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 16);
    assert.strictEqual(buffer, b);
    assert.strictEqual(b.toString(), '!ello async more');
    console.log('read (buffer form) called back');
    fs.read(fd, 5, 1, 'utf8', function (err, str, n) {
      assert.strictEqual(err, null);
      assert.strictEqual(str, 'ello ');
      assert.strictEqual(n, 5);
      console.log('read (legacy form) called back');
      fs.read(fd, b, 0, 4, 1000, function (err, n) {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 0);
        console.log('read past the end called back');
        meta(fd);
      });
    });
  });
}

function meta(fd) {
  fs.fstat(fd, function (err, st) {
    assert.strictEqual(err, null);
    assert.strictEqual(st.size, 16);
    console.log('fstat called back');
    fs.ftruncate(fd, 5, function (err) {
      assert.strictEqual(err, null);
      assert.strictEqual(fs.readFileSync(f, 'utf8'), '!ello');
      console.log('ftruncate called back');
      fs.ftruncate(fd, function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.fstatSync(fd).size, 0);
        console.log('ftruncate without a length called back');
        fs.fsync(fd, function (err) {
          assert.strictEqual(err, null);
          fs.fdatasync(fd, function (err) {
            assert.strictEqual(err, null);
            console.log('fsync and fdatasync called back');
            fs.fchmod(fd, parseInt('640', 8), function (err) {
              assert.strictEqual(err, null);
              assert.strictEqual(fs.fstatSync(fd).mode & parseInt('777', 8), parseInt('640', 8));
              var st = fs.fstatSync(fd);
              fs.fchown(fd, st.uid, st.gid, function (err) {
                assert.strictEqual(err, null);
                fs.futimes(fd, 5, new Date(7000), function (err) {
                  assert.strictEqual(err, null);
                  assert.strictEqual(fs.fstatSync(fd).mtime.getTime(), 7000);
                  console.log('fchmod, fchown and futimes called back');
                  closing(fd);
                });
              });
            });
          });
        });
      });
    });
  });
}

function closing(fd) {
  fs.close(fd, function (err) {
    assert.strictEqual(err, null);
    console.log('close called back');
    fs.close(fd, function (err) {
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.message, 'EBADF, close');
      console.log('second close error delivered');
      fs.read(fd, new Buffer(1), 0, 1, 0, function (err, n) {
        assert.strictEqual(err.message, 'EBADF, read');
        assert.strictEqual(n, 0);
        console.log('read error delivered');
        fs.write(fd, 'x', function (err, n) {
          assert.strictEqual(err.message, 'EBADF, write');
          assert.strictEqual(n, 0);
          console.log('write error delivered');
          var missing = path.join(dir, 'nope', 'x');
          fs.open(missing, 'r', function (err, fd2) {
            assert.strictEqual(err.message, "ENOENT, open '" + missing + "'");
            assert.strictEqual(fd2, undefined);
            console.log('open error delivered');
            // Argument errors are thrown at the call, not called back.
            assert.throws(function () { fs.read('x', new Buffer(1), 0, 1, 0, function () {}); }, TypeError);
            assert.throws(function () { fs.write(fd, new Buffer(2), 3, 1, 0, function () {}); }, RangeError);
            assert.throws(function () { fs.open(f, 'bogus', function () {}); }, /Unknown file open flag/);
            console.log('argument errors thrown');
            // Without a callback, fs.open still opens: the descriptor is the
            // lowest free number, so it can be closed by guessing it.
            fs.open(f, 'r');
            setImmediate(function () {
              fs.closeSync(fd);
              rmrf(dir);
              assert.strictEqual(fs.existsSync(dir), false);
              console.log('cleaned up');
            });
          });
        });
      });
    });
  });
}
