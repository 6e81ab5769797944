// fs.createWriteStream / fs.WriteStream: flags, mode, start, encoding, a
// given fd, 'open'/'finish'/'close', bytesWritten, errors; SyncWriteStream.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var stream = require('stream');

var h = require('./w-helpers');
var rmrf = h.rmrf;
var dir = h.freshDir('stream-write');

var steps = [basics, appending, atStart, encodings, givenFd, failures, syncWriter];
function next() {
  var step = steps.shift();
  if (step) step();
  else finish();
}

function basics() {
  var f = path.join(dir, 'basic.txt');
  var ws = fs.createWriteStream(f, { mode: parseInt('600', 8) });
  assert.ok(ws instanceof fs.WriteStream);
  assert.ok(ws instanceof stream.Writable);
  assert.strictEqual(ws.path, f);
  assert.strictEqual(ws.flags, 'w');
  assert.strictEqual(ws.bytesWritten, 0);
  var events = [];
  ws.on('open', function (fd) {
    assert.strictEqual(typeof fd, 'number');
    events.push('open');
  });
  assert.strictEqual(ws.write('first line\n'), true);
  ws.write(new Buffer('second line\n'));
  ws.write('third\n', 'utf8', function (err) {
    assert.ok(!err);
    events.push('written');
  });
  ws.end('last\n');
  ws.on('finish', function () { events.push('finish'); });
  ws.on('close', function () {
    events.push('close');
    assert.deepEqual(events, ['open', 'written', 'finish', 'close']);
    assert.strictEqual(ws.bytesWritten, 34);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'first line\nsecond line\nthird\nlast\n');
    assert.strictEqual(fs.statSync(f).mode & parseInt('777', 8),
      parseInt('600', 8) & ~process.umask());
    console.log('write, end, finish, close, bytesWritten, mode');
    next();
  });
}

function appending() {
  var f = path.join(dir, 'append.txt');
  fs.writeFileSync(f, 'head;');
  // A re-run after a crash may append twice: the check allows it.
  var ws = fs.createWriteStream(f, { flags: 'a' });
  ws.end('tail;', function () {
    assert.ok(/^head;(tail;)+$/.test(fs.readFileSync(f, 'utf8')));
    console.log('flags a appends');
    next();
  });
}

function atStart() {
  var f = path.join(dir, 'start.txt');
  fs.writeFileSync(f, '0123456789');
  var ws = fs.createWriteStream(f, { flags: 'r+', start: 4 });
  ws.write('ab');
  ws.end('cd', function () {
    assert.strictEqual(fs.readFileSync(f, 'utf8'), '0123abcd89');
    assert.strictEqual(ws.bytesWritten, 4);
    assert.throws(function () { fs.createWriteStream(f, { start: 'x' }); },
      /^TypeError: start must be a Number$/);
    assert.throws(function () { fs.createWriteStream(f, { flags: 'r+', start: -1 }); },
      /^Error: start must be >= zero$/);
    console.log('start writes from an offset');
    next();
  });
}

function encodings() {
  var f = path.join(dir, 'enc.txt');
  var ws = fs.createWriteStream(f, { encoding: 'hex' });
  ws.write('4142');
  ws.write('43', 'utf8');
  ws.end(function () {
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'AB43');
    console.log('encoding option is the default for strings');
    next();
  });
}

function givenFd() {
  var f = path.join(dir, 'fd.txt');
  var fd = fs.openSync(f, 'w');
  var ws = fs.createWriteStream(null, { fd: fd });
  var opened = false;
  ws.on('open', function () { opened = true; });
  ws.write('via ');
  ws.end('fd');
  ws.on('close', function () {
    assert.strictEqual(opened, false);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'via fd');
    assert.throws(function () { fs.closeSync(fd); }, /EBADF/);
    console.log('a given fd is written and closed');
    next();
  });
}

function failures() {
  var bad = path.join(dir, 'no', 'such', 'dir.txt');
  var ws = fs.createWriteStream(bad);
  ws.on('error', function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.message, "ENOENT, open '" + bad + "'");
    console.log('an unopenable path is an error event');
    var f = path.join(dir, 'after-end.txt');
    var ws2 = fs.createWriteStream(f);
    ws2.end('done');
    ws2.on('error', function (err) {
      assert.strictEqual(err.message, 'write after end');
      console.log('write after end is an error');
    });
    ws2.write('more');
    // What was written before the end still reaches the file. (Waiting for
    // the close also keeps the cleanup from removing a file still open: a
    // restart could not reopen it.)
    ws2.on('close', function () {
      assert.strictEqual(fs.readFileSync(f, 'utf8'), 'done');
      next();
    });
  });
}

function syncWriter() {
  var f = path.join(dir, 'sync.txt');
  var fd = fs.openSync(f, 'w');
  var s = new fs.SyncWriteStream(fd);
  assert.ok(s instanceof stream.Stream);
  assert.strictEqual(s.writable, true);
  var called = false;
  assert.strictEqual(s.write('one,', function () { called = true; }), true);
  s.write('74776f', 'hex');
  var closed = false;
  s.on('close', function () { closed = true; });
  s.end(new Buffer(',three'));
  assert.strictEqual(closed, true);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one,two,three');
  assert.throws(function () { fs.fstatSync(fd); }, /EBADF/);
  process.nextTick(function () {
    assert.strictEqual(called, true);
    console.log('SyncWriteStream writes at once and closes its fd');
    next();
  });
}

function finish() {
  rmrf(dir);
  assert.strictEqual(fs.existsSync(dir), false);
  console.log('cleaned up');
}

next();
