'use strict';
// The JavaScript side of the I/O reactor (nodeapi/src/io): the table of
// live handles (servers, sockets, UDP sockets, lookups in flight) by id.
//
// Requests go out with `submit` as effects the host releases after the
// turn commits; the reactor's answers come back as 'io' events that the
// dispatcher hands to `internal.onIo`, which finds the handle by id. All of
// this table lives in the heap; the reactor holds only OS resources, and
// after a restart it holds none: every handle's `_onRestart` then runs
// (servers listen again, connections and UDP sockets report they are gone).

var host = internal.host;

var handles = Object.create(null);
var refed = Object.create(null); // ids of handles that keep the loop alive
var refCount = 0;
var nextId = 1; // the reactor numbers accepted connections from 2^40 up

exports.newId = function () {
  return nextId++;
};

exports.register = function (id, handle) {
  handles[id] = handle;
};

exports.unregister = function (id) {
  delete handles[id];
  exports.setRef(id, false);
};

// Whether the handle `id` keeps the program alive (open and not unref'd).
exports.setRef = function (id, on) {
  if (on && !refed[id]) {
    refed[id] = true;
    refCount++;
  } else if (!on && refed[id]) {
    delete refed[id];
    refCount--;
  }
};

// ref()/unref() for a handle class whose objects keep `_refed` and
// recompute their liveness in `_updateRef()`.
exports.refMethods = function (proto) {
  proto.ref = function () {
    this._refed = true;
    this._updateRef();
    return this;
  };
  proto.unref = function () {
    this._refed = false;
    this._updateRef();
    return this;
  };
};

exports.submit = function (request) {
  host('ioSubmit', request);
};

internal.aliveChecks.push(function () { return refCount > 0; });

internal.onIo = function (ev) {
  var h = handles[ev.id];
  if (h) {
    h._onIo(ev);
  } else if (ev.kind === 'accept' || ev.kind === 'connect') {
    // A connection no one wants any more (its handle died at a restart
    // while the request was in flight): let it go.
    exports.submit({ op: 'tcpClose', id: ev.kind === 'accept' ? ev.conn : ev.id });
  }
};

// This process's reactor (see nodeapi/src/io/mod.rs `instance`), journaled
// like any input. Not cached: the heap outlives the process.
exports.instance = function () {
  return host('ioInstance');
};

// Run `_onRestart(now)` of every handle bound by another process (in id
// order, so servers listen before anything else runs).
function revive(now, all) {
  var ids = Object.keys(handles).map(Number).sort(function (a, b) { return a - b; });
  ids.forEach(function (id) {
    var h = handles[id];
    if (h && (all || (h._boundIn !== undefined && h._boundIn !== null && h._boundIn !== now))) {
      h._onRestart(now);
    }
  });
}

internal.restartHooks.push(function () {
  var now = exports.instance();
  host('ioRevived');
  revive(now, true);
});

// Bind with `act` (a function calling a bind op). In a recovered process a
// bind answers {revive: true} until the old servers listen again (a turn
// re-run after a crash runs before the 'restart' event): bring them back
// first, so that this bind cannot take a port the program already holds.
exports.bind = function (act) {
  var r = act();
  if (r && r.revive === true) {
    host('ioRevived');
    revive(exports.instance(), false);
    r = act();
  }
  return r;
};

// The error a handle reports when a restart took its OS resource away:
// shaped like Node's socket errors (`read ECONNRESET`), with its own code.
exports.restartError = function (syscall) {
  var err = new Error(syscall + ' ERESTARTED (persha restarted; the connection was lost)');
  err.code = 'ERESTARTED';
  err.errno = 'ERESTARTED';
  err.syscall = syscall;
  err.restarted = true;
  return err;
};

// Node v0.12's errnoException for sockets: message `<syscall> <CODE>`,
// `code` and `errno` both the code name. `fields` comes from the reactor.
exports.errnoException = function (fields, extra) {
  var code = fields && fields.code || 'EIO';
  var syscall = fields && fields.syscall || 'unknown';
  var msg = syscall + ' ' + code;
  if (extra) msg += ' ' + extra;
  var err = new Error(msg);
  err.code = code;
  err.errno = code;
  err.syscall = syscall;
  return err;
};

// A host error thrown by an act op (e.g. `listen EADDRINUSE`), as Node's.
exports.fromHostError = function (e) {
  if (!e || typeof e.code !== 'string') return e;
  var err = new Error(e.message);
  err.code = e.code;
  err.errno = e.errno !== undefined ? e.errno : e.code;
  if (e.syscall !== undefined) err.syscall = e.syscall;
  return err;
};

// dns.lookup through the system resolver (getaddrinfo), asynchronously.
// callback(err, [{address, family}...]). A lookup in flight at a restart is
// simply asked again: it has no effect on the world.
function Lookup(hostname, family, callback) {
  this.id = exports.newId();
  this.hostname = hostname;
  this.family = family;
  this.callback = callback;
  exports.register(this.id, this);
  exports.setRef(this.id, true);
  this._send();
}

Lookup.prototype._send = function () {
  exports.submit({ op: 'lookup', id: this.id, host: this.hostname, family: this.family });
};

Lookup.prototype._onIo = function (ev) {
  exports.unregister(this.id);
  if (ev.error) {
    var err = new Error('getaddrinfo ' + ev.error.code + ' ' + this.hostname);
    err.code = ev.error.code;
    err.errno = ev.error.code;
    err.syscall = 'getaddrinfo';
    err.hostname = this.hostname;
    this.callback(err);
  } else {
    this.callback(null, ev.addresses);
  }
};

Lookup.prototype._onRestart = function () {
  this._send();
};

exports.lookup = function (hostname, family, callback) {
  return new Lookup(hostname, family || 0, callback);
};
