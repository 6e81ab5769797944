'use strict';
// Loaded last: makes the engine deterministic, installs Node's globals and
// the three functions the host drives the program with:
//   __persha_dispatch(event)  one input event (one macrotask)
//   __persha_tick()           drain process.nextTick; true if any ran
//   __persha_loop_state()     what the loop waits for, and whether it ended
// Nothing here calls the host at bootstrap; host facts arrive with 'start'.

var g = globalThis;
var determinism = require('internal/determinism');
var errors = require('internal/errors');
var host = internal.host;

determinism.installDate(g);
determinism.installRandom(g);
determinism.removeNondeterministic(g);
errors.installStackTraceApi(g);

internal.loopNow = 0; // the loop's cached time: `now` of the current event
internal.mode = null; // 'repl' | 'script' once started
// Extra liveness sources (servers, stdin readers...) added by later modules:
// functions returning true while they keep the program alive.
internal.aliveChecks = [];
// Handlers for the 'restart' event in script mode (e.g. re-listening).
internal.restartHooks = [];

var process = require('internal/process');
var stdinReader = require('internal/stdin');
require('internal/io');
var timers = require('timers');

function defineGlobal(name, value) {
  Object.defineProperty(g, name, {
    value: value, writable: true, enumerable: true, configurable: true
  });
}

defineGlobal('global', g);
defineGlobal('GLOBAL', g);
defineGlobal('root', g);
defineGlobal('process', process);
defineGlobal('setTimeout', timers.setTimeout);
defineGlobal('clearTimeout', timers.clearTimeout);
defineGlobal('setInterval', timers.setInterval);
defineGlobal('clearInterval', timers.clearInterval);
defineGlobal('setImmediate', timers.setImmediate);
defineGlobal('clearImmediate', timers.clearImmediate);
defineGlobal('console', require('console'));
defineGlobal('Buffer', require('buffer').Buffer);

// ---- the dispatcher ------------------------------------------------------------------

var started = false;
var beforeExitSeen = false;

function onStart(ev) {
  if (started) return;
  started = true;
  internal.setupProcess(ev);
  if (Array.isArray(ev.seed) && ev.seed.length >= 4) determinism.seedRandom(ev.seed);
  var Module = require('module');
  Module._initPaths();
  if (ev.mode === 'repl') {
    internal.mode = 'repl';
    setupReplGlobals(Module);
    var env = process.env;
    require('repl');
    internal.repl.start({
      useColors: !!ev.stdoutIsTTY && !env.NODE_DISABLE_COLORS
    });
  } else {
    internal.mode = 'script';
    Module.runMain(ev.main);
  }
}

// Like Node's REPL: `module` and `require` (resolving from the current
// directory), and core modules as lazily loaded globals (`util`, `path`...).
function setupReplGlobals(Module) {
  var path = require('path');
  var replModule = new Module('<repl>');
  replModule.filename = path.resolve(process.cwd(), 'repl');
  replModule.paths = Module._nodeModulePaths(process.cwd());
  defineGlobal('module', replModule);
  defineGlobal('require', Module._makeRequire(replModule));
  require('repl')._builtinLibs.forEach(function (name) {
    if (!internal.isPublicNative(name) || Object.prototype.hasOwnProperty.call(g, name)) return;
    Object.defineProperty(g, name, {
      get: function () {
        var lib = internal.nativeRequire(name);
        defineGlobal(name, lib);
        return lib;
      },
      set: function (v) {
        defineGlobal(name, v);
      },
      enumerable: false, configurable: true
    });
  });
}

function isRepl() {
  return internal.mode === 'repl';
}

function sigintListeners() {
  return require('events').listenerCount(process, 'SIGINT');
}

