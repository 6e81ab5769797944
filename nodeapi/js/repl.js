'use strict';
// repl as documented for Node v0.12: repl.start() returns a REPLServer, a
// readline Interface over any pair of streams that evaluates each line it
// reads and writes the result (util.inspect by default), `_` holding the
// last one; an incomplete input ('... ') waits for more lines; errors are
// printed with their stack and the session goes on; '.'-commands (.break,
// .clear, .exit, .help, .save, .load and those added by defineCommand).
//
// The command-line REPL (persha -init without a program) is a REPLServer too
// (the end of this file): its input is the host's stdin delivery, its output
// process.stdout, its context the global one.
//
// Differences from Node v0.12:
// - Contexts (useGlobal false) are vm's emulated contexts (see vm.js): the
//   context object inherits from the global object, so globals read through
//   to it (v0.12 copied the global's enumerable properties once) while names
//   the input assigns or declares stay in the context; built-ins are shared;
//   reading a name that exists nowhere gives undefined, not ReferenceError;
//   top-level let/const/class do not outlive their line. With useGlobal the
//   input runs as a global script, as in v0.12.
// - `{ ... }` is tried as an object literal, then as a block (v0.12 only
//   tried the literal). Whether input is incomplete is decided by a scan for
//   open brackets, comments and templates plus the engine's parse error
//   (v0.12 asked V8 for "Unexpected end of input").
// - The continuation prompt is always '... ' (v0.12 added '..' per open
//   block). An unknown '.'-command prints 'Invalid REPL keyword' and the
//   prompt (v0.12 also printed 'undefined'); inside an incomplete input a
//   line starting with '.' that is no command is code (a chained `.then()`).
// - In non-terminal mode 'SIGINT' writes "\n" (v0.12's readline "\r\n").
//   When the input is persha's process.stdin (lines cooked and echoed by the
//   terminal, no raw mode), `terminal` defaults to false and Ctrl-C reaches
//   the REPL as the process's SIGINT.
// - .load feeds the file's lines to the REPL directly (no echo in terminal
//   mode) and does not print a prompt after them; .save writes the lines
//   entered so far without v0.12's indentation.
// - Stack traces leave out persha's own frames.
// - `repl.start()` without arguments is allowed (prompt '> ').

var util = require('util');
var EventEmitter = require('events');
var readline = require('readline');
var errors = require('internal/errors');
var process = require('internal/process');
var host = internal.host;
var Interface = readline.Interface;

// Node v0.12's list of modules the REPL exposes as globals (those persha has).
exports._builtinLibs = ['assert', 'buffer', 'child_process', 'cluster',
  'crypto', 'dgram', 'dns', 'domain', 'events', 'fs', 'http', 'https', 'net',
  'os', 'path', 'punycode', 'querystring', 'readline', 'stream',
  'string_decoder', 'tls', 'tty', 'url', 'util', 'vm', 'zlib', 'smalloc'];

exports.writer = util.inspect;

// What an eval function passes to its callback when the input is incomplete.
function Recoverable(err) {
  this.err = err;
}
util.inherits(Recoverable, SyntaxError);
exports.Recoverable = Recoverable;

function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

// ---- incomplete input ------------------------------------------------------------

function isSyntaxError(e) {
  return e instanceof SyntaxError || (e && e.name === 'SyntaxError');
}

// Could more input complete this code? The bracket/comment/template scan is
// engine-independent; the message patterns catch what it cannot see (e.g.
// `var x =`) on V8 ("Unexpected end of input"), QuickJS and Boa. Contexts
// check syntax with the Function constructor, whose wrapper hides an abrupt
// end from the message on QuickJS: there (`probe`) code that does not parse
// as a function body counts as incomplete when one more identifier would
// make it parse.
function isRecoverable(e, code, probe) {
  if (!isSyntaxError(e)) return false;
  var s = scan(code);
  if (s.mismatch) return false;
  if (s.open) return true;
  if (s.unterminatedString) return false;
  var msg = String(e.message);
  if (/unexpected end of (input|script|file)|abrupt end|unexpected eof|end of input|expecting .* but got end|token in expression: ''$|unexpected token: ''$/i.test(msg)) {
    return true;
  }
  return !!probe && !parsesAsBody(code) && parsesAsBody(code + '\n_');
}

