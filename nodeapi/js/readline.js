'use strict';
// readline as documented for Node v0.12: an Interface reads a stream line by
// line; with `terminal` it is a small line editor (cursor keys, word and line
// kills, history, Tab completion) that redraws its line with ANSI escape
// sequences on the output stream. Everything is plain JavaScript over the
// streams it is given, so its state (line, cursor, history, pending question)
// lives in the heap like the rest of the program and survives a restart.
//
// Differences from Node v0.12:
// - Key decoding works on each chunk as it arrives (as v0.12 does): an escape
//   sequence cut in two by the writer is read as separate keys.
// - In terminal mode "\r\n" ends one line, not two (v0.12 emitted an extra
//   empty line for the "\n"); a lone "\r" or "\n" each end a line.
// - Ctrl-Z without a 'SIGTSTP' listener cannot stop persha: the line is left
//   as it is, and a later SIGCONT signal to the process (kill -CONT, or
//   process.kill(process.pid, 'SIGCONT')) still emits 'pause' and 'SIGCONT'.
// - History keeps 30 lines as in v0.12; the `historySize` option (from
//   io.js; 0 turns history off) changes that.
// - Raw mode: the input's setRawMode() is called like v0.12 does; persha's
//   tty.ReadStream refuses it (see tty.js), so terminal mode is for streams.

var util = require('util');
var EventEmitter = require('events');
var StringDecoder = require('string_decoder').StringDecoder;
var Buffer = require('buffer').Buffer;

var DEFAULT_HISTORY = 30;
var LINE_END = /\r\n|\n|\r/;

// ---- character widths --------------------------------------------------------

function codePointAt(str, index) {
  var code = str.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < str.length) {
    var low = str.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
  }
  return code;
}

// Ranges of East Asian wide and full-width code points (two terminal cells).
var WIDE = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0x3247],
  [0x3250, 0x4dbf], [0x4e00, 0xa4c6], [0xa960, 0xa97c], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x1b000, 0x1b001], [0x1f200, 0x1f251], [0x20000, 0x3fffd]
];

function isFullWidthCodePoint(code) {
  if (typeof code !== 'number' || code !== code) return false;
  for (var i = 0; i < WIDE.length; i++) {
    if (code < WIDE[i][0]) return false;
    if (code <= WIDE[i][1]) return true;
  }
  return false;
}

// Splits a string into keys: escape sequences whole, other characters one
// code point at a time.
function splitKeys(s) {
  var out = [];
  var i = 0;
  var n = s.length;
  while (i < n) {
    var start = i;
    if (s[i] !== '\x1b') {
      var c = codePointAt(s, i);
      i += c >= 0x10000 ? 2 : 1;
      out.push(s.slice(start, i));
      continue;
    }
    var j = i + 1;
    if (s[j] === '\x1b' && (s[j + 1] === '[' || s[j + 1] === 'O')) j++;
    if (s[j] === '[' || s[j] === 'O') {
      var ss3 = s[j] === 'O';
      j++;
      if (!ss3 && s[j] === '[') {
        j++; // linux console function keys: ESC [ [ A
        if (j < n) j++;
      } else {
        while (j < n && /[0-9;]/.test(s[j])) j++;
        if (j < n) j++;
      }
      i = j;
    } else if (j < n) {
      var c2 = codePointAt(s, j);
      i = j + (c2 >= 0x10000 ? 2 : 1);
    } else {
      i = j;
    }
    out.push(s.slice(start, i));
  }
  return out;
}

function stripVTControlCharacters(str) {
  str = String(str);
  if (str.indexOf('\x1b') === -1) return str;
  return splitKeys(str).filter(function (k) {
    return k.length < 2 || k[0] !== '\x1b';
  }).join('');
}

function getStringWidth(str) {
  str = stripVTControlCharacters(str);
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var code = codePointAt(str, i);
    if (code >= 0x10000) i++;
    width += isFullWidthCodePoint(code) ? 2 : 1;
  }
  return width;
}

