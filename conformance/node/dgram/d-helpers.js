'use strict';
// Network steps that survive a persha restart. A UDP socket alive at a
// restart reports 'ERESTARTED' and closes; the step it belongs to is then
// run again from its start. Everything a step prints must be the same on
// every run of it (crash mode drops repeated lines), so steps print no
// ports or timings.
//
//   step(function (t) { ...; t.done(); }, next)
//
// t.socket(type|options): a dgram socket of this attempt. Its 'ERESTARTED'
//   error restarts the step; once the attempt is over, its events are
//   dropped, so a test's listeners never see a stale socket.
// t.cb(fn): a callback of this attempt (dropped once the attempt is over; an
//   'ERESTARTED' error passed to it restarts the step).
// t.timeout(fn, ms): a timer of this attempt.
// t.done(): closes what is still open and goes on with `next`.
// t.memo: an object shared by all attempts of the step.

var dgram = require('dgram');

function Attempt(onRestart, onDone) {
  this.live = true;
  this.failed = false;
  this.sockets = [];
  this.timers = [];
  this._onRestart = onRestart;
  this._onDone = onDone;
}

Attempt.prototype.socket = function (type, listener) {
  var t = this;
  var s = dgram.createSocket(type);
  var emit = s.emit;
  s.emit = function (ev, arg) {
    if (ev === 'error' && arg && arg.code === 'ERESTARTED') {
      t.restart();
      return true;
    }
    return t._guard(emit, this, arguments);
  };
  if (listener) s.on('message', listener);
  this.sockets.push(s);
  return s;
};

Attempt.prototype.cb = function (fn) {
  var t = this;
  return function (err) {
    if (err && err.code === 'ERESTARTED') {
      t.restart();
      return;
    }
    return t._guard(fn, this, arguments);
  };
};

// Runs fn for this attempt. A turn re-run after a crash acts on sockets
// that died with the old process, so an assertion about what the OS said
// may fail there; the restart that reveals it comes on the next turn. So a
// failure ends the attempt, and is thrown only if no restart follows.
Attempt.prototype._guard = function (fn, self, args) {
  if (!this.live || this.failed) return false;
  try {
    return fn.apply(self, args);
  } catch (e) {
    this.failed = true;
    var t = this;
    setTimeout(function () {
      if (t.live) throw e;
    }, 0);
    return false;
  }
};

Attempt.prototype.timeout = function (fn, ms) {
  var timer = setTimeout(this.cb(fn), ms);
  this.timers.push(timer);
  return timer;
};

Attempt.prototype._end = function () {
  this.live = false;
  this.timers.forEach(clearTimeout);
  this.sockets.forEach(function (s) {
    try {
      s.close();
    } catch (e) {
      // Already closed (by the test, or by the restart).
    }
  });
};

Attempt.prototype.restart = function () {
  if (!this.live) return;
  this._end();
  process.nextTick(this._onRestart);
};

Attempt.prototype.done = function () {
  if (!this.live) return;
  this._end();
  process.nextTick(this._onDone);
};

exports.step = function (body, next) {
  var memo = {}; // shared by the attempts of this step
  function run() {
    var t = new Attempt(run, next || function () {});
    t.memo = memo;
    t._guard(body, null, [t]);
  }
  run();
};

// Steps one after another, then `done`.
exports.steps = function (list, done) {
  var i = 0;
  (function go() {
    if (i === list.length) {
      if (done) done();
      return;
    }
    exports.step(list[i++], go);
  })();
};

// Whether this machine has an IPv6 loopback (::1) for UDP.
exports.haveIPv6 = function (t, cb) {
  var s = t.socket('udp6');
  s.once('error', t.cb(function () { cb(false); }));
  s.bind(0, '::1', t.cb(function () {
    s.close();
    cb(true);
  }));
};