function parsesAsBody(code) {
  try {
    // eslint-disable-next-line no-new-func
    new Function(code);
    return true;
  } catch (_) {
    return false;
  }
}

var REGEX_AFTER_WORD = /^(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/;

// Lexical scan of JavaScript source, good enough to tell whether brackets,
// a block comment or a template literal are still open at the end.
function scan(code) {
  var stack = [];
  var i = 0, n = code.length;
  var last = ''; // last significant token (for the regex/division choice)
  var res = { open: false, unterminatedString: false, mismatch: false };
  while (i < n) {
    var c = code.charAt(i);
    var top = stack[stack.length - 1];
    if (top === '`') {
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { stack.pop(); i++; last = 'x'; continue; }
      if (c === '$' && code.charAt(i + 1) === '{') { stack.push('${'); i += 2; last = '{'; continue; }
      i++;
      continue;
    }
    if (c === '/' && code.charAt(i + 1) === '/') {
      var nl = code.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === '/' && code.charAt(i + 1) === '*') {
      var end = code.indexOf('*/', i + 2);
      if (end < 0) { res.open = true; return res; }
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      var j = i + 1;
      while (j < n && code.charAt(j) !== c && code.charAt(j) !== '\n') {
        if (code.charAt(j) === '\\') j++;
        j++;
      }
      if (j >= n || code.charAt(j) === '\n') res.unterminatedString = true;
      i = j + 1;
      last = 'x';
      continue;
    }
    if (c === '`') { stack.push('`'); i++; continue; }
    if (c === '/') {
      if (last === '' || /[(,=:\[!&|?{};+\-*%<>~^]$/.test(last) || REGEX_AFTER_WORD.test(last)) {
        var k = i + 1, inClass = false;
        while (k < n && code.charAt(k) !== '\n') {
          var ch = code.charAt(k);
          if (ch === '\\') { k += 2; continue; }
          if (ch === '[') inClass = true;
          else if (ch === ']') inClass = false;
          else if (ch === '/' && !inClass) break;
          k++;
        }
        i = k + 1;
        while (i < n && /[a-z]/i.test(code.charAt(i))) i++;
        last = 'x';
        continue;
      }
      last = '/';
      i++;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') { stack.push(c); last = c; i++; continue; }
    if (c === ')' || c === ']' || c === '}') {
      var want = c === ')' ? '(' : c === ']' ? '[' : '{';
      if (c === '}' && top === '${') { stack.pop(); i++; continue; }
      if (top !== want) { res.mismatch = true; return res; }
      stack.pop();
      last = c;
      i++;
      continue;
    }
    if (/\s/.test(c)) { i++; continue; }
    if (/[A-Za-z0-9_$]/.test(c)) {
      var w = i;
      while (w < n && /[A-Za-z0-9_$]/.test(code.charAt(w))) w++;
      last = code.slice(i, w);
      i = w;
      continue;
    }
    last = c;
    i++;
  }
  res.open = stack.length > 0;
  return res;
}
exports._scan = scan;

// The error's stack without persha's own frames.
function replStack(e) {
  return errors.stackOf(e).split('\n').filter(function (line) {
    return !(/^\s+at\s/.test(line) && /\bnode:|\(native\)/.test(line));
  }).join('\n');
}

// ---- REPLServer --------------------------------------------------------------------

// Set while the command-line REPL is being built (see the end of the file).
var startingHostRepl = false;

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined);
  }
  var forHost = startingHostRepl;
  startingHostRepl = false;
  var options, input, output, dom;
  if (prompt !== null && typeof prompt === 'object') {
    options = prompt;
    stream = options.stream || options.socket;
    input = options.input;
    output = options.output;
    eval_ = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    dom = options.domain;
  } else if (prompt === undefined || typeof prompt === 'string') {
    options = {};
  } else {
    throw new Error('An options Object, or a prompt String are required');
  }
  var self = this;

  if (!input && !output) {
    // The legacy `stream` (or `socket`): one duplex stream, or an object
    // with stdin and stdout like `process`.
    if (stream && stream.stdin && stream.stdout) {
      input = stream.stdin;
      output = stream.stdout;
    } else if (stream) {
      input = output = stream;
    }
  }
  if (!input) input = process.stdin;
  if (!output) output = process.stdout;
  var terminal = options.terminal;
  var colorsByDefault;
  var forwardSigint = false;
  if (!forHost && terminal === undefined && input === process.stdin) {
    // persha's stdin is never raw: the terminal cooks and echoes the lines.
    // Colors still follow the output, as v0.12's terminal default would.
    terminal = false;
    colorsByDefault = !!output.isTTY;
    forwardSigint = !!input.isTTY;
  }

  this.inputStream = input;
  this.outputStream = output;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.bufferedCommand = '';
  this._sawSIGINT = false;
  this._statement = null; // the block form of a `{ ... }` input, for defaultEval
  this.lines = [];
  this.lines.level = [];

  function defaultEval(code, context, file, cb) {
    var statement = self._statement;
    self._statement = null;
    var result;
    var err = null;
    try {
      result = run(code, context, file);
    } catch (e) {
      if (errors.isExit(e)) throw e;
      err = e;
    }
    if (err !== null && statement !== null && isSyntaxError(err)) {
      code = statement;
      err = null;
      try {
        result = run(code, context, file);
      } catch (e) {
        if (errors.isExit(e)) throw e;
        err = e;
      }
    }
    if (err !== null && isRecoverable(err, code, !self.useGlobal)) err = new Recoverable(err);
    cb(err, result);
  }

  function run(code, context, file) {
    if (self.useGlobal) return internal.runScript(code, file);
    return require('vm').runInContext(code, context, { filename: file });
  }

  if (forHost) {
    // The command-line REPL reports every uncaught error, whatever threw it.
    this._domain = null;
    internal.replOnError = function (e) { self._printError(e); };
  } else {
    // As in v0.12, a domain catches what the input's callbacks throw later.
    dom = dom || require('domain').create();
    this._domain = dom;
    dom.on('error', function (e) { self._printError(e); });
  }
  eval_ = eval_ || defaultEval;
  this.eval = dom ? dom.bind(eval_) : eval_;

  this.context = this.createContext();

  Interface.call(this, input, output, function complete(text, cb) {
    self.complete(text, cb);
  }, terminal);
  this.rli = this; // v0.10's name for the readline side
  if (forwardSigint) forwardProcessSigint(this);

  this.setPrompt(prompt !== undefined ? prompt : '> ');

  this.commands = {};
  defineDefaultCommands(this);

  this.writer = options.writer || exports.writer;
  var useColors = options.useColors;
  if (useColors === undefined) {
    useColors = colorsByDefault === undefined ? this.terminal : colorsByDefault;
  }
  this.useColors = !!useColors;
  if (this.useColors && this.writer === util.inspect) {
    this.writer = function (obj, showHidden, depth) {
      return util.inspect(obj, showHidden, depth, true);
    };
  }

  this.on('close', function () {
    self.emit('exit');
  });

  // Ctrl-C: drop a partial input; else warn once; a second one in a row
  // closes the REPL.
  this.on('SIGINT', function () {
    var empty = self.line.length === 0;
    if (self.terminal) {
      self.clearLine();
    } else {
      self._line_buffer = null; // the terminal dropped the typed line too
      self.outputStream.write('\n');
    }
    if (!self.bufferedCommand && empty) {
      if (self._sawSIGINT) {
        self._sawSIGINT = false;
        self.close();
        return;
      }
      self.outputStream.write('(^C again to quit)\n');
      self._sawSIGINT = true;
    } else {
      self._sawSIGINT = false;
    }
    self.bufferedCommand = '';
    self.displayPrompt();
  });

  this.on('line', function (line) {
    self._onReplLine(line);
  });

  this.on('SIGCONT', function () {
    self.displayPrompt(true);
  });

  this.displayPrompt();
}
util.inherits(REPLServer, Interface);
exports.REPLServer = REPLServer;

exports.start = function start(prompt, source, eval_, useGlobal, ignoreUndefined) {
  var server = new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined);
  if (!exports.repl) exports.repl = server;
  return server;
};

