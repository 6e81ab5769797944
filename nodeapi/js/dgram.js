'use strict';
// dgram as documented for Node v0.12: UDP sockets ('udp4', 'udp6') over the
// I/O reactor (internal/io.js, nodeapi/src/io/udp.rs).
//
// Binding is an act (`udpBind`): the port or the error is known in the turn
// and journaled. Datagrams arrive as 'io' events (journaled turns); sends
// leave once the turn that made them is durable, and a send's callback runs
// when the reactor reports the datagram sent. Socket options are acts too,
// so their errors are thrown at once, as v0.12 throws them.
//
// What persha adds is what happens at a restart: a socket that was bound
// before the stop is gone, so it emits an 'error' with code 'ERESTARTED'
// (`recv ERESTARTED ...`, `err.restarted === true`) and then 'close'; sends
// still waiting for their callback get the same kind of error. (A socket
// bound by the turn in flight at the crash is bound again when that turn
// is re-run, and simply lives on.)
//
// Absent: cluster's shared sockets (`exclusive` is accepted and ignored)
// and binding to an inherited handle.

var EventEmitter = require('events').EventEmitter;
var util = require('util');
var Buffer = require('buffer').Buffer;
var dns = require('dns');
var io = require('internal/io');
var host = internal.host;

var UNBOUND = 0;
var BINDING = 1;
var BOUND = 2;

function familyOf(type) {
  return type === 'udp6' ? 6 : 4;
}

function errno(code, syscall) {
  return io.errnoException({ code: code, syscall: syscall });
}

function Socket(type, listener) {
  EventEmitter.call(this);
  var options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
  }
  if (type !== 'udp4' && type !== 'udp6') {
    throw new Error('Bad socket type specified. Valid types are: udp4, udp6');
  }
  this.type = type;
  this.fd = null; // v0.12 compatibility: -42 once bound
  this._id = null; // the reactor's socket, from the bind on
  this._closed = false; // v0.12's `_handle === null`
  this._bindState = UNBOUND;
  this._address = null;
  this._refed = true;
  this._sendQueue = null; // sends made before the bind completed
  this._pending = Object.create(null); // seq -> send waiting for its callback
  this._pendingCount = 0;
  this._nextSeq = 1;
  this._reuseAddr = !!(options && options.reuseAddr);
  if (typeof listener === 'function') this.on('message', listener);
}
util.inherits(Socket, EventEmitter);
exports.Socket = Socket;

exports.createSocket = function (type, listener) {
  return new Socket(type, listener);
};

Socket.prototype._healthCheck = function () {
  if (this._closed) throw new Error('Not running');
};

// v0.12 resolves every address with dns.lookup in the socket's family, so
// even an IP literal binds or sends on a later tick.
Socket.prototype._lookup = function (address, callback) {
  var family = familyOf(this.type);
  if (!address) address = family === 4 ? '0.0.0.0' : '::0';
  dns.lookup(address, family, callback);
};

Socket.prototype.bind = function (port, address) {
  this._healthCheck();
  if (this._bindState !== UNBOUND) throw new Error('Socket is already bound');
  this._bindState = BINDING;
  var last = arguments[arguments.length - 1];
  if (typeof last === 'function') this.once('listening', last);
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else if (typeof address === 'function') {
    address = '';
  }
  port = (Number(port) || 0) & 0xffff;
  var self = this;
  this._lookup(address, function (err, ip, family) {
    if (err) {
      self._bindState = UNBOUND;
      self.emit('error', err);
      return;
    }
    if (self._closed) return; // closed while resolving
    self._bindNow(ip, family, port);
  });
  return this;
};

Socket.prototype._bindNow = function (ip, family, port) {
  var err;
  if (family !== familyOf(this.type)) {
    // An address of the other family: libuv refuses it (EINVAL).
    err = errno('EINVAL', 'bind');
  } else {
    var id = io.newId();
    var self = this;
    try {
      this._address = io.bind(function () {
        return host('udpBind', id, self.type, ip, port, self._reuseAddr);
      });
      this._boundIn = this._address.instance;
      this._id = id;
    } catch (e) {
      err = io.fromHostError(e);
    }
  }
  if (err) {
    err.address = ip;
    err.port = port;
    this._bindState = UNBOUND;
    this.emit('error', err);
    return;
  }
  io.register(this._id, this);
  this._bindState = BOUND;
  this.fd = -42;
  this._updateRef();
  this.emit('listening');
};

Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
  if (typeof buffer === 'string') buffer = new Buffer(buffer);
  if (!Buffer.isBuffer(buffer)) throw new TypeError('First argument must be a buffer or string.');
  offset = offset | 0;
  if (offset < 0) throw new RangeError('Offset should be >= 0');
  if ((length === 0 && offset > buffer.length) || (length > 0 && offset >= buffer.length)) {
    throw new RangeError('Offset into buffer too large');
  }
  length = length | 0;
  if (length < 0) throw new RangeError('Length should be >= 0');
  if (offset + length > buffer.length) throw new RangeError('Offset + length beyond buffer length');
  port = port | 0;
  if (port <= 0 || port > 65535) throw new RangeError('Port should be > 0 and < 65536');
  if (typeof callback !== 'function') callback = undefined;
  this._healthCheck();

  if (this._bindState === UNBOUND) this.bind(0, null);
  if (this._bindState !== BOUND) {
    // Bound on a later tick: send once it is.
    if (!this._sendQueue) {
      this._sendQueue = [];
      this.once('listening', function () {
        var q = this._sendQueue || [];
        this._sendQueue = null;
        for (var i = 0; i < q.length; i++) this.send.apply(this, q[i]);
      });
    }
    this._sendQueue.push([buffer, offset, length, port, address, callback]);
    return;
  }

  var self = this;
  // The bytes as they are now: the program may reuse its buffer.
  var start = buffer.byteOffset + offset;
  var data = new Uint8Array(buffer.buffer.slice(start, start + length));
  this._lookup(address, function (err, ip, family) {
    if (err) {
      if (callback) callback(err);
      self.emit('error', err);
      return;
    }
    if (self._closed) return; // v0.12 drops a send whose socket closed meanwhile
    if (family !== familyOf(self.type)) {
      if (callback) {
        var ex = errno('EINVAL', 'send');
        process.nextTick(function () { callback(ex); });
      }
      return;
    }
    var req = { op: 'udpSend', id: self._id, data: data, address: ip, port: port };
    if (callback) {
      req.seq = self._nextSeq++;
      self._pending[req.seq] = { callback: callback, length: length };
      self._pendingCount++;
      self._updateRef();
    }
    io.submit(req);
  });
};

