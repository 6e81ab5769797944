'use strict';
// process.stdin in script mode: a Readable fed by the host's 'stdin' events.
// The host starts reading standard input only once the program asks for it
// (`__persha_loop_state().stdin`), as Node does: a program run in the
// background that never reads stdin must not be stopped by the terminal.
// While the stream is above its highWaterMark the program stops asking, so
// the host holds further input back.

var Readable = require('stream').Readable;
var Buffer = require('buffer').Buffer;
var util = require('util');

function Stdin() {
  Readable.call(this);
  this.fd = 0;
  this._wanted = false;
  this._ended = false;
}
util.inherits(Stdin, Readable);

Stdin.prototype._read = function () {
  if (!this._ended) this._wanted = true;
};

var stdin = null;

// Raw mode (bytes as typed, no echo, no line editing, Ctrl-C as a byte):
// an act on the terminal, set again after a restart because the terminal
// of the new process starts in line mode.
function setRawMode(flag) {
  flag = !!flag;
  internal.host('ttySetRawMode', 0, flag);
  this.isRaw = flag;
  return this;
}

internal.restartHooks.push(function () {
  if (stdin !== null && stdin.isRaw) {
    try {
      internal.host('ttySetRawMode', 0, true);
    } catch (_) {
      stdin.isRaw = false; // no terminal any more
    }
  }
});

// The stream, created on first use of `process.stdin`.
exports.get = function () {
  if (stdin === null) {
    stdin = new Stdin();
    var facts = internal.ttyFacts;
    if (facts && facts.fds[0]) {
      stdin.isTTY = true;
      stdin.isRaw = false;
      stdin.setRawMode = setRawMode;
    }
  }
  return stdin;
};

// The host should deliver input: someone is reading.
exports.wanted = function () {
  return stdin !== null && stdin._wanted && !stdin._ended;
};

// Reading keeps the program alive, unless the stream was paused.
exports.keepsAlive = function () {
  return exports.wanted() && stdin._readableState.flowing !== false;
};

internal.aliveChecks.push(function () { return exports.keepsAlive(); });

internal.onStdin = function (data) {
  if (stdin === null || stdin._ended) return;
  if (!stdin.push(new Buffer(data))) stdin._wanted = false;
};

internal.onStdinEnd = function () {
  if (stdin === null || stdin._ended) return;
  stdin._ended = true;
  stdin._wanted = false;
  stdin.push(null);
};