// Ctrl-C on a cooked terminal is the process's SIGINT: hand it to the REPL
// as its raw-mode Interface would get it, while the REPL is open.
function forwardProcessSigint(server) {
  function onSigint() {
    server.emit('SIGINT');
  }
  process.on('SIGINT', onSigint);
  server.once('close', function () {
    process.removeListener('SIGINT', onSigint);
  });
}

REPLServer.prototype._onReplLine = function (cmd) {
  var self = this;
  this._sawSIGINT = false;
  var trimmed = cmd.replace(/^\s+/, '');
  if (trimmed.charAt(0) === '.' && isNaN(parseFloat(trimmed))) {
    var m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    if (m && this.parseREPLKeyword(m[1], m[2])) return;
    if (!this.bufferedCommand) {
      this.outputStream.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }

  var code = this.bufferedCommand + cmd;
  var evalCmd = code + '\n';
  // `{ a: 1 }` is meant as an object literal, not a block.
  if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) {
    evalCmd = '(' + code + ')\n';
    this._statement = code + '\n';
  }
  var called = false;
  function finish(e, ret) {
    if (called) return;
    called = true;
    self.lines.push(cmd);
    if (e && !(e instanceof Recoverable) && !self.bufferedCommand && /^npm /.test(cmd.trim())) {
      self.outputStream.write('npm should be run outside of the node repl, in your ' +
        'normal shell.\n(Press Control-D to exit.)\n');
      self.bufferedCommand = '';
      self.displayPrompt();
      return;
    }
    if (e instanceof Recoverable) {
      self.bufferedCommand += cmd + '\n';
      self.displayPrompt();
      return;
    }
    if (e) {
      self._reportError(e);
      return;
    }
    self.bufferedCommand = '';
    if (!self.ignoreUndefined || ret !== undefined) {
      self.context._ = ret;
      self.outputStream.write(self.writer(ret) + '\n');
    }
    self.displayPrompt();
  }
  try {
    this.eval(evalCmd, this.context, 'repl', finish);
  } catch (e) {
    // A custom eval that threw instead of calling back.
    if (errors.isExit(e)) throw e;
    if (this._domain) this._domain.exit();
    if (called) throw e;
    finish(e);
  } finally {
    this._statement = null;
  }
};