Socket.prototype.close = function (callback) {
  if (typeof callback === 'function') this.on('close', callback);
  this._healthCheck();
  this._closed = true;
  this._sendQueue = null;
  if (this._id !== null) {
    // Sends made before the close still leave (the reactor keeps their
    // order); their callbacks run when they are answered.
    io.submit({ op: 'udpClose', id: this._id });
    this._settle();
  }
  this.emit('close');
  return this;
};

// Forget the socket once it is closed and no send awaits its answer.
Socket.prototype._settle = function () {
  if (this._closed && this._pendingCount === 0) io.unregister(this._id);
  else this._updateRef();
};

Socket.prototype._updateRef = function () {
  if (this._id === null) return;
  // Sends awaiting their callback keep the program alive, as libuv's
  // requests do, even on an unref'd or closed socket.
  io.setRef(this._id, (this._refed && !this._closed) || this._pendingCount > 0);
};

Socket.prototype._onIo = function (ev) {
  switch (ev.kind) {
    case 'message':
      if (this._closed) return;
      this.emit('message', new Buffer(ev.data), {
        address: ev.address,
        family: ev.family,
        port: ev.port,
        size: ev.size
      });
      break;
    case 'sent':
      var p = this._pending[ev.seq];
      if (!p) return;
      delete this._pending[ev.seq];
      this._pendingCount--;
      this._settle();
      p.callback(ev.error ? io.errnoException(ev.error) : null, p.length);
      break;
    case 'error':
      if (!this._closed) this.emit('error', io.errnoException(ev.error));
      break;
  }
};

// After a restart the socket is gone, unless the turn that bound it was
// re-run (it had not completed before the crash): then this process bound
// it again and it lives on.
Socket.prototype._onRestart = function (now) {
  var id = this._id;
  if (this._boundIn === now) return;
  io.unregister(id);
  var pending = this._pending;
  this._pending = Object.create(null);
  this._pendingCount = 0;
  var wasOpen = !this._closed;
  this._closed = true;
  this._sendQueue = null;
  var self = this;
  process.nextTick(function () {
    if (wasOpen) {
      self.emit('error', io.restartError('recv'));
      self.emit('close');
    }
    Object.keys(pending).forEach(function (seq) {
      pending[seq].callback(io.restartError('send'), pending[seq].length);
    });
  });
};

Socket.prototype.address = function () {
  this._healthCheck();
  if (this._bindState !== BOUND) throw errno('EINVAL', 'getsockname');
  var a = this._address;
  return { address: a.address, family: a.family, port: a.port };
};

Socket.prototype._option = function (name, a, b) {
  try {
    host('udpOption', this._id === null ? -1 : this._id, name, a, b);
  } catch (e) {
    // A bound, open socket unknown to this process died with an earlier
    // one (we are re-running the turn a crash cut short): the restart that
    // follows reports it, so the option is moot.
    if (e.code === 'EBADF' && this._bindState === BOUND) return;
    throw io.fromHostError(e);
  }
};

Socket.prototype.setBroadcast = function (arg) {
  this._healthCheck();
  this._option('setBroadcast', !!arg);
};

Socket.prototype.setTTL = function (arg) {
  this._healthCheck();
  if (typeof arg !== 'number') throw new TypeError('Argument must be a number');
  // libuv's range: a hop limit of 0 is no TTL.
  if (arg < 1 || arg > 255) throw errno('EINVAL', 'setTTL');
  this._option('setTTL', arg);
  return arg;
};

Socket.prototype.setMulticastTTL = function (arg) {
  this._healthCheck();
  if (typeof arg !== 'number') throw new TypeError('Argument must be a number');
  if (arg < 0 || arg > 255) throw errno('EINVAL', 'setMulticastTTL');
  this._option('setMulticastTTL', arg);
  return arg;
};

Socket.prototype.setMulticastLoopback = function (arg) {
  this._healthCheck();
  this._option('setMulticastLoopback', !!arg);
  return arg;
};

Socket.prototype.addMembership = function (multicastAddress, interfaceAddress) {
  this._healthCheck();
  if (!multicastAddress) throw new Error('multicast address must be specified');
  this._option('addMembership', String(multicastAddress), interfaceAddress ? String(interfaceAddress) : undefined);
};

Socket.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
  this._healthCheck();
  if (!multicastAddress) throw new Error('multicast address must be specified');
  this._option('dropMembership', String(multicastAddress), interfaceAddress ? String(interfaceAddress) : undefined);
};

io.refMethods(Socket.prototype);
