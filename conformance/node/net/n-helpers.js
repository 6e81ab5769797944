// Network steps that survive crash injection. A kill -9 in the middle of an
// exchange makes the step's live sockets fail with 'ERESTARTED' after the
// restart (their servers listen again by themselves): the step then closes
// what it opened and runs again from the start. Lines it printed in the
// first attempt are printed again, and the runner drops repeated lines.
'use strict';

function Attempt(run, next) {
  this.stale = false;
  this._run = run;
  this._next = next;
  this._servers = [];
  this._sockets = [];
}

// A server to close if the step must run again.
Attempt.prototype.server = function (s) {
  this._servers.push(s);
  return s;
};

// A socket whose restart error means "run the step again"; any other error
// is the test's failure.
Attempt.prototype.socket = function (sock) {
  var self = this;
  this._sockets.push(sock);
  sock.on('error', function (err) {
    if (self.stale) return;
    if (err && err.code === 'ERESTARTED') return self._retry();
    throw err;
  });
  return sock;
};

// Whether `err` is a restart that made the step run again.
Attempt.prototype.restarted = function (err) {
  if (err && err.code === 'ERESTARTED') {
    this._retry();
    return true;
  }
  return false;
};

Attempt.prototype._retry = function () {
  if (this.stale) return;
  this.stale = true;
  this._sockets.forEach(function (s) { s.destroy(); });
  this._servers.forEach(function (s) {
    try { s.close(); } catch (_) { /* already closed */ }
  });
  var run = this._run;
  setTimeout(run, 10);
};

Attempt.prototype.done = function () {
  if (this.stale) return;
  this.stale = true;
  this._next();
};

// Run `steps` (functions of an Attempt) one after another.
exports.steps = function (steps) {
  var i = 0;
  function next() {
    if (i >= steps.length) return;
    var step = steps[i++];
    function run() {
      step(new Attempt(run, next));
    }
    run();
  }
  next();
};