function handle(ev) {
  switch (ev.type) {
    case 'start':
      onStart(ev);
      break;
    case 'stdin':
      // The host sends the bytes it read (a line at a time from a terminal).
      if (isRepl()) internal.repl.onData(require('buffer').Buffer(ev.data).toString('utf8'));
      else internal.onStdin(ev.data);
      break;
    case 'stdin-end':
      if (isRepl()) internal.repl.onEnd();
      else internal.onStdinEnd();
      break;
    case 'io':
      internal.onIo(ev);
      break;
    case 'timer':
      internal.timers.runDue(ev.now, internal.runCallback);
      break;
    case 'immediate':
      internal.timers.runImmediates(internal.runCallback);
      break;
    case 'sigint':
      if (isRepl()) internal.repl.onSigint();
      else if (sigintListeners() > 0) process.emit('SIGINT');
      else host('suspend'); // the default action; in persha, suspension
      break;
    case 'interrupted':
      if (isRepl()) internal.repl.onInterrupted();
      else internal.handleUncaught(interruptedError());
      break;
    case 'uncatchable':
      // The engine stopped the turn with an error JavaScript could not catch
      // (e.g. Boa's recursion limit): it is the program's uncaught exception.
      internal.handleUncaught(uncatchableError(ev));
      break;
    case 'restart':
      if (isRepl()) internal.repl.onRestart();
      internal.restartHooks.forEach(function (hook) {
        internal.runCallback(hook, undefined, null);
      });
      break;
    case 'beforeExit':
      beforeExitSeen = true;
      process.emit('beforeExit', process.exitCode || 0);
      break;
    default:
      throw new Error('persha: unknown event type ' + ev.type);
  }
}

// The interrupted code's stack is gone; frames of this dispatcher would only
// mislead, so the error carries none.
function interruptedError() {
  var err = new Error('Script execution was interrupted by SIGINT');
  try {
    Object.defineProperty(err, 'stack', {
      value: 'Error: ' + err.message, writable: true, configurable: true, enumerable: false
    });
  } catch (_) { /* engines with a non-configurable stack keep theirs */ }
  return err;
}

function uncatchableError(ev) {
  var Ctor = typeof g[ev.name] === 'function' ? g[ev.name] : Error;
  var err = new Ctor(ev.message);
  try {
    Object.defineProperty(err, 'stack', {
      value: (ev.name || 'Error') + ': ' + ev.message,
      writable: true, configurable: true, enumerable: false
    });
  } catch (_) { /* engines with a non-configurable stack keep theirs */ }
  return err;
}

function dispatch(ev) {
  if (internal.exited !== null || !ev) return;
  if (!started && ev.type !== 'start') return; // nothing exists before start
  if (typeof ev.now === 'number') internal.loopNow = ev.now;
  try {
    handle(ev);
  } catch (e) {
    if (!errors.isExit(e)) internal.handleUncaught(e);
  }
}

function isAlive() {
  if (isRepl()) return true;
  if (internal.timers.hasRefed() || internal.timers.hasImmediates()) return true;
  if (internal.hasTicks()) return true;
  for (var i = 0; i < internal.aliveChecks.length; i++) {
    if (internal.aliveChecks[i]()) return true;
  }
  return false;
}

function loopState() {
  if (internal.exited === null && started) {
    var alive = isAlive();
    if (!alive && beforeExitSeen) {
      // 'beforeExit' (and its ticks and jobs) scheduled nothing: the end.
      try {
        internal.finishProgram();
      } catch (e) {
        if (!errors.isExit(e)) throw e;
      }
    } else if (alive) {
      beforeExitSeen = false;
    }
  }
  if (internal.exited !== null) {
    return { timer: null, immediate: false, alive: false, stdin: false, sigint: false, exit: internal.exited };
  }
  return {
    timer: internal.timers.nextDue(),
    immediate: internal.timers.hasImmediates(),
    alive: isAlive(),
    stdin: isRepl() || stdinReader.wanted(),
    sigint: isRepl() || sigintListeners() > 0,
    exit: null
  };
}

function tick() {
  if (internal.exited !== null) return false;
  try {
    return internal.drainTicks();
  } catch (e) {
    if (errors.isExit(e)) return false;
    throw e;
  }
}

function hidden(name, value) {
  Object.defineProperty(g, name, {
    value: value, writable: false, enumerable: false, configurable: true
  });
}
hidden('__persha_dispatch', dispatch);
hidden('__persha_tick', tick);
hidden('__persha_loop_state', loopState);
// The bootstrap is over: no more built-in definitions.
delete g.__persha_lazy;
delete g.__persha_load;
