'use strict';
// The command-line REPL (persha -init without a program), behaving like Node
// v0.12's: prompt '> ', continuation '... ', every input evaluated in the
// global scope, results shown with util.inspect, `_` holding the last one,
// errors printed with their stack and the session going on. Input arrives as
// whole lines from the host (stdin events); there is no line editing here.
// The full `repl` module API (repl.start, REPLServer) grows from this file.

var util = require('util');
var errors = require('internal/errors');
var host = internal.host;

// Node v0.12's list of modules the REPL exposes as globals (those persha has).
exports._builtinLibs = ['assert', 'buffer', 'child_process', 'cluster',
  'crypto', 'dgram', 'dns', 'domain', 'events', 'fs', 'http', 'https', 'net',
  'os', 'path', 'punycode', 'querystring', 'readline', 'stream',
  'string_decoder', 'tls', 'tty', 'url', 'util', 'vm', 'zlib', 'smalloc'];

exports.writer = util.inspect;

var state = {
  active: false,
  buffered: '', // lines of an incomplete input so far
  sawSIGINT: false,
  useColors: false
};

function write(s) {
  globalThis.process.stdout.write(s);
}

function displayPrompt() {
  write(state.buffered ? '... ' : '> ');
}

// ---- evaluation ------------------------------------------------------------------

function evaluate(code) {
  // `{ a: 1 }` is meant as an object literal, not a block: try it in
  // parentheses first, and as a statement if that does not parse.
  if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) {
    try {
      return internal.runScript('(' + code + ')\n', 'repl');
    } catch (e) {
      if (!isSyntaxError(e)) throw e;
    }
  }
  return internal.runScript(code + '\n', 'repl');
}

function isSyntaxError(e) {
  return e instanceof SyntaxError || (e && e.name === 'SyntaxError');
}

// Could more input complete this code? The bracket/comment/template scan is
// engine-independent; the message patterns catch what it cannot see (e.g.
// `var x =`) on V8 ("Unexpected end of input"), QuickJS and Boa.
function isRecoverable(e, code) {
  if (!isSyntaxError(e)) return false;
  var s = scan(code);
  if (s.mismatch) return false;
  if (s.open) return true;
  if (s.unterminatedString) return false;
  var msg = String(e.message);
  return /unexpected end of (input|script|file)|abrupt end|unexpected eof|end of input|expecting .* but got end|token in expression: ''$|unexpected token: ''$/i.test(msg);
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

function finish(result) {
  state.buffered = '';
  globalThis._ = result;
  write(exports.writer(result, { colors: state.useColors }) + '\n');
  displayPrompt();
}

function evalInput(cmd) {
  var code = state.buffered + cmd;
  var result;
  try {
    result = evaluate(code);
  } catch (e) {
    if (isRecoverable(e, code + '\n')) {
      state.buffered += cmd + '\n';
      displayPrompt();
      return;
    }
    state.buffered = '';
    throw e; // reported through onError, like Node's REPL domain
  }
  finish(result);
}

// Errors from REPL input, and uncaught ones from callbacks it scheduled.
function onError(e) {
  write(replStack(e) + '\n');
  state.buffered = '';
  displayPrompt();
}

// The error's stack without persha's own frames.
function replStack(e) {
  return errors.stackOf(e).split('\n').filter(function (line) {
    return !(/^\s+at\s/.test(line) && /\bnode:|\(native\)/.test(line));
  }).join('\n');
}

// ---- commands --------------------------------------------------------------------

var commands = {
  break: {
    help: 'Sometimes you get stuck, this gets you out',
    action: function () {
      state.buffered = '';
      displayPrompt();
    }
  },
  clear: {
    // With the global context (as the CLI REPL uses) there is nothing else
    // to clear.
    help: 'Break, and also clear the local context',
    action: function () {
      state.buffered = '';
      displayPrompt();
    }
  },
  exit: {
    help: 'Exit the repl',
    action: function () {
      // Leaving the REPL suspends the persistent program; it never ends it.
      host('suspend');
    }
  },
  help: {
    help: 'Show repl options',
    action: function () {
      Object.keys(commands).sort().forEach(function (name) {
        write('.' + name + '\t' + commands[name].help + '\n');
      });
      displayPrompt();
    }
  },
  load: {
    help: 'Load JS from a file into the REPL session',
    action: function (file) {
      var data;
      try {
        var target = require('path').resolve(globalThis.process.cwd(), file);
        data = host('readFile', target);
      } catch (_) {
        write('Failed to load:' + file + '\n');
        displayPrompt();
        return;
      }
      displayPrompt();
      data.split('\n').forEach(function (line) {
        if (line) onLine(line);
      });
    }
  }
};
exports.commands = commands;

// ---- host events -------------------------------------------------------------------

function onLine(line) {
  var cmd = line.replace(/\r$/, '');
  state.sawSIGINT = false;
  if (cmd && cmd.charAt(0) === '.' && isNaN(parseFloat(cmd))) {
    var m = /^\.([^\s]+)\s*(.*)$/.exec(cmd);
    var command = m && Object.prototype.hasOwnProperty.call(commands, m[1]) && commands[m[1]];
    if (command) {
      command.action(m[2]);
      return;
    }
    if (!state.buffered) {
      write('Invalid REPL keyword\n');
      displayPrompt();
      return;
    }
  }
  try {
    evalInput(cmd);
  } catch (e) {
    if (errors.isExit(e)) throw e;
    onError(e);
  }
}

internal.repl = {
  start: function (options) {
    state.active = true;
    state.useColors = !!(options && options.useColors);
    internal.replOnError = onError;
    displayPrompt();
  },
  isActive: function () {
    return state.active;
  },
  // One stdin event: normally one line with its '\n'.
  onData: function (data) {
    var lines = String(data).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (var i = 0; i < lines.length; i++) onLine(lines[i]);
  },
  // Ctrl-D: the session is suspended, not ended.
  onEnd: function () {
    host('suspend');
  },
  // Ctrl-C, as Node's REPL: drop a partial input; else warn once; a second
  // ^C in a row suspends. The leading newline is what readline's clearLine
  // writes.
  onSigint: function () {
    write('\n');
    if (state.buffered) {
      state.buffered = '';
      state.sawSIGINT = false;
      displayPrompt();
      return;
    }
    if (state.sawSIGINT) {
      state.sawSIGINT = false;
      host('suspend');
      return;
    }
    write('(^C again to quit)\n');
    state.sawSIGINT = true;
    displayPrompt();
  },
  // The turn's JavaScript was stopped by Ctrl-C.
  onInterrupted: function () {
    state.buffered = '';
    state.sawSIGINT = false;
    write('Error: Script execution was interrupted by SIGINT\n');
    displayPrompt();
  },
  onRestart: function () {
    state.sawSIGINT = false;
    displayPrompt();
  }
};