REPLServer.prototype._reportError = function (e) {
  if (this._domain) this._domain.emit('error', e);
  else this._printError(e);
};

REPLServer.prototype._printError = function (e) {
  this.outputStream.write(replStack(e) + '\n');
  this.bufferedCommand = '';
  this.displayPrompt();
};

// The prompt the user chose, kept apart from the '... ' shown meanwhile.
REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  var prompt = this.bufferedCommand.length ? '... ' : this._initialPrompt;
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  var cmd = hasOwn(this.commands, keyword) && this.commands[keyword];
  if (!cmd) return false;
  cmd.action.call(this, rest);
  return true;
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else if (!cmd || typeof cmd.action !== 'function') {
    throw new Error('bad argument, action must be a function');
  }
  this.commands[keyword] = cmd;
};

// ---- contexts ----------------------------------------------------------------------

REPLServer.prototype.createContext = function createContext() {
  var context;
  if (this.useGlobal) {
    context = globalThis;
  } else {
    context = require('vm').createContext(Object.create(globalThis));
    context.console = new (require('console').Console)(this.outputStream);
    context.global = context;
  }
  // `module` and `require` as in a module at the current directory, and the
  // core modules as lazily loaded globals (the command-line REPL's global
  // already has them).
  var Module = require('module');
  var cwd = process.cwd();
  var mod = new Module('<repl>');
  mod.filename = require('path').resolve(cwd, 'repl');
  mod.paths = Module._nodeModulePaths(cwd);
  if (!hasOwn(context, 'module')) context.module = mod;
  if (!hasOwn(context, 'require')) context.require = Module._makeRequire(mod);
  exports._builtinLibs.forEach(function (name) {
    if (!internal.isPublicNative(name) || hasOwn(context, name)) return;
    Object.defineProperty(context, name, {
      get: function () {
        var lib = internal.nativeRequire(name);
        Object.defineProperty(context, name, {
          value: lib, writable: true, enumerable: true, configurable: true
        });
        return lib;
      },
      set: function (v) {
        Object.defineProperty(context, name, {
          value: v, writable: true, enumerable: true, configurable: true
        });
      },
      enumerable: false, configurable: true
    });
  });
  this.lines = [];
  this.lines.level = [];
  return context;
};

