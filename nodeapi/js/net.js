'use strict';
// net as documented for Node v0.12: Server and Socket over the I/O reactor
// (internal/io.js, nodeapi/src/io/tcp.rs), for TCP and Unix-domain sockets.
//
// What persha adds is what happens at a restart: a server that was
// listening listens again on the same address by itself; a connection that
// existed before the stop is gone, so its socket emits an 'error' with code
// 'ERESTARTED' (message `read ERESTARTED ...`, `err.restarted === true`)
// and then 'close', and the program's own error handling runs.
//
// Writes leave when the turn that made them is durable (the host releases
// them after the journal commit), so a peer never sees output that a crash
// could take back. A write's callback runs once persha has accepted the
// data, not when the kernel has; `bufferSize` is therefore always 0.
//
// Absent: listening on an inherited handle or fd (`listen(handle)`,
// `new Socket({fd})`), which persha cannot re-create after a restart.

var EventEmitter = require('events').EventEmitter;
var stream = require('stream');
var util = require('util');
var timers = require('timers');
var Buffer = require('buffer').Buffer;
var io = require('internal/io');
var host = internal.host;

// ---- addresses ---------------------------------------------------------------------

var v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
var v4Re = new RegExp('^' + v4Seg + '(?:\\.' + v4Seg + '){3}$');

function isIPv4(s) {
  return typeof s === 'string' && v4Re.test(s);
}

function isIPv6(s) {
  if (typeof s !== 'string' || s.indexOf(':') === -1) return false;
  var zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  var parts = s.split('::');
  if (parts.length > 2) return false;
  var groups = [];
  var tail4 = false;
  for (var p = 0; p < parts.length; p++) {
    if (parts[p] === '') continue;
    var gs = parts[p].split(':');
    for (var i = 0; i < gs.length; i++) {
      var last = p === parts.length - 1 && i === gs.length - 1;
      if (last && isIPv4(gs[i])) {
        tail4 = true;
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(gs[i])) return false;
      groups.push(gs[i]);
    }
  }
  var n = groups.length + (tail4 ? 2 : 0);
  return parts.length === 2 ? n < 8 : n === 8;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

exports.isIP = isIP;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;

function isPipeName(s) {
  return typeof s === 'string' && String(Number(s)) !== s;
}

function toPort(x) {
  x = Number(x);
  return x >= 0 && x === (x | 0) ? x : false;
}

// ---- Socket --------------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = options || {};
  if (options.fd !== undefined || options.handle !== undefined) {
    throw new Error('persha: net.Socket over an existing fd or handle is not supported');
  }
  stream.Duplex.call(this, { allowHalfOpen: !!options.allowHalfOpen, decodeStrings: true });
  this._id = null;
  this._connecting = false;
  this._connected = false;
  this._server = null;
  this._peer = {};
  this._pausedByUs = false; // the reactor was asked to stop reading
  this._refed = true;
  this._timeoutMs = 0;
  this._timer = null;
  this._lastActive = 0;
  this._pendingWrite = null;
  this._hadError = false;
  this._endEmittedOrPushed = false;
  this.destroyed = false;
  this.bytesRead = 0;
  this._bytesDispatched = 0;
  this.bufferSize = 0;
  this.readable = this.writable = false;
  this.on('finish', onSocketFinish);
}
util.inherits(Socket, stream.Duplex);
exports.Socket = Socket;
exports.Stream = Socket; // legacy alias, as in v0.12

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function () { return this._bytesDispatched; },
  configurable: true
});

