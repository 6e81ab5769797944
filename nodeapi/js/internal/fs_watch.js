'use strict';
// fs.watch and fs.FSWatcher (v0.12): inotify watchers (nodeapi/src/io/watch.rs)
// whose change notices arrive as journaled 'io' events. A watcher is a live
// OS resource like a listening socket: after a restart it watches again by
// itself (changes made while persha was stopped are not reported), and a
// path that vanished meanwhile makes it emit 'error'.

var EventEmitter = require('events').EventEmitter;
var util = require('util');
var pathModule = require('path');
var io = require('internal/io');
var host = internal.host;

function FSWatcher() {
  EventEmitter.call(this);
  this._id = null;
  this._path = null;
  this._recursive = false;
  this._persistent = true;
  this._boundIn = null;
}
util.inherits(FSWatcher, EventEmitter);
exports.FSWatcher = FSWatcher;

// Node v0.12's fs errors: `ENOENT, watch 'x'` with errno, code, path.
function rethrow(e, filename) {
  if (!e || typeof e.code !== 'string') return e;
  var err = new Error(e.code + ', watch \'' + filename + '\'');
  err.errno = e.errno;
  err.code = e.code;
  err.path = filename;
  err.syscall = 'watch';
  return err;
}

FSWatcher.prototype.start = function (filename, persistent, recursive) {
  var abs = pathModule.resolve(process.cwd(), filename);
  var id = io.newId();
  try {
    this._boundIn = io.bind(function () { return host('fsWatch', id, abs, !!recursive); });
  } catch (e) {
    throw rethrow(e, filename);
  }
  this._id = id;
  this._path = abs;
  this._filename = filename;
  this._recursive = !!recursive;
  this._persistent = persistent !== false;
  io.register(id, this);
  io.setRef(id, this._persistent);
};

FSWatcher.prototype._onIo = function (ev) {
  if (ev.kind === 'watch') this.emit('change', ev.event, ev.filename);
};

FSWatcher.prototype._onRestart = function (now) {
  if (this._boundIn === now) return;
  try {
    var self = this;
    this._boundIn = io.bind(function () {
      return host('fsWatch', self._id, self._path, self._recursive);
    });
  } catch (e) {
    var err = rethrow(e, this._filename);
    var id = this._id;
    this._id = null;
    io.unregister(id);
    var self = this;
    process.nextTick(function () { self.emit('error', err); });
  }
};

FSWatcher.prototype.close = function () {
  if (this._id === null) return;
  io.submit({ op: 'watchClose', id: this._id });
  io.unregister(this._id);
  this._id = null;
};

exports.watch = function (filename, options, listener) {
  if (typeof filename !== 'string') throw new TypeError('filename must be a string');
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = options || {};
  var w = new FSWatcher();
  w.start(filename, options.persistent, options.recursive);
  if (listener) w.on('change', listener);
  return w;
};
