'use strict';
// The `process` object: an EventEmitter filled in from the host's start event
// (nothing host-derived exists before it). Also owns the nextTick queue and
// the uncaught-exception path that every callback runs under.

var EventEmitter = require('events');
var errors = require('internal/errors');
var host = internal.host;

function Process() {
  EventEmitter.call(this);
}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
Object.defineProperty(Process.prototype, 'constructor', {
  value: Process, writable: true, configurable: true, enumerable: false
});
Object.defineProperty(Process, 'name', { value: 'process', configurable: true });

var process = new Process();
module.exports = process;

process.title = 'persha';
process.version = 'v0.12.18';
// The versions of Node v0.12.18 that persha presents itself as.
process.versions = {
  http_parser: '2.3', node: '0.12.18', v8: '3.28.71.20', uv: '1.6.1',
  zlib: '1.2.8', modules: '14'
};
process.config = { target_defaults: {}, variables: {} };
process.argv = [];
process.execArgv = [];
process.env = {};
process.execPath = '';
process.pid = 0;
process.platform = '';
process.arch = '';
process.exitCode = undefined;
process._exiting = false;
process.features = {
  debug: false, uv: true, ipv6: true, tls_npn: false, tls_sni: false, tls_ocsp: false,
  tls: false
};

var cwd = '/';
var startTime = 0;

// Called by internal/main.js with the start event.
internal.setupProcess = function (start) {
  process.argv = Array.isArray(start.argv) ? start.argv.slice() : [];
  process.execPath = start.execPath || '';
  var env = {};
  if (start.env && typeof start.env === 'object') {
    Object.keys(start.env).forEach(function (k) { env[k] = String(start.env[k]); });
  }
  process.env = env;
  cwd = start.cwd || '/';
  process.pid = start.pid || 0;
  process.platform = start.platform || 'linux';
  process.arch = start.arch || 'x64';
  startTime = start.now;
  // What `tty` answers for fds 0-2 (and the stdout/stderr isTTY below).
  internal.ttyFacts = {
    fds: [!!start.stdinIsTTY, !!start.stdoutIsTTY, !!start.stderrIsTTY],
    columns: start.columns,
    rows: start.rows
  };
  setupStream(process.stdout, !!start.stdoutIsTTY, start.columns, start.rows);
  setupStream(process.stderr, !!start.stderrIsTTY, start.columns, start.rows);
};

process.cwd = function cwdFn() {
  return cwd;
};

process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw new TypeError('Bad argument.');
  var target = require('path').resolve(cwd, directory);
  var st = host('stat', target); // throws ENOENT like Node
  if (st.type !== 'directory') {
    var err = new Error('ENOTDIR, not a directory');
    err.code = 'ENOTDIR';
    err.errno = 27;
    err.syscall = 'chdir';
    throw err;
  }
  cwd = target;
};

process.hrtime = function hrtime(prev) {
  var t = host('hrtime');
  var sec = t[0], nsec = t[1];
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      throw new TypeError('process.hrtime() only accepts an Array tuple.');
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
};

process.uptime = function uptime() {
  return (host('clock') - startTime) / 1000;
};

// rss is the host's resident set; heapTotal/heapUsed are an upper bound (see
// nodeapi/src/ops/procinfo.rs: engine heaps are not measurable neutrally).
process.memoryUsage = function memoryUsage() {
  var m = host('memoryUsage');
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed };
};

// The mask is read from the host once, then kept in the heap: setting it is
// remembered by the program (and replayed), not applied to the host process.
var umaskValue = null;
process.umask = function umask(mask) {
  if (umaskValue === null) umaskValue = host('umask');
  var old = umaskValue;
  if (mask !== undefined) {
    if (typeof mask === 'string') mask = parseInt(mask, 8);
    if (typeof mask !== 'number' || mask !== mask) {
      throw new TypeError('argument must be an integer or octal string.');
    }
    umaskValue = mask & 511;
  }
  return old;
};

var SIGNALS = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20,
  SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26,
  SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPWR: 30, SIGSYS: 31
};

function errnoError(code, syscall) {
  var err = new Error(syscall + ' ' + code);
  err.code = err.errno = code;
  err.syscall = syscall;
  return err;
}

