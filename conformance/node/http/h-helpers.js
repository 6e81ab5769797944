// Helpers shared by the http tests (test-*.js); not a test itself.
//
// Crash mode kills a test at random moments and restarts it. A restart
// keeps servers listening, but every connection open at the kill is gone:
// its socket reports an error with code 'ERESTARTED' (a client request's
// 'error', a server's 'clientError'). So each scenario runs as a step that
// can be retried: `run([step, ...])` calls `step(t)`; the step makes its
// servers, requests and sockets through `t`, prints with `t.log` and calls
// `t.done()` at its end. When anything of the step reports ERESTARTED, the
// attempt is dropped (its objects lose their listeners and are destroyed,
// its servers closed) and the step runs again from the start. A step
// prints the same lines on every attempt, so the transcript, with repeated
// lines dropped, stays that of an uninterrupted run.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

function isRestart(err) {
  return !!err && err.code === 'ERESTARTED';
}

function noop() {}

function Attempt(runner, name, n) {
  this.name = name;
  this.n = n;
  this.runner = runner;
  this.stale = false; // dropped, or finished: its events no longer count
  this.servers = [];
  this.emitters = []; // requests and sockets
  this.agents = [];
  this.timers = [];
}

// Print a line, unless this attempt is stale.
Attempt.prototype.log = function () {
  if (this.stale) return;
  console.log.apply(console, arguments);
};

// `fn`, made to do nothing once the attempt is stale.
Attempt.prototype.cb = function (fn) {
  var self = this;
  return function () {
    if (self.stale) return undefined;
    return fn.apply(this, arguments);
  };
};

// The step failed because of a restart: run it again.
Attempt.prototype.restarted = function () {
  if (this.stale) return;
  this.stale = true;
  var runner = this.runner;
  this._cleanup(function () { runner._start(); });
};

Attempt.prototype.done = function () {
  if (this.stale) return;
  this.stale = true;
  var runner = this.runner;
  this._cleanup(function () { runner._next(); });
};

Attempt.prototype._cleanup = function (then) {
  this.timers.forEach(function (tm) { clearTimeout(tm); });
  this.emitters.forEach(function (e) {
    // Nothing the step listens to may run now: strip it, keep errors quiet.
    e.removeAllListeners();
    e.on('error', noop);
    if (e.res) {
      e.res.removeAllListeners();
      e.res.on('error', noop);
      e.res.resume();
    }
    if (typeof e.abort === 'function') e.abort();
    else if (typeof e.destroy === 'function') e.destroy();
  });
  this.agents.forEach(function (a) { a.destroy(); });
  var left = this.servers.length;
  if (left === 0) {
    process.nextTick(then);
    return;
  }
  this.servers.forEach(function (s) {
    ['request', 'checkContinue', 'upgrade', 'connect', 'timeout', 'listening'].forEach(function (ev) {
      s.removeAllListeners(ev);
    });
    s._sockets.forEach(function (sock) { sock.destroy(); });
    var finish = function () {
      if (--left === 0) then();
    };
    if (s.address() === null) {
      process.nextTick(finish); // never listened, or closed already
    } else {
      s.close(finish);
    }
  });
};

// An emitter of the step (request, socket): ERESTARTED retries the step;
// an error nobody else listens for fails the test.
Attempt.prototype.track = function (e) {
  var self = this;
  this.emitters.push(e);
  e.on('error', function (err) {
    if (isRestart(err)) {
      self.restarted();
      return;
    }
    if (!self.stale && e.listeners('error').length === 1) throw err;
  });
  return e;
};

Attempt.prototype.server = function (listener) {
  var s = http.createServer(listener);
  this._server(s);
  return s;
};

Attempt.prototype.netServer = function (listener) {
  var s = net.createServer(listener);
  this._server(s);
  return s;
};

Attempt.prototype._server = function (s) {
  var self = this;
  this.servers.push(s);
  s._sockets = [];
  s.on('connection', function (sock) {
    s._sockets.push(sock);
    sock.on('close', function () {
      var i = s._sockets.indexOf(sock);
      if (i !== -1) s._sockets.splice(i, 1);
    });
    // A plain net server's connection: nobody else may listen for errors.
    if (!(s instanceof http.Server)) self.track(sock);
  });
  s.on('clientError', function (err) {
    if (isRestart(err)) self.restarted();
  });
  s.on('error', function (err) {
    if (isRestart(err)) self.restarted();
    else if (!self.stale && s.listeners('error').length === 1) throw err;
  });
};

// Listen on an ephemeral loopback port; cb(port).
Attempt.prototype.listen = function (server, cb) {
  var self = this;
  server.listen(0, '127.0.0.1', function () {
    if (!self.stale) cb(server.address().port);
  });
};

Attempt.prototype.request = function (options, cb) {
  return this.track(http.request(options, cb && this.cb(cb)));
};

Attempt.prototype.get = function (options, cb) {
  var req = this.request(options, cb);
  req.end();
  return req;
};

Attempt.prototype.connect = function (port, cb) {
  return this.track(net.connect(port, '127.0.0.1', cb && this.cb(cb)));
};

Attempt.prototype.agent = function (options) {
  var a = new http.Agent(options);
  this.agents.push(a);
  return a;
};

Attempt.prototype.setTimeout = function (fn, ms) {
  var tm = setTimeout(this.cb(fn), ms);
  this.timers.push(tm);
  return tm;
};

// Read a readable to its end as a string: cb(body).
Attempt.prototype.body = function (stream, cb) {
  var chunks = [];
  stream.on('data', function (d) { chunks.push(typeof d === 'string' ? new Buffer(d) : d); });
  stream.on('end', this.cb(function () { cb(Buffer.concat(chunks).toString()); }));
};

function Runner(steps) {
  this.steps = steps;
  this.index = 0;
  this.attempts = 0;
  this.current = null;
}

Runner.prototype._start = function () {
  var step = this.steps[this.index];
  this.attempts++;
  var t = this.current = new Attempt(this, step.name, this.attempts);
  step(t);
};

Runner.prototype._next = function () {
  this.index++;
  this.attempts = 0;
  if (this.index < this.steps.length) this._start();
  else this.current = null;
};

// Run the steps one after another.
function run(steps) {
  var runner = new Runner(steps);
  process.on('uncaughtException', function (err) {
    // A restart error some emitter of the step had no listener for.
    if (isRestart(err) && runner.current) {
      runner.current.restarted();
      return;
    }
    console.error(err && err.stack || err);
    process.exit(1);
  });
  process.on('exit', function (code) {
    if (code === 0) assert.strictEqual(runner.index, steps.length, 'a step never finished');
  });
  runner._start();
}

exports.run = run;
exports.isRestart = isRestart;

// Send `raw` on a new connection of the step and collect everything until
// the server closes; cb(text). Returns the socket.
exports.rawExchange = function rawExchange(t, port, raw, cb) {
  var sock = t.connect(port, function () { sock.write(raw); });
  var got = '';
  sock.setEncoding('utf8');
  sock.on('data', function (d) { got += d; });
  sock.on('end', t.cb(function () { cb(got); }));
  return sock;
};