REPLServer.prototype.resetContext = function resetContext() {
  this.context = this.createContext();
  this.emit('reset', this.context);
};

// ---- commands --------------------------------------------------------------------

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action: function () {
      this.bufferedCommand = '';
      this.displayPrompt();
    }
  });

  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action: function () {
      this.bufferedCommand = '';
      if (!this.useGlobal) {
        this.outputStream.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    }
  });

  repl.defineCommand('exit', {
    help: 'Exit the repl',
    action: function () {
      this.close();
    }
  });

  repl.defineCommand('help', {
    help: 'Show repl options',
    action: function () {
      var self = this;
      Object.keys(this.commands).sort().forEach(function (name) {
        self.outputStream.write('.' + name + '\t' + (self.commands[name].help || '') + '\n');
      });
      this.displayPrompt();
    }
  });

  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action: function (file) {
      try {
        require('fs').writeFileSync(file, this.lines.join('\n') + '\n');
        this.outputStream.write('Session saved to:' + file + '\n');
      } catch (e) {
        this.outputStream.write('Failed to save:' + file + '\n');
      }
      this.displayPrompt();
    }
  });

  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action: function (file) {
      var data;
      try {
        // Read through the host (an input op): replay sees the same text.
        data = host('readFile', require('path').resolve(process.cwd(), file));
      } catch (e) {
        this.outputStream.write('Failed to load:' + file + '\n');
        this.displayPrompt();
        return;
      }
      this.displayPrompt();
      var self = this;
      data.split('\n').forEach(function (line) {
        if (line) self._onLine(line.replace(/\r$/, ''));
      });
    }
  });
}

// ---- completion ------------------------------------------------------------------

var KEYWORDS = ['break', 'case', 'catch', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for',
  'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null',
  'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined',
  'var', 'void', 'while', 'with', 'yield'];

function propertyGroups(obj) {
  var groups = [];
  var seen = 0;
  try {
    for (var p = obj; p !== null && p !== undefined && seen < 8; seen++) {
      groups.push(Object.getOwnPropertyNames(p));
      p = Object.getPrototypeOf(p);
    }
  } catch (_) { /* exotic objects: what was found so far */ }
  return groups;
}

