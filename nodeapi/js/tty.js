'use strict';
// tty as documented for Node v0.12. Whether fds 0, 1 and 2 are terminals, and
// the terminal's width, are facts of the `start` event (captured once at
// -init and journaled), so tty.isatty() and process.stdout.isTTY always
// agree, also after a restart on another terminal. Other fds are never TTYs.
//
// Differences from Node v0.12:
// - Raw mode exists for standard input only (process.stdin.setRawMode, and
//   a ReadStream on fd 0); it is set again by itself after a restart.
// - `rows` is set only when the host reports it (the start event carries the
//   width only for now).
// - The streams are not net.Sockets: a ReadStream is a plain emitter and a
//   WriteStream writes through process.stdout's output path (fds 1 and 2).

var util = require('util');
var EventEmitter = require('events');

function facts() {
  return internal.ttyFacts || { fds: [false, false, false] };
}

// The fd is taken as an int32, as v0.12's binding does (so null or 'x' mean 0).
exports.isatty = function isatty(fd) {
  var n = fd | 0;
  if (n !== 0 && n !== 1 && n !== 2) return false;
  return !!facts().fds[n];
};

// Deprecated in v0.12 like in Node: readline handles raw mode.
exports.setRawMode = util.deprecate(function setRawMode(flag) {
  if (!process.stdin || typeof process.stdin.setRawMode !== 'function') {
    throw new Error('setRawMode: standard input is not a terminal');
  }
  process.stdin.setRawMode(flag);
}, 'tty.setRawMode: Use `process.stdin.setRawMode()` instead.');

// ---- ReadStream -----------------------------------------------------------------

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  EventEmitter.call(this);
  this.fd = fd;
  this.readable = true;
  this.writable = false;
  this.isRaw = false;
}
util.inherits(ReadStream, EventEmitter);
exports.ReadStream = ReadStream;

ReadStream.prototype.isTTY = true;

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  if (this.fd !== 0) throw new Error('setRawMode: persha supports raw mode on standard input only');
  if (typeof process.stdin.setRawMode === 'function') {
    process.stdin.setRawMode(flag);
  } else {
    internal.host('ttySetRawMode', 0, !!flag); // not a terminal: the OS says why
  }
  this.isRaw = !!flag;
};

// ---- WriteStream ----------------------------------------------------------------

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  internal.WriteStream.call(this, fd);
  this._type = 'tty';
  var f = facts();
  if (exports.isatty(fd) && typeof f.columns === 'number') this.columns = f.columns;
  if (exports.isatty(fd) && typeof f.rows === 'number') this.rows = f.rows;
}
util.inherits(WriteStream, internal.WriteStream);
exports.WriteStream = WriteStream;

WriteStream.prototype.isTTY = true;

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// Nothing to refresh: the size is the one captured at start.
WriteStream.prototype._refreshSize = function _refreshSize() {};

// The cursor helpers are readline's (loaded on first use), as in v0.12.
WriteStream.prototype.cursorTo = function cursorTo(x, y) {
  require('readline').cursorTo(this, x, y);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy) {
  require('readline').moveCursor(this, dx, dy);
};

WriteStream.prototype.clearLine = function clearLine(dir) {
  require('readline').clearLine(this, dir);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown() {
  require('readline').clearScreenDown(this);
};