exports.codePointAt = codePointAt;
exports.isFullWidthCodePoint = isFullWidthCodePoint;
exports.stripVTControlCharacters = stripVTControlCharacters;
exports.getStringWidth = getStringWidth;

// ---- keys ----------------------------------------------------------------------

// Escape sequences by their code (prefix, first parameter, final character).
var FUNCTION_KEYS = {
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear',
  '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear',
  'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  '[Z': 'tab'
};

function makeKey(seq) {
  var key = { sequence: seq, name: undefined, ctrl: false, meta: false, shift: false };
  var m;
  if (seq === '\r') key.name = 'return';
  else if (seq === '\n') key.name = 'enter';
  else if (seq === '\t') key.name = 'tab';
  else if (seq === '\b' || seq === '\x7f' || seq === '\x1b\b' || seq === '\x1b\x7f') {
    key.name = 'backspace';
    key.meta = seq.length === 2;
  } else if (seq === '\x1b' || seq === '\x1b\x1b') {
    key.name = 'escape';
    key.meta = seq.length === 2;
  } else if (seq === ' ' || seq === '\x1b ') {
    key.name = 'space';
    key.meta = seq.length === 2;
  } else if (seq.length === 1 && seq.charCodeAt(0) <= 0x1a) {
    key.name = String.fromCharCode(seq.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (seq.length === 1 && seq >= 'a' && seq <= 'z') {
    key.name = seq;
  } else if (seq.length === 1 && seq >= 'A' && seq <= 'Z') {
    key.name = seq.toLowerCase();
    key.shift = true;
  } else if ((m = /^\x1b([a-zA-Z0-9])$/.exec(seq))) {
    key.name = m[1].toLowerCase();
    key.meta = true;
    key.shift = /[A-Z]/.test(m[1]);
  } else if ((m = /^\x1b(\x1b?)(\[\[|\[|O)([0-9;]*)(.)$/.exec(seq))) {
    var prefix = m[2];
    var params = m[3] ? m[3].split(';') : [];
    var fin = m[4];
    var modifier = 0;
    var code;
    if (fin === '~' || fin === '$' || fin === '^') {
      code = prefix + (params[0] || '') + '~';
      if (params.length > 1) modifier = (+params[1] || 1) - 1;
      if (fin === '$') key.shift = true;
      if (fin === '^') key.ctrl = true;
    } else {
      if (params.length) modifier = (+params[params.length - 1] || 1) - 1;
      if (prefix !== '[[' && fin >= 'a' && fin <= 'e') {
        // rxvt: shifted arrows as ESC [ a, control arrows as ESC O a
        if (prefix === 'O') key.ctrl = true;
        else key.shift = true;
        fin = fin.toUpperCase();
      }
      code = prefix + fin;
      if (code === '[Z') key.shift = true;
    }
    key.code = code;
    if (modifier & 4) key.ctrl = true;
    if (modifier & 10) key.meta = true;
    if (modifier & 1) key.shift = true;
    if (m[1]) key.meta = true;
    key.name = FUNCTION_KEYS[code];
  }
  return key.name === undefined ? undefined : key;
}

function emitKeys(stream, s) {
  splitKeys(s).forEach(function (seq) {
    var key = makeKey(seq);
    var ch = seq.length === 1 || (seq.length === 2 && seq[0] !== '\x1b') ? seq : undefined;
    if (key || ch) stream.emit('keypress', ch, key);
  });
}

// Makes `stream` emit 'keypress' (ch, key) events for its data once something
// listens for them. Idempotent.
function emitKeypressEvents(stream) {
  if (stream._keypressDecoder) return;
  stream._keypressDecoder = new StringDecoder('utf8');

  function onData(b) {
    if (EventEmitter.listenerCount(stream, 'keypress') > 0) {
      var s = typeof b === 'string' ? b : stream._keypressDecoder.write(b);
      if (s) emitKeys(stream, s);
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (EventEmitter.listenerCount(stream, 'keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}
exports.emitKeypressEvents = emitKeypressEvents;

// ---- cursor helpers (tty.WriteStream's methods use these) ------------------------

function cursorTo(stream, x, y) {
  if (stream === null || stream === undefined) return;
  if (typeof x !== 'number' && typeof y !== 'number') return;
  if (typeof x !== 'number') {
    throw new Error("Can't set cursor row without also setting it's column");
  }
  if (typeof y !== 'number') stream.write('\x1b[' + (x + 1) + 'G');
  else stream.write('\x1b[' + (y + 1) + ';' + (x + 1) + 'H');
}

function moveCursor(stream, dx, dy) {
  if (stream === null || stream === undefined) return;
  var s = '';
  if (dx < 0) s += '\x1b[' + (-dx) + 'D';
  else if (dx > 0) s += '\x1b[' + dx + 'C';
  if (dy < 0) s += '\x1b[' + (-dy) + 'A';
  else if (dy > 0) s += '\x1b[' + dy + 'B';
  if (s) stream.write(s);
}

// dir < 0: to the left of the cursor; > 0: to the right; 0: the whole line.
function clearLine(stream, dir) {
  if (stream === null || stream === undefined) return;
  if (dir < 0) stream.write('\x1b[1K');
  else if (dir > 0) stream.write('\x1b[0K');
  else stream.write('\x1b[2K');
}

function clearScreenDown(stream) {
  if (stream === null || stream === undefined) return;
  stream.write('\x1b[0J');
}

exports.cursorTo = cursorTo;
exports.moveCursor = moveCursor;
exports.clearLine = clearLine;
exports.clearScreenDown = clearScreenDown;

// ---- Interface -----------------------------------------------------------------

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  EventEmitter.call(this);

  var historySize;
  if (arguments.length === 1 && input && typeof input.on !== 'function') {
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    historySize = input.historySize;
    input = input.input;
  }
  if (historySize === undefined) historySize = DEFAULT_HISTORY;
  if (typeof historySize !== 'number' || historySize !== historySize || historySize < 0) {
    throw new TypeError("Argument 'historySize' must be a positive number");
  }
  if (completer === undefined || completer === null) {
    completer = function () { return []; };
  }
  if (typeof completer !== 'function') {
    throw new TypeError("Argument 'completer' must be a function");
  }
  if (terminal === undefined && output !== undefined && output !== null) {
    terminal = !!output.isTTY;
  }

  var self = this;
  this.input = input;
  this.output = output;
  this.historySize = historySize;
  // A completer taking two arguments answers through its callback.
  this.completer = completer.length === 2 ? completer : function (v, cb) {
    cb(null, completer(v));
  };
  this.terminal = !!terminal;
  this.paused = false;
  this.closed = false;
  this.line = '';
  this._sawReturn = false;
  this._questionCallback = null;
  this._oldPrompt = null;
  this.setPrompt('> ');

  var listeners = [];
  function listen(emitter, event, fn) {
    emitter.on(event, fn);
    listeners.push([emitter, event, fn]);
  }

  if (!this.terminal) {
    this._decoder = new StringDecoder('utf8');
    this._line_buffer = null;
    listen(input, 'data', function (chunk) { self._normalWrite(chunk); });
    listen(input, 'end', function () {
      var rest = self._decoder.end();
      if (rest) self._normalWrite(rest);
      if (typeof self._line_buffer === 'string' && self._line_buffer.length > 0) {
        var last = self._line_buffer;
        self._line_buffer = null;
        self._onLine(last);
      }
      self.close();
    });
  } else {
    this.cursor = 0;
    this.history = [];
    this.historyIndex = -1;
    this.prevRows = 0;
    emitKeypressEvents(input);
    listen(input, 'keypress', function (s, key) { self._ttyWrite(s, key); });
    listen(input, 'end', function () {
      if (typeof self.line === 'string' && self.line.length > 0) {
        var last = self.line;
        self.line = '';
        self.cursor = 0;
        self._onLine(last);
      }
      self.close();
    });
    if (output !== null && output !== undefined && typeof output.on === 'function') {
      listen(output, 'resize', function () { self._refreshLine(); });
    }
    this._setRawMode(true);
  }

  this.once('close', function () {
    listeners.forEach(function (l) { l[0].removeListener(l[1], l[2]); });
  });

  if (typeof input.resume === 'function') input.resume();
}
util.inherits(Interface, EventEmitter);
exports.Interface = Interface;

exports.createInterface = function createInterface(input, output, completer, terminal) {
  if (arguments.length === 1) return new Interface(input);
  return new Interface(input, output, completer, terminal);
};

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get: function () {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = String(prompt);
};

Interface.prototype._setRawMode = function _setRawMode(mode) {
  if (this.input && typeof this.input.setRawMode === 'function') {
    return this.input.setRawMode(mode);
  }
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function question(query, cb) {
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this._questionCallback = cb;
  this.prompt();
};

Interface.prototype._onLine = function _onLine(line) {
  if (this._questionCallback) {
    var cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  if (typeof this.input.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  if (typeof this.input.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.write = function write(d, key) {
  if (this.closed) return;
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

// Not a terminal: cut the decoded text into lines. A "\r" ending one chunk
// and a "\n" starting the next are one line end.
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined || b === null) return;
  var s = typeof b === 'string' ? b : this._decoder.write(Buffer.isBuffer(b) ? b : new Buffer(b));
  if (this._sawReturn && s.length) {
    if (s[0] === '\n') s = s.slice(1);
    this._sawReturn = false;
  }
  if (this._line_buffer) {
    s = this._line_buffer + s;
    this._line_buffer = null;
  }
  if (!LINE_END.test(s)) {
    if (s) this._line_buffer = s;
    return;
  }
  this._sawReturn = s[s.length - 1] === '\r';
  var lines = s.split(LINE_END);
  this._line_buffer = lines.pop() || null;
  for (var i = 0; i < lines.length; i++) {
    this._onLine(lines[i]);
    if (this.closed) break;
  }
};

// ---- terminal mode: the line editor -------------------------------------------

// Where `str` leaves the cursor, in cells, when written from column 0.
Interface.prototype._getDisplayPos = function _getDisplayPos(str) {
  var columns = this.columns;
  var offset = 0;
  var row = 0;
  str = stripVTControlCharacters(str);
  for (var i = 0; i < str.length; i++) {
    var code = codePointAt(str, i);
    if (code >= 0x10000) i++;
    if (code === 0x0a) {
      offset = 0;
      row++;
      continue;
    }
    if (isFullWidthCodePoint(code)) {
      if ((offset + 1) % columns === 0) offset++; // a wide char does not split
      offset += 2;
    } else {
      offset++;
    }
  }
  var cols = offset % columns;
  return { cols: cols, rows: row + (offset - cols) / columns };
};

Interface.prototype._getCursorPos = function _getCursorPos() {
  var pos = this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  if (pos.cols + 1 === this.columns && this.cursor < this.line.length &&
      isFullWidthCodePoint(codePointAt(this.line, this.cursor))) {
    pos.rows++;
    pos.cols = 0;
  }
  return pos;
};

// Redraws prompt and line from the first row they occupy, then puts the
// cursor back.
Interface.prototype._refreshLine = function _refreshLine() {
  if (!this.output) return;
  var text = this._prompt + this.line;
  var end = this._getDisplayPos(text);
  var cur = this._getCursorPos();
  if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(text);
  if (end.cols === 0) this._writeToOutput(' '); // make the terminal wrap
  cursorTo(this.output, cur.cols);
  if (end.rows > cur.rows) moveCursor(this.output, 0, cur.rows - end.rows);
  this.prevRows = cur.rows;
};

Interface.prototype._insertString = function _insertString(c) {
  if (!c) return;
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
  } else {
    this.line += c;
    this.cursor += c.length;
    if (this._getCursorPos().cols === 0) this._refreshLine();
    else this._writeToOutput(c);
  }
};

Interface.prototype._moveCursor = function _moveCursor(dx) {
  var oldCursor = this.cursor;
  var oldPos = this._getCursorPos();
  this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
  var newPos = this._getCursorPos();
  if (oldPos.rows === newPos.rows) {
    var moved = this.cursor > oldCursor ?
      getStringWidth(this.line.slice(oldCursor, this.cursor)) :
      -getStringWidth(this.line.slice(this.cursor, oldCursor));
    moveCursor(this.output, moved, 0);
    this.prevRows = newPos.rows;
  } else {
    this._refreshLine();
  }
};

// A word: a run of word characters or a run of punctuation, with the blanks
// that follow it.
var WORD_BEFORE = /(?:[^\w\s]+|\w+|)\s*$/;
var WORD_AFTER = /^(?:\s+|[^\w\s]+|\w+)\s*/;

Interface.prototype._wordLeft = function _wordLeft() {
  if (this.cursor > 0) {
    var m = WORD_BEFORE.exec(this.line.slice(0, this.cursor));
    this._moveCursor(-m[0].length);
  }
};

Interface.prototype._wordRight = function _wordRight() {
  if (this.cursor < this.line.length) {
    var m = WORD_AFTER.exec(this.line.slice(this.cursor));
    this._moveCursor(m[0].length);
  }
};

Interface.prototype._deleteLeft = function _deleteLeft() {
  if (this.cursor > 0 && this.line.length > 0) {
    this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
    this.cursor--;
    this._refreshLine();
  }
};

Interface.prototype._deleteRight = function _deleteRight() {
  this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
  this._refreshLine();
};

Interface.prototype._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor > 0) {
    var before = this.line.slice(0, this.cursor);
    var m = WORD_BEFORE.exec(before);
    before = before.slice(0, before.length - m[0].length);
    this.line = before + this.line.slice(this.cursor);
    this.cursor = before.length;
    this._refreshLine();
  }
};

Interface.prototype._deleteWordRight = function _deleteWordRight() {
  var after = this.line.slice(this.cursor);
  var m = WORD_AFTER.exec(after);
  if (!m) return;
  this.line = this.line.slice(0, this.cursor) + after.slice(m[0].length);
  this._refreshLine();
};

Interface.prototype._deleteLineLeft = function _deleteLineLeft() {
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

Interface.prototype._deleteLineRight = function _deleteLineRight() {
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

Interface.prototype.clearLine = function clearLine() {
  this._moveCursor(+Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

Interface.prototype._addHistory = function _addHistory() {
  if (this.line.length === 0) return '';
  if (this.historySize === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  return this.history[0];
};

Interface.prototype._line = function _line() {
  var line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

Interface.prototype._historyPrev = function _historyPrev() {
  if (this.historyIndex + 1 < this.history.length) {
    this.historyIndex++;
    this.line = this.history[this.historyIndex];
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

Interface.prototype._historyNext = function _historyNext() {
  if (this.historyIndex > 0) {
    this.historyIndex--;
    this.line = this.history[this.historyIndex];
    this.cursor = this.line.length;
    this._refreshLine();
  } else if (this.historyIndex === 0) {
    this.historyIndex = -1;
    this.line = '';
    this.cursor = 0;
    this._refreshLine();
  }
};

function commonPrefix(strings) {
  if (!strings.length) return '';
  var first = strings[0];
  var n = first.length;
  for (var i = 1; i < strings.length; i++) {
    var k = 0;
    while (k < n && k < strings[i].length && strings[i][k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n);
}

// Lists one group of completions in as many columns of `width` as fit.
function listGroup(self, group, width, perRow) {
  if (!group.length) return;
  var text = '';
  for (var start = 0; start < group.length; start += perRow) {
    var row = group.slice(start, start + perRow);
    for (var k = 0; k < row.length; k++) {
      text += row[k];
      if (k < perRow - 1) text += new Array(Math.max(0, width - row[k].length) + 1).join(' ');
    }
    text += '\r\n';
  }
  self._writeToOutput(text + '\r\n');
}

Interface.prototype._tabComplete = function _tabComplete() {
  var self = this;
  self.pause();
  self.completer(self.line.slice(0, self.cursor), function (err, rv) {
    self.resume();
    if (err || !rv) return;
    var completions = rv[0];
    var completeOn = String(rv[1] === undefined ? '' : rv[1]);
    if (!completions || !completions.length) return;
    if (completions.length === 1) {
      self._insertString(String(completions[0]).slice(completeOn.length));
      return;
    }
    self._writeToOutput('\r\n');
    var width = completions.reduce(function (w, c) {
      return Math.max(w, String(c).length);
    }, 0) + 2;
    var perRow = Math.floor(self.columns / width);
    if (!perRow || perRow === Infinity) perRow = 1;
    // Empty strings separate groups, each listed on its own.
    var group = [];
    completions.forEach(function (c) {
      if (c === '') {
        listGroup(self, group, width, perRow);
        group = [];
      } else {
        group.push(String(c));
      }
    });
    listGroup(self, group, width, perRow);
    var prefix = commonPrefix(completions.filter(function (c) { return c !== ''; }).map(String));
    if (prefix.length > completeOn.length) {
      self._insertString(prefix.slice(completeOn.length));
    }
    self._refreshLine();
  });
};

// Ctrl-Z: 'SIGTSTP' listeners decide; otherwise wait for the process's
// SIGCONT (persha cannot stop itself; see the header).
Interface.prototype._suspend = function _suspend() {
  if (EventEmitter.listenerCount(this, 'SIGTSTP') > 0) {
    this.emit('SIGTSTP');
    return;
  }
  if (this._waitingForCont) return;
  var self = this;
  this._waitingForCont = true;
  process.once('SIGCONT', function () {
    self._waitingForCont = false;
    if (self.closed) return;
    if (!self.paused) {
      self.pause();
      self.emit('SIGCONT');
    }
    self._setRawMode(true);
    self._refreshLine();
  });
};

Interface.prototype._ttyWrite = function _ttyWrite(s, key) {
  key = key || {};
  var name = key.name;
  if (name === 'escape') return;

  // "\r\n" is one line end.
  if (name === 'enter' && this._sawReturn) {
    this._sawReturn = false;
    return;
  }
  this._sawReturn = name === 'return';

  if (key.ctrl && key.shift) {
    if (name === 'backspace') this._deleteLineLeft();
    else if (name === 'delete') this._deleteLineRight();
    return;
  }

  if (key.ctrl) {
    switch (name) {
      case 'c':
        if (EventEmitter.listenerCount(this, 'SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(+Infinity); break;
      case 'b': this._moveCursor(-1); break;
      case 'f': this._moveCursor(+1); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'z': this._suspend(); break;
      case 'w':
      case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
    return;
  }

  if (key.meta) {
    switch (name) {
      case 'b': this._wordLeft(); break;
      case 'f': this._wordRight(); break;
      case 'd':
      case 'delete': this._deleteWordRight(); break;
      case 'backspace': this._deleteWordLeft(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
    return;
  }

  switch (name) {
    case 'return':
    case 'enter': this._line(); break;
    case 'backspace': this._deleteLeft(); break;
    case 'delete': this._deleteRight(); break;
    case 'tab': this._tabComplete(); break;
    case 'left': this._moveCursor(-1); break;
    case 'right': this._moveCursor(+1); break;
    case 'home': this._moveCursor(-Infinity); break;
    case 'end': this._moveCursor(+Infinity); break;
    case 'up': this._historyPrev(); break;
    case 'down': this._historyNext(); break;
    default:
      if (typeof s === 'string' && s) {
        var lines = s.split(LINE_END);
        for (var i = 0; i < lines.length; i++) {
          if (i > 0) this._line();
          if (this.closed) return;
          this._insertString(lines[i]);
        }
      } else if (Buffer.isBuffer(s) && s.length) {
        this._ttyWrite(s.toString('utf8'), undefined);
      }
  }
};