// Tab completion (terminal mode): '.'-commands, built-in module names in
// require('...'), and names or members of a simple `a.b.c` expression (the
// expression is evaluated, so getters run, as in v0.12). The callback gets
// [completions, the text they complete]; '' separates groups.
REPLServer.prototype.complete = function complete(line, callback) {
  var m = /^\s*(\.\w*)$/.exec(line);
  if (m) {
    var names = Object.keys(this.commands).map(function (n) { return '.' + n; });
    return done([names], m[1], m[1]);
  }
  m = /\brequire\s*\(\s*['"]([\w@.\/-]*)$/.exec(line);
  if (m) return done([exports._builtinLibs.slice()], m[1], m[1]);

  m = /(?:[a-zA-Z_$][\w$]*\.)*[a-zA-Z_$][\w$]*\.?$/.exec(line);
  if (line.length && !m) return callback(null, [[], '']);
  var completeOn = m ? m[0] : '';
  var expr = '';
  var filter = '';
  if (completeOn.charAt(completeOn.length - 1) === '.') {
    expr = completeOn.slice(0, -1);
  } else if (completeOn) {
    var dot = completeOn.lastIndexOf('.');
    expr = dot < 0 ? '' : completeOn.slice(0, dot);
    filter = completeOn.slice(dot + 1);
  }
  if (!expr) {
    var groups = propertyGroups(this.context);
    if (filter) groups.push(KEYWORDS);
    return done(groups, filter, completeOn);
  }
  this.eval(expr, this.context, 'repl', function (e, obj) {
    var members = e || obj === null || obj === undefined ? [] :
      propertyGroups(typeof obj === 'object' || typeof obj === 'function' ? obj : Object(obj));
    done(members.map(function (group) {
      return group.map(function (name) { return expr + '.' + name; });
    }), expr + '.' + filter, completeOn);
  });

  // Filtered, sorted and deduplicated groups, nearest (own) properties last.
  function done(groups, prefix, on) {
    var out = [];
    var seen = Object.create(null);
    for (var i = groups.length - 1; i >= 0; i--) {
      var group = groups[i].filter(function (c) {
        return c.indexOf(prefix) === 0 && !seen[c] && /^[\w$.]+$/.test(c);
      }).sort();
      if (!group.length) continue;
      group.forEach(function (c) { seen[c] = true; });
      if (out.length) out.push('');
      out.push.apply(out, group);
    }
    callback(null, [out, on]);
  }
};

// ---- the command-line REPL ---------------------------------------------------------
// A REPLServer over the host: main.js passes each stdin event's text, the end
// of stdin, Ctrl-C and restarts to internal.repl. Its input is not a terminal
// Interface: the terminal has already cooked and echoed the lines. Leaving it
// (.exit, end of input, a second Ctrl-C) suspends the persistent program
// instead of ending it, so the server never closes: after -restart the same
// session (buffered input, context, history of lines) goes on.

function HostInput() {
  EventEmitter.call(this);
  this.readable = true;
}
util.inherits(HostInput, EventEmitter);
HostInput.prototype.pause = function () { return this; };
HostInput.prototype.resume = function () { return this; };

var hostRepl = null;

internal.repl = {
  start: function (options) {
    startingHostRepl = true;
    try {
      hostRepl = exports.start({
        prompt: '> ',
        input: new HostInput(),
        output: process.stdout,
        terminal: false,
        useGlobal: true,
        useColors: !!(options && options.useColors)
      });
    } finally {
      startingHostRepl = false;
    }
    // Not Interface's close: the input must stay attached for the session
    // after -restart.
    hostRepl.close = function () {
      this.emit('exit');
    };
    hostRepl.on('exit', function () {
      host('suspend');
    });
  },
  isActive: function () {
    return hostRepl !== null;
  },
  // One stdin event: normally one line with its '\n'.
  onData: function (data) {
    hostRepl.inputStream.emit('data', String(data));
  },
  onEnd: function () {
    hostRepl.inputStream.emit('end');
  },
  onSigint: function () {
    hostRepl.emit('SIGINT');
  },
  // The turn's JavaScript was stopped by Ctrl-C.
  onInterrupted: function () {
    hostRepl.bufferedCommand = '';
    hostRepl._sawSIGINT = false;
    hostRepl.outputStream.write('Error: Script execution was interrupted by SIGINT\n');
    hostRepl.displayPrompt();
  },
  onRestart: function () {
    hostRepl._sawSIGINT = false;
    hostRepl.displayPrompt();
  }
};