['remoteAddress', 'remoteFamily', 'remotePort', 'localAddress', 'localPort'].forEach(function (k) {
  Object.defineProperty(Socket.prototype, k, {
    get: function () { return this._peer[k]; },
    configurable: true
  });
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get: function () {
    if (this._connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  configurable: true
});

Socket.prototype.address = function () {
  if (this._peer.localAddress === undefined) return {};
  return {
    address: this._peer.localAddress,
    family: this._peer.localFamily,
    port: this._peer.localPort
  };
};

// Adopt a live connection (accepted by a server, or just connected).
Socket.prototype._attach = function (id, ev) {
  this._id = id;
  io.register(id, this);
  this._setAddresses(ev);
  this._connected = true;
  this.readable = this.writable = true;
  this._updateRef();
};

Socket.prototype._setAddresses = function (ev) {
  var p = this._peer;
  ['remoteAddress', 'remoteFamily', 'remotePort', 'localAddress', 'localPort', 'localFamily']
    .forEach(function (k) { if (ev[k] !== undefined) p[k] = ev[k]; });
};

Socket.prototype._updateRef = function () {
  if (this._id === null) return;
  io.setRef(this._id, this._refed && !this.destroyed);
};

io.refMethods(Socket.prototype);

Socket.prototype._onIo = function (ev) {
  switch (ev.kind) {
    case 'connect':
      this._onConnect(ev);
      break;
    case 'data':
      this._onData(ev.data);
      break;
    case 'end':
      this._onEnd();
      break;
    case 'error':
      var extra;
      if (ev.address !== undefined) {
        extra = ev.port !== undefined ? ev.address + ':' + ev.port : ev.address;
      }
      var err = io.errnoException(ev.error, ev.error && ev.error.syscall === 'connect' ? extra : undefined);
      if (ev.address !== undefined) err.address = ev.address;
      if (ev.port !== undefined) err.port = ev.port;
      this.destroy(err);
      break;
  }
};

Socket.prototype._onRestart = function () {
  this.destroy(io.restartError(this._connecting ? 'connect' : 'read'));
};

Socket.prototype._onData = function (data) {
  if (this.destroyed) return;
  this._touch();
  var buf = new Buffer(data);
  this.bytesRead += buf.length;
  if (!this.push(buf) && !this._pausedByUs) {
    this._pausedByUs = true;
    io.submit({ op: 'tcpPause', id: this._id });
  }
};

Socket.prototype._onEnd = function () {
  if (this.destroyed || this._endEmittedOrPushed) return;
  this._endEmittedOrPushed = true;
  this.push(null);
  onSocketEnd.call(this);
};

function onSocketEnd() {
  // The peer sent FIN: with allowHalfOpen off, end our side once our
  // writes are out (and then close), as v0.12 does.
  this.readable = false;
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
    if (this.writable) this.end();
    else if (!this._writableState.length) this.destroy();
  } else if (!this.writable && !this._writableState.length) {
    this.destroy();
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  var er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  var self = this;
  this.emit('error', er);
  if (typeof cb === 'function') process.nextTick(function () { cb.call(self, er); });
  return false;
}

function onSocketFinish() {
  if (this._connecting) {
    this.once('connect', onSocketFinish);
    return;
  }
  this.writable = false;
  if (this.destroyed || this._id === null) return;
  if (!this.readable || this._readableState.ended) {
    this.destroy();
    return;
  }
  io.submit({ op: 'tcpShutdown', id: this._id });
}

Socket.prototype._read = function () {
  if (this._connecting || this._id === null) {
    this.once('connect', function () { this._read(); });
    return;
  }
  if (this._pausedByUs) {
    this._pausedByUs = false;
    io.submit({ op: 'tcpResume', id: this._id });
  }
};

Socket.prototype._write = function (chunk, encoding, cb) {
  if (this._connecting) {
    this._pendingWrite = [chunk, encoding, cb];
    return;
  }
  this._pendingWrite = null;
  if (this._id === null || this.destroyed) {
    var er = new Error('This socket is closed.');
    this.destroy(er);
    cb(er);
    return;
  }
  this._touch();
  if (chunk.length > 0) {
    io.submit({ op: 'tcpWrite', id: this._id, data: bytesOf(chunk) });
    this._bytesDispatched += chunk.length;
  }
  cb();
};

function bytesOf(buf) {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

// v0.12's socket.write(data, encoding, cb) also takes strings with an
// encoding; Writable does that. `end(data)` writes then ends.
Socket.prototype.end = function (data, encoding) {
  stream.Duplex.prototype.end.call(this, data, encoding);
  this.writable = false;
  if (this.readable && !this._readableState.endEmitted && this._id !== null) this.read(0);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this._writableState.finished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.destroy = function (exception) {
  if (this.destroyed) return;
  this.destroyed = true;
  this._connecting = false;
  this.readable = this.writable = false;
  this._clearTimer();
  if (this._id !== null) {
    io.submit({ op: 'tcpClose', id: this._id });
    io.unregister(this._id);
  }
  if (this._server) {
    this._server._connections--;
    this._server._maybeEmitClose();
  }
  var self = this;
  var hadError = !!exception;
  this._hadError = hadError;
  process.nextTick(function () {
    if (exception) self.emit('error', exception);
    self.emit('close', hadError);
  });
};

Socket.prototype.pause = function () {
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.setEncoding = function (enc) {
  return stream.Duplex.prototype.setEncoding.call(this, enc);
};

// ---- timeouts (as timers in the heap, so they survive a restart) -------------------------

Socket.prototype.setTimeout = function (msecs, callback) {
  this._timeoutMs = msecs > 0 ? msecs : 0;
  this._clearTimer();
  if (this._timeoutMs) {
    this._lastActive = internal.loopNow;
    this._armTimer(this._timeoutMs);
    if (callback) this.once('timeout', callback);
  } else if (callback) {
    this.removeListener('timeout', callback);
  }
  return this;
};

// Activity only stamps the time; the one timer, when it fires, re-arms
// itself for the idle time still missing. (Re-creating a timer on every
// read and write cost a quarter of an HTTP server's time.)
Socket.prototype._armTimer = function (delay) {
  var self = this;
  this._timer = timers.setTimeout(function () {
    self._timer = null;
    var idle = internal.loopNow - self._lastActive;
    if (!self._timeoutMs || self.destroyed) return;
    if (idle < self._timeoutMs) self._armTimer(self._timeoutMs - idle);
    else self.emit('timeout');
  }, delay);
  this._timer.unref();
};

Socket.prototype._clearTimer = function () {
  if (this._timer) {
    timers.clearTimeout(this._timer);
    this._timer = null;
  }
};

Socket.prototype._touch = function () {
  if (this._timeoutMs && !this.destroyed) {
    this._lastActive = internal.loopNow;
    if (!this._timer) this._armTimer(this._timeoutMs);
  }
};

// Options asked for while connecting apply once connected, as in v0.12.
Socket.prototype._option = function (req) {
  if (this._connecting) {
    this.once('connect', function () { this._option(req); });
  } else if (this._id !== null && !this.destroyed) {
    req.id = this._id;
    io.submit(req);
  }
  return this;
};

Socket.prototype.setNoDelay = function (enable) {
  return this._option({ op: 'tcpNoDelay', on: enable === undefined ? true : !!enable });
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  return this._option({ op: 'tcpKeepAlive', on: !!enable, delay: ~~initialDelay });
};

// ---- connect ----------------------------------------------------------------------------

function normalizeConnectArgs(args) {
  var options = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (isPipeName(args[0])) {
    options.path = args[0];
  } else {
    options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  return typeof cb === 'function' ? [options, cb] : [options];
}

Socket.prototype.connect = function () {
  var norm = normalizeConnectArgs(arguments);
  var options = norm[0];
  var cb = norm[1];
  if (this.destroyed) {
    // A destroyed socket may be reused, as in v0.12.
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._endEmittedOrPushed = false;
    this.destroyed = false;
    this._id = null;
  }
  var port;
  if (!options.path) {
    port = toPort(options.port);
    if (port === false || port > 65535) throw new RangeError('port should be >= 0 and < 65536: ' + options.port);
  }
  if (cb) this.once('connect', cb);
  this._connecting = true;
  this.writable = true;
  this._id = io.newId();
  io.register(this._id, this);
  this._updateRef();
  var self = this;
  if (options.path) {
    io.submit({ op: 'tcpConnect', id: this._id, path: String(options.path) });
    return this;
  }
  var hostname = options.host || 'localhost';
  var family = options.family || 0;
  if (isIP(hostname)) {
    this._submitConnect(hostname, port, options);
  } else {
    // Resolve first, as v0.12 does, reporting it with 'lookup'.
    var id = this._id;
    io.lookup(hostname, family === 6 ? 6 : family === 4 ? 4 : 0, function (err, addrs) {
      if (self._id !== id || self.destroyed) return;
      var first = addrs && addrs[0];
      self.emit('lookup', err, first && first.address, first && first.family);
      if (err) {
        self.destroy(err);
        return;
      }
      // Prefer IPv4 for 'localhost', as getaddrinfo on v0.12 commonly did.
      var pick = first;
      for (var i = 0; i < addrs.length; i++) {
        if (addrs[i].family === 4) { pick = addrs[i]; break; }
      }
      self._submitConnect(pick.address, port, options);
    });
  }
  return this;
};

Socket.prototype._submitConnect = function (address, port, options) {
  var req = { op: 'tcpConnect', id: this._id, host: address, port: port };
  if (options.localAddress) req.localAddress = options.localAddress;
  io.submit(req);
};

Socket.prototype._onConnect = function (ev) {
  if (this.destroyed) return;
  this._setAddresses(ev);
  this._connecting = false;
  this._connected = true;
  this.readable = true;
  this.writable = !this._writableState.ended || this._writableState.length > 0;
  this._touch();
  this.emit('connect');
  var pw = this._pendingWrite;
  if (pw) {
    this._pendingWrite = null;
    this._write(pw[0], pw[1], pw[2]);
  }
  if (this._writableState.ended && !this._writableState.length) onSocketFinish.call(this);
  if (this._readableState.flowing !== false) this.read(0);
};

exports.connect = exports.createConnection = function () {
  var norm = normalizeConnectArgs(arguments);
  var s = new Socket(norm[0]);
  if (norm[0].timeout) s.setTimeout(norm[0].timeout);
  return Socket.prototype.connect.apply(s, norm);
};

// ---- Server ----------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  }
  options = options || {};
  if (connectionListener) this.on('connection', connectionListener);
  this._id = null;
  this._connections = 0;
  this._address = null; // what address() answers once listening
  this._listenSpec = null; // what to bind again after a restart
  this._refed = true;
  this._closing = false;
  this._closeWaiting = false;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.maxConnections = undefined;
}
util.inherits(Server, EventEmitter);
exports.Server = Server;

exports.createServer = function (options, connectionListener) {
  return new Server(options, connectionListener);
};

Object.defineProperty(Server.prototype, 'connections', {
  get: util.deprecate(function () { return this._connections; },
    'connections property is deprecated. Use getConnections() method'),
  set: function (v) { this._connections = v; },
  configurable: true, enumerable: false
});

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  process.nextTick(function () { cb(null, n); });
  return this;
};

Server.prototype.address = function () {
  if (this._address === null) return null;
  if (typeof this._address === 'string') return this._address;
  return { address: this._address.address, family: this._address.family, port: this._address.port };
};

Server.prototype.listen = function () {
  var args = Array.prototype.slice.call(arguments);
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  if (cb) this.once('listening', cb);
  var spec;
  var a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    if (a0._handle !== undefined || a0.fd !== undefined) {
      throw new Error('persha: listening on an inherited handle or fd is not supported');
    }
    spec = { port: a0.port, host: a0.host, backlog: a0.backlog, path: a0.path };
  } else if (isPipeName(a0)) {
    spec = { path: a0, backlog: args[1] };
  } else {
    spec = { port: a0 === undefined || a0 === null ? 0 : a0 };
    if (typeof args[1] === 'string') {
      spec.host = args[1];
      spec.backlog = args[2];
    } else {
      spec.backlog = args[1];
    }
  }
  if (spec.path === undefined) {
    var port = toPort(spec.port);
    if (port === false || port > 65535) throw new RangeError('port should be >= 0 and < 65536: ' + spec.port);
    spec.port = port;
  }
  spec.backlog = Number(spec.backlog) > 0 ? Number(spec.backlog) : 511;
  var self = this;
  if (spec.path !== undefined || !spec.host || isIP(spec.host)) {
    this._bind(spec, false);
  } else {
    io.lookup(spec.host, 0, function (err, addrs) {
      if (err) {
        self.emit('error', err);
        return;
      }
      spec.host = addrs[0].address;
      self._bind(spec, false);
    });
  }
  return this;
};

// Bind now (an act: the port or the error is known in this turn).
// `again`: re-listening after a restart, on the port bound before.
Server.prototype._bind = function (spec, again) {
  var id = this._id === null ? io.newId() : this._id;
  var self = this;
  var result;
  try {
    result = io.bind(function () {
      return spec.path !== undefined
        ? host('pipeListen', id, String(spec.path), spec.backlog, again)
        : host('tcpListen', id, spec.host || null, spec.port, spec.backlog);
    });
  } catch (e) {
    var err = io.fromHostError(e);
    if (spec.path === undefined && err.code) {
      err.address = spec.host || '::';
      err.port = spec.port;
    }
    if (again) {
      this._id = null;
      this._address = null;
      io.unregister(id);
    }
    process.nextTick(function () { self.emit('error', err); });
    return;
  }
  this._id = id;
  io.register(id, this);
  this._boundIn = result.instance;
  this._address = spec.path !== undefined ? result.path
    : { address: result.address, family: result.family, port: result.port };
  this._closing = false;
  if (spec.path === undefined) {
    // An ephemeral port stays the server's port across restarts.
    spec = { host: spec.host, port: result.port, backlog: spec.backlog };
  }
  this._listenSpec = spec;
  this._updateRef();
  if (!again) {
    process.nextTick(function () { self.emit('listening'); });
  }
};

Server.prototype._updateRef = function () {
  if (this._id !== null) io.setRef(this._id, this._refed && !this._closing);
};

io.refMethods(Server.prototype);

Server.prototype._onIo = function (ev) {
  if (ev.kind === 'accept') {
    var socket = new Socket({ allowHalfOpen: this.allowHalfOpen });
    socket._attach(ev.conn, ev);
    if (this._closing || (this.maxConnections !== undefined && this._connections >= this.maxConnections)) {
      socket.destroy();
      return;
    }
    socket._server = this;
    socket.server = this;
    this._connections++;
    this.emit('connection', socket);
  } else if (ev.kind === 'error') {
    this.emit('error', io.errnoException(ev.error));
  }
};

// The reactor of the new process has no socket for us: listen again.
Server.prototype._onRestart = function (now) {
  if (this._closing || this._listenSpec === null) return;
  // Bound while re-running the turn a crash cut short: already live here.
  if (this._boundIn === now) return;
  io.unregister(this._id);
  this._bind(this._listenSpec, true);
};

Server.prototype.close = function (cb) {
  if (this._id === null || this._closing) {
    if (typeof cb === 'function') {
      var self = this;
      process.nextTick(function () { cb.call(self, new Error('Not running')); });
    }
    return this;
  }
  if (typeof cb === 'function') this.once('close', cb);
  this._closing = true;
  io.submit({ op: 'listenerClose', id: this._id });
  io.unregister(this._id);
  if (typeof this._address === 'string') {
    // As libuv does when it closes a pipe server: the path goes at once.
    try { host('fsUnlink', this._address); } catch (_) { /* already gone */ }
  }
  this._address = null;
  this._listenSpec = null;
  this._closeWaiting = true;
  this._maybeEmitClose();
  return this;
};

Server.prototype._maybeEmitClose = function () {
  if (!this._closeWaiting || this._connections > 0) return;
  this._closeWaiting = false;
  this._id = null;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

// v0.12 keeps these for child_process handle passing; nothing to do here.
Server.prototype._setupSlave = function () {};
