// readline.cursorTo/moveCursor/clearLine/clearScreenDown write ANSI
// sequences; tty.WriteStream's methods are the same helpers.
var assert = require('assert');
var readline = require('readline');
var tty = require('tty');
var stream = require('stream');

var seen = [];
var out = { write: function (s) { seen.push(s); return true; } };

readline.cursorTo(out, 0);
readline.cursorTo(out, 7, 2);
readline.cursorTo(out);
assert.throws(function () { readline.cursorTo(out, undefined, 3); }, /cursor row/);
assert.deepEqual(seen, ['\x1b[1G', '\x1b[3;8H']);
console.log('cursorTo ok');

seen = [];
readline.moveCursor(out, 3, 0);
readline.moveCursor(out, -1, -2);
readline.moveCursor(out, 0, 4);
readline.moveCursor(out, 0, 0);
assert.deepEqual(seen, ['\x1b[3C', '\x1b[1D\x1b[2A', '\x1b[4B']);
console.log('moveCursor ok');

seen = [];
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0);
readline.clearScreenDown(out);
assert.deepEqual(seen, ['\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J']);
console.log('clearLine and clearScreenDown ok');

// No stream: nothing happens.
readline.cursorTo(null, 1, 1);
readline.moveCursor(undefined, 1, 1);
readline.clearLine(null, 0);
readline.clearScreenDown(null);
console.log('missing stream ignored');

// tty.WriteStream delegates to them.
var ws = new tty.WriteStream(1);
var wseen = [];
ws.write = function (s) { wseen.push(s); return true; };
ws.cursorTo(2, 1);
ws.moveCursor(-5, 1);
ws.clearLine(1);
ws.clearScreenDown();
assert.deepEqual(wseen, ['\x1b[2;3H', '\x1b[5D\x1b[1B', '\x1b[0K', '\x1b[0J']);
assert.throws(function () { ws.cursorTo(undefined, 1); }, /cursor row/);
console.log('tty.WriteStream uses the readline helpers');

// They work on real Writables too, across turns.
var w = new stream.Writable({ decodeStrings: false });
var text = '';
w._write = function (c, e, cb) { text += c; cb(); };
setTimeout(function () {
  readline.cursorTo(w, 4);
  setTimeout(function () {
    readline.clearLine(w, 0);
    assert.strictEqual(text, '\x1b[5G\x1b[2K');
    console.log('helpers on a Writable ok');
  }, 2);
}, 2);
