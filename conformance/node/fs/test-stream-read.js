// fs.createReadStream / fs.ReadStream: 64 KiB chunks by default, start/end,
// encoding, a given fd, autoClose, 'open'/'end'/'close', errors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var stream = require('stream');

var h = require('./w-helpers');
var rmrf = h.rmrf;
var dir = h.freshDir('stream-read');

var big = path.join(dir, 'big.bin');
var content = new Buffer(150000);
for (var i = 0; i < content.length; i++) content[i] = (i % 251);
fs.writeFileSync(big, content);
var small = path.join(dir, 'small.txt');
fs.writeFileSync(small, 'abcdefghijklmnopqrstuvwxyz');

var steps = [defaults, range, encodingAndWaterMark, givenFd, missingFile, pipeCopy, closing];
function next() {
  var step = steps.shift();
  if (step) step();
  else finish();
}

function defaults() {
  var rs = fs.createReadStream(big);
  assert.ok(rs instanceof fs.ReadStream);
  assert.ok(rs instanceof stream.Readable);
  assert.strictEqual(rs.path, big);
  assert.strictEqual(rs.flags, 'r');
  assert.strictEqual(rs.mode, 438);
  assert.strictEqual(rs.fd, null);
  assert.strictEqual(rs._readableState.highWaterMark, 64 * 1024);
  var sizes = [];
  var chunks = [];
  var events = [];
  rs.on('open', function (fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(rs.fd, fd);
    events.push('open');
  });
  rs.on('data', function (chunk) {
    assert.ok(Buffer.isBuffer(chunk));
    sizes.push(chunk.length);
    chunks.push(chunk);
  });
  rs.on('end', function () { events.push('end'); });
  rs.on('close', function () {
    events.push('close');
    assert.deepEqual(events, ['open', 'end', 'close']);
    assert.deepEqual(sizes, [65536, 65536, 18928]);
    assert.ok(Buffer.concat(chunks).equals(content));
    assert.strictEqual(rs.fd, null);
    console.log('default stream: 64 KiB chunks, open, end, close');
    next();
  });
}

function range() {
  var got = '';
  var rs = fs.ReadStream(small, { start: 3, end: 7 }); // without new, inclusive end
  rs.on('data', function (c) { got += c; });
  rs.on('end', function () {
    assert.strictEqual(got, 'defgh');
    var only = fs.createReadStream(small, { start: 24 });
    var rest = '';
    only.on('data', function (c) { rest += c; });
    only.on('end', function () {
      assert.strictEqual(rest, 'yz');
      assert.throws(function () { fs.createReadStream(small, { start: 5, end: 2 }); },
        /^Error: start must be <= end$/);
      assert.throws(function () { fs.createReadStream(small, { start: '1' }); },
        /^TypeError: start must be a Number$/);
      assert.throws(function () { fs.createReadStream(small, { start: 1, end: '9' }); },
        /^TypeError: end must be a Number$/);
      console.log('start and end select an inclusive range');
      next();
    });
  });
}

function encodingAndWaterMark() {
  var rs = fs.createReadStream(small, { encoding: 'utf8', highWaterMark: 10 });
  var parts = [];
  rs.on('data', function (c) {
    assert.strictEqual(typeof c, 'string');
    parts.push(c);
  });
  rs.on('end', function () {
    assert.deepEqual(parts, ['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    var hex = fs.createReadStream(small, { start: 0, end: 2 });
    hex.setEncoding('hex');
    hex.on('data', function (c) {
      assert.strictEqual(c, '616263');
      console.log('encoding and highWaterMark options');
      next();
    });
  });
}

function givenFd() {
  var fd = fs.openSync(small, 'r');
  var rs = fs.createReadStream(null, { fd: fd, autoClose: false, start: 20 });
  var opened = false;
  var got = '';
  rs.on('open', function () { opened = true; });
  rs.on('data', function (c) { got += c; });
  rs.on('end', function () {
    assert.strictEqual(got, 'uvwxyz');
    assert.strictEqual(opened, false);
    setImmediate(function () {
      // autoClose false: the descriptor is still ours, and still open.
      assert.strictEqual(rs.fd, fd);
      assert.strictEqual(fs.readSync(fd, new Buffer(1), 0, 1, 0), 1);
      // Without start, a given descriptor is read from its own position.
      fs.readSync(fd, new Buffer(23), 0, 23, null);
      var tail = '';
      var rs2 = fs.createReadStream(null, { fd: fd });
      rs2.on('data', function (c) { tail += c; });
      rs2.on('close', function () {
        assert.strictEqual(tail, 'xyz');
        assert.throws(function () { fs.fstatSync(fd); }, /EBADF/);
        console.log('a given fd, with and without autoClose');
        next();
      });
    });
  });
}

function missingFile() {
  var missing = path.join(dir, 'missing.txt');
  var rs = fs.createReadStream(missing);
  rs.on('data', function () { assert.fail('no data'); });
  rs.on('error', function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.message, "ENOENT, open '" + missing + "'");
    console.log('a missing file is an error event');
    var d = fs.createReadStream(dir);
    d.on('error', function (err) {
      assert.strictEqual(err.message, 'EISDIR, read');
      console.log('a directory fails at the first read');
      next();
    });
  });
}

function pipeCopy() {
  var copy = path.join(dir, 'copy.bin');
  var ws = fs.createWriteStream(copy);
  fs.createReadStream(big).pipe(ws);
  ws.on('finish', function () {
    assert.ok(fs.readFileSync(copy).equals(content));
    console.log('pipe into a write stream copies the file');
    next();
  });
}

function closing() {
  // Closing before the open completes closes as soon as it opens.
  var rs = fs.createReadStream(small);
  var seen = [];
  rs.on('open', function () { seen.push('open'); });
  rs.close(function () {
    seen.push('close');
    assert.deepEqual(seen, ['open', 'close']);
    // destroy() on a paused stream stops it without 'end'.
    var rs2 = fs.createReadStream(big, { highWaterMark: 1000 });
    rs2.once('data', function (c) {
      assert.strictEqual(c.length, 1000);
      rs2.pause();
      rs2.destroy();
      rs2.on('end', function () { assert.fail('no end after destroy'); });
      rs2.on('close', function () {
        assert.strictEqual(rs2.destroyed, true);
        console.log('close before open, destroy while paused');
        next();
      });
    });
  });
}

function finish() {
  rmrf(dir);
  assert.strictEqual(fs.existsSync(dir), false);
  console.log('cleaned up');
}

next();