// persha cannot signal other processes (that would be an unjournaled effect):
// kill() of another pid fails with EPERM. Signalling itself delivers the
// signal to its process listeners on a later turn; without listeners the
// default action ends the program (exit code 128 + signal number), as the
// OS would; signal 0 only checks that the process exists.
process.kill = function kill(pid, sig) {
  if (pid != pid) throw new TypeError('invalid pid'); // eslint-disable-line eqeqeq
  var num, name;
  if (sig === undefined) sig = 'SIGTERM';
  if (sig === 0) {
    num = 0;
  } else if (typeof sig === 'number') {
    num = sig;
    name = Object.keys(SIGNALS).filter(function (k) { return SIGNALS[k] === sig; })[0];
    if (!name) throw new Error('Unknown signal: ' + sig);
  } else if (Object.prototype.hasOwnProperty.call(SIGNALS, sig)) {
    name = sig;
    num = SIGNALS[sig];
  } else {
    throw new Error('Unknown signal: ' + sig);
  }
  if (+pid !== process.pid && +pid !== 0) throw errnoError('EPERM', 'kill');
  if (num === 0) return true;
  require('timers').setImmediate(function () {
    if (EventEmitter.listenerCount(process, name) > 0) {
      process.emit(name);
    } else if (name !== 'SIGCHLD' && name !== 'SIGWINCH' && name !== 'SIGURG' &&
               name !== 'SIGCONT') {
      process.reallyExit(128 + num);
    }
  });
  return true;
};

// Node aborts with a core dump; persha ends the program with SIGABRT's code.
process.abort = function abort() {
  writeStderr('persha: process.abort() called\n');
  process.reallyExit(134);
};

// ---- stdout / stderr -------------------------------------------------------------

// Writable streams (stream.Writable) whose _write() writes synchronously
// through the host, as Node's stdout/stderr block on files, TTYs and pipes.
var Writable = require('internal/stream/writable');

function WriteStream(fd) {
  Writable.call(this, { decodeStrings: false });
  this.fd = fd;
  this.readable = false;
  this._type = 'pipe';
  this._isStdio = true;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);

WriteStream.prototype.write = function write(chunk, encoding, cb) {
  // A program that died of an uncaught exception says nothing more (promise
  // jobs may still run before the host sees the exit).
  if (internal.exited !== null) return true;
  if (typeof chunk !== 'string') {
    if (!chunk || !ArrayBuffer.isView(chunk)) throw new TypeError('invalid data');
    var B = globalThis.Buffer;
    if (!(B && typeof B.isBuffer === 'function' && B.isBuffer(chunk))) {
      chunk = utf8Decode(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
  }
  return Writable.prototype.write.call(this, chunk, encoding, cb);
};

WriteStream.prototype._write = function _write(chunk, encoding, cb) {
  if (typeof chunk !== 'string') {
    chunk = chunk.toString();
  } else if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && globalThis.Buffer) {
    chunk = new globalThis.Buffer(chunk, encoding).toString();
  }
  if (internal.exited === null) host('write', this.fd, chunk);
  cb();
};

// Plain Uint8Array → string (until Buffer exists).
function utf8Decode(bytes) {
  var s = '';
  for (var i = 0; i < bytes.length; i++) s += '%' + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return String.fromCharCode.apply(null, Array.prototype.slice.call(bytes));
  }
}

WriteStream.prototype.end = function end(chunk, encoding, cb) {
  // Like Node: the standard streams cannot be closed.
  var err = new Error('process.' + (this.fd === 1 ? 'stdout' : 'stderr') + ' cannot be closed.');
  throw err;
};

WriteStream.prototype.destroy = WriteStream.prototype.destroySoon = function () {
  throw new Error('process.' + (this.fd === 1 ? 'stdout' : 'stderr') + ' cannot be closed.');
};

// A terminal's stream is a tty.WriteStream, as in Node.
function setupStream(stream, isTTY, columns, rows) {
  if (isTTY) {
    Object.setPrototypeOf(stream, require('tty').WriteStream.prototype);
    stream.isTTY = true;
    stream._type = 'tty';
    if (typeof columns === 'number') stream.columns = columns;
    if (typeof rows === 'number') stream.rows = rows;
  } else {
    Object.setPrototypeOf(stream, WriteStream.prototype);
    stream._type = 'pipe';
    delete stream.isTTY;
    delete stream.columns;
    delete stream.rows;
  }
}

