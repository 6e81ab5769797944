'use strict';
// Error helpers shared by the runtime: printing a thrown value the way Node
// does, whatever the engine's own `stack` format is, and the private value
// that unwinds the stack after process.exit().

// V8 stacks start with "Name: message"; QuickJS's hold only the frames and Boa
// may have none. stackOf() always returns "Name: message\n    at ..." (or the
// bare header when the engine gives no frames).
function stackOf(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    return safeString(err);
  }
  var stack;
  try { stack = err.stack; } catch (_) { stack = undefined; }
  var header;
  if (err instanceof Error || Object.prototype.toString.call(err) === '[object Error]') {
    try { header = Error.prototype.toString.call(err); } catch (_) { header = 'Error'; }
  } else {
    if (typeof stack === 'string' && stack) return stack;
    return safeString(err);
  }
  if (typeof stack !== 'string' || stack === '') return header;
  stack = stack.replace(/\n+$/, '');
  if (stack.indexOf(header) === 0 || /^\S[^\n]*(Error|Exception)\b/.test(stack)) return stack;
  return header + '\n' + stack;
}
exports.stackOf = stackOf;

// Just the frame lines ("    at ...") of a stack string, header removed.
exports.framesOf = function framesOf(stack) {
  if (typeof stack !== 'string') return '';
  return stack.split('\n').filter(function (line) {
    return /^\s+at\s/.test(line);
  }).join('\n');
};

function safeString(v) {
  try {
    return String(v);
  } catch (_) {
    try { return Object.prototype.toString.call(v); } catch (__) { return '[unknown]'; }
  }
}
exports.safeString = safeString;

// Thrown by process.exit() after the host was told to exit; the dispatcher
// and every runtime try/catch recognise and swallow it.
var EXIT = Object.freeze({ persha: 'process.exit' });
exports.EXIT = EXIT;
exports.isExit = function (e) { return e === EXIT; };