process.stdout = new WriteStream(1);
process.stderr = new WriteStream(2);
Object.defineProperty(process, 'stdin', {
  get: function () { return require('internal/stdin').get(); },
  enumerable: true, configurable: true
});
internal.WriteStream = WriteStream;

// ---- nextTick --------------------------------------------------------------------

var tickQueue = [];

process.nextTick = function nextTick(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError('callback is not a function');
  }
  if (process._exiting) return;
  var args = arguments.length > 1 ? Array.prototype.slice.call(arguments, 1) : null;
  tickQueue.push({ callback: callback, args: args });
};

// Run the queue until empty (ticks queued by ticks run too); true if any ran.
// One entry is taken at a time, so an interrupted turn keeps the rest.
internal.drainTicks = function drainTicks() {
  var ran = false;
  while (tickQueue.length && internal.exited === null) {
    var tick = tickQueue.shift();
    ran = true;
    try {
      tick.callback.apply(undefined, tick.args || []);
    } catch (e) {
      internal.handleUncaught(e);
    }
  }
  if (internal.exited !== null) tickQueue.length = 0;
  return ran;
};

internal.hasTicks = function () {
  return tickQueue.length > 0;
};

// Run one callback the way the event loop does: an exception is uncaught,
// then the nextTick queue drains. Returns 'ok', 'threw' or 'exit'.
internal.runCallback = function runCallback(fn, thisArg, args) {
  var status = 'ok';
  try {
    fn.apply(thisArg, args || []);
  } catch (e) {
    internal.handleUncaught(e);
    status = 'threw';
  }
  if (internal.exited === null) internal.drainTicks();
  return internal.exited !== null ? 'exit' : status;
};

// ---- exit and uncaught exceptions ----------------------------------------------

// Set once the program has ended: its exit code (reported by loop state).
internal.exited = null;

function emitExit(code) {
  if (process._exiting) return code;
  process._exiting = true;
  try {
    process.emit('exit', code);
  } catch (e) {
    if (errors.isExit(e)) return internal.exited;
    writeStderr(errors.stackOf(e) + '\n');
    return 1;
  }
  return code;
}

function writeStderr(s) {
  try {
    host('write', 2, s);
  } catch (_) { /* nothing left to report to */ }
}

process.exit = function exit(code) {
  if (internal.exited !== null) throw errors.EXIT;
  if (code || code === 0) process.exitCode = code;
  var c = emitExit(process.exitCode || 0);
  if (internal.exited === null) internal.exited = c;
  host('exit', internal.exited);
  throw errors.EXIT;
};

process.reallyExit = function reallyExit(code) {
  if (internal.exited === null) internal.exited = code || 0;
  host('exit', internal.exited);
  throw errors.EXIT;
};

// The program ran out of work (after 'beforeExit'): emit 'exit' once.
internal.finishProgram = function () {
  if (internal.exited !== null) return;
  var code = emitExit(process.exitCode || 0);
  if (internal.exited === null) internal.exited = code;
};

// Where a thrown value nobody caught goes: the REPL (which prints it and goes
// on), else process 'uncaughtException' listeners, else the program dies
// like Node: 'exit' is emitted with 1, then the stack goes to stderr.
internal.handleUncaught = function handleUncaught(err) {
  if (errors.isExit(err) || internal.exited !== null) return;
  if (typeof internal.replOnError === 'function') {
    try {
      internal.replOnError(err);
      return;
    } catch (e) {
      if (errors.isExit(e)) return;
      err = e;
    }
  }
  if (EventEmitter.listenerCount(process, 'uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err);
      return;
    } catch (e) {
      if (errors.isExit(e)) return;
      err = e; // a throwing handler is fatal
    }
  }
  fatal(err);
};

function fatal(err) {
  process.exitCode = 1;
  var code = emitExit(1);
  if (internal.exited !== null) return; // an 'exit' listener called exit()
  writeStderr(errors.stackOf(err) + '\n');
  internal.exited = code || 1;
}
