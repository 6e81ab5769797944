'use strict';
// vm as documented for Node v0.12.
//
// persha's engines have one realm, so a "context" is emulated: code runs
// through a direct eval inside `with (proxy)`, where the proxy claims every
// name, so that
//   - the sandbox's properties are the code's globals, and names the code
//     assigns (`x = 1`, `var x = 1`, `this.x = 1`) become sandbox properties;
//   - top-level function and var declarations become sandbox properties too
//     (found by a small scanner of the source, and by the proxy when code
//     reads a declared function before it was copied);
//   - ECMAScript's built-ins (Object, JSON, parseInt, ...) are visible, shared
//     with the main context; Node's globals (process, require, console,
//     setTimeout, Buffer...) are not.
// Known differences from Node's separate contexts, by necessity:
//   - reading a name that exists nowhere gives undefined instead of throwing
//     ReferenceError (typeof works as in Node);
//   - built-ins are the main context's (instanceof Array works across);
//   - `let`/`const`/`class` at top level do not outlive one run; in
//     strict-mode code, top-level declarations are copied to the sandbox
//     when the run ends (functions that close over them keep their own
//     binding);
//   - the `timeout` and `displayErrors` options are accepted but have no
//     effect (no interrupt of a running turn; errors are only thrown).


var BUILTINS = Object.create(null);
[
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity',
  'NaN', 'undefined', 'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp',
  'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array', 'Int8Array',
  'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'DataView', 'Map', 'Set', 'WeakMap',
  'WeakSet', 'Proxy', 'Reflect', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'unescape', 'eval', 'isFinite', 'isNaN'
].forEach(function (n) { BUILTINS[n] = true; });

// Names the wrapper itself needs to resolve past the proxy.
var WRAPPER_NAMES = Object.create(null);
['__persha_vm_code', '__persha_vm_ctl', 'eval'].forEach(function (n) {
  WRAPPER_NAMES[n] = true;
});

var wrapperFn = null;
function wrapper() {
  if (!wrapperFn) {
    wrapperFn = internal.runScript(
      '(function (__persha_vm_code, __persha_vm_ctl) {\n' +
      '  __persha_vm_ctl.lookup = function (__persha_vm_code) { return eval(__persha_vm_code); };\n' +
      '  with (__persha_vm_ctl.proxy) { return eval(__persha_vm_code); }\n' +
      '})', 'node:vm-context.js');
  }
  return wrapperFn;
}

var contexts = new WeakMap(); // sandbox -> { proxy, run }

function makeContext(sandbox) {
  var state = { lookup: null, declared: null };
  var proxy = new Proxy(sandbox, {
    has: function (target, key) {
      if (typeof key !== 'string') return key in target;
      return !WRAPPER_NAMES[key];
    },
    get: function (target, key) {
      if (key === Symbol.unscopables) return undefined;
      if (key in target) return target[key];
      if (typeof key !== 'string') return undefined;
      // A function declared by the running code, read before it was copied.
      if (state.lookup && (state.declared[key] || !(key in globalThis))) {
        var found = false, value;
        try {
          value = state.lookup(key);
          found = true;
        } catch (e) { /* not declared */ }
        if (found) {
          target[key] = value;
          return value;
        }
      }
      if (BUILTINS[key]) return globalThis[key];
      return undefined;
    },
    set: function (target, key, value) {
      Reflect.set(target, key, value);
      return true;
    }
  });
  return { proxy: proxy, state: state };
}

// ---- declarations scanner ------------------------------------------------
// Finds the names of top-level function declarations and of var
// declarations outside functions. Good enough for real programs: strings,
// comments, templates and regexp literals are skipped.

var KEYWORDS_BEFORE_EXPR = Object.create(null);
['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await'].forEach(function (k) {
  KEYWORDS_BEFORE_EXPR[k] = true;
});

function isIdStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' ||
    c > '\x7f';
}
function isIdPart(c) {
  return isIdStart(c) || (c >= '0' && c <= '9');
}

function scanDeclarations(src) {
  var functions = [], vars = [];
  var stack = []; // '{' | 'f{' (function body) | '(' | '[' | '${'
  var fnDepth = 0;
  var prev = null; // { t: 'id'|'num'|'str'|'re'|'p', v }
  var newline = false;
  var pendingFn = -1; // stack depth where a `function` keyword was seen
  var fnDeclNext = false; // the next identifier names a declared function
  var varState = null; // { level, expectName }
  var i = 0, n = src.length;

  function token(t, v) {
    // ASI ends a var statement at a line break before a new statement.
    if (varState && newline && !varState.expectName && stack.length === varState.level &&
      t === 'id' && prev && (prev.t !== 'p' || prev.v === ')' || prev.v === ']' || prev.v === '}')) {
      varState = null;
    }
    prev = { t: t, v: v };
    newline = false;
  }

  function regexAllowed() {
    if (!prev) return true;
    if (prev.t === 'id') return !!KEYWORDS_BEFORE_EXPR[prev.v];
    if (prev.t === 'p') return prev.v !== ')' && prev.v !== ']';
    return false;
  }

  function skipTemplate() {
    // at the char after '`' (or after the '}' closing a substitution)
    while (i < n) {
      var c = src[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { i++; token('str'); return; }
      if (c === '$' && src[i + 1] === '{') { i += 2; stack.push('${'); prev = { t: 'p', v: '(' }; return; }
      i++;
    }
  }

  while (i < n) {
    var c = src[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') { newline = true; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\ufeff' || c === '\xa0') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      var end = src.indexOf('*/', i + 2);
      if (end < 0) end = n;
      if (/[\n\r]/.test(src.slice(i, end))) newline = true;
      i = end + 2;
      continue;
    }
    if (c === '"' || c === '\'') {
      i++;
      while (i < n && src[i] !== c) {
        if (src[i] === '\\') i++;
        i++;
      }
      i++;
      token('str');
      continue;
    }
    if (c === '`') { i++; skipTemplate(); continue; }
    if (c === '/' && regexAllowed()) {
      i++;
      var inClass = false;
      while (i < n) {
        var r = src[i];
        if (r === '\\') { i += 2; continue; }
        if (r === '\n') break;
        if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isIdPart(src[i])) i++;
      token('re');
      continue;
    }
    if (isIdStart(c) || c === '\\') {
      var s = i;
      while (i < n && (isIdPart(src[i]) || src[i] === '\\')) i++;
      var word = src.slice(s, i);
      if (fnDeclNext) {
        functions.push(word);
        fnDeclNext = false;
      } else if (varState && varState.expectName && stack.length === varState.level) {
        vars.push(word);
        varState.expectName = false;
      } else if (word === 'function') {
        var stmtStart = !prev || (prev.t === 'p' && (prev.v === ';' || prev.v === '}')) ||
          (newline && prev.t !== 'p' && !KEYWORDS_BEFORE_EXPR[prev.v]) ||
          (newline && prev.t === 'p' && (prev.v === ')' || prev.v === ']'));
        if (stack.length === 0 && stmtStart) fnDeclNext = true;
        pendingFn = stack.length;
      } else if (word === 'var' && fnDepth === 0) {
        varState = { level: stack.length, expectName: true };
      } else if (varState && stack.length === varState.level && (word === 'in' || word === 'of')) {
        varState = null;
      }
      token('id', word);
      continue;
    }
    if (c >= '0' && c <= '9' || (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      while (i < n && (isIdPart(src[i]) || src[i] === '.' ||
        ((src[i] === '+' || src[i] === '-') && /[eE]/.test(src[i - 1]) && !/^0[xX]/.test(src.slice(0, i))))) i++;
      token('num');
      continue;
    }
    // punctuators
    i++;
    if (c === '*' && fnDeclNext) continue; // generator
    if (c === '{') {
      var isFn = (pendingFn === stack.length && prev && prev.t === 'p' && prev.v === ')') ||
        (prev && prev.t === 'p' && prev.v === '=>');
      if (isFn) { fnDepth++; pendingFn = -1; }
      stack.push(isFn ? 'f{' : '{');
    } else if (c === '(' || c === '[') {
      stack.push(c);
    } else if (c === '}' || c === ')' || c === ']') {
      var top = stack.pop();
      if (top === 'f{') fnDepth--;
      if (varState && stack.length < varState.level) varState = null;
      if (top === '${') { skipTemplate(); continue; }
    } else if (c === ',' && varState && stack.length === varState.level) {
      varState.expectName = true;
      token('p', c);
      continue;
    } else if (c === ';' && varState && stack.length === varState.level) {
      varState = null;
    } else if (c === '=' && src[i] === '>') {
      i++;
      token('p', '=>');
      continue;
    }
    fnDeclNext = false;
    token('p', c);
  }
  return { functions: functions, vars: vars };
}

var STRICT_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use strict\1[ \t]*;?/;

function runInSandbox(code, sandbox) {
  var ctx = contexts.get(sandbox);
  var decl = scanDeclarations(code);
  var declared = Object.create(null);
  decl.functions.forEach(function (f) { declared[f] = true; });
  var ctl = { proxy: ctx.proxy, lookup: null, exp: null };
  var state = ctx.state;
  var saved = { lookup: state.lookup, declared: state.declared };

  var strict = STRICT_DIRECTIVE.exec(code);
  var source = code;
  if (strict) {
    var at = strict[0].length;
    source = code.slice(0, at) +
      ';__persha_vm_ctl.exp = function (__persha_vm_n) { return eval(__persha_vm_n); };' +
      code.slice(at);
  } else {
    // Declared vars exist (as undefined) from the start, like globals.
    decl.vars.forEach(function (v) {
      if (!(v in sandbox)) sandbox[v] = undefined;
    });
  }

  var fn = wrapper();
  state.declared = declared;
  // The wrapper installs ctl.lookup before running the code; the proxy uses
  // it through `state`.
  var getter = {
    get: function () { return ctl._lookup; },
    set: function (f) { ctl._lookup = f; state.lookup = f; },
    configurable: true
  };
  Object.defineProperty(ctl, 'lookup', getter);
  var result;
  try {
    result = fn.call(sandbox, source, ctl);
  } finally {
    var look = strict ? ctl.exp : ctl._lookup;
    state.lookup = saved.lookup;
    state.declared = saved.declared;
    if (look) {
      var names = strict ? decl.functions.concat(decl.vars) : decl.functions;
      names.forEach(function (name) {
        if (!strict && Object.prototype.hasOwnProperty.call(sandbox, name)) return;
        try {
          sandbox[name] = look(name);
        } catch (e) { /* not declared after all */ }
      });
    }
  }
  return result;
}

// ---- public API -------------------------------------------------------------

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object' && typeof options.filename === 'string') {
    return options.filename;
  }
  return fallback;
}

function checkSyntax(code) {
  // Compiles without running: a SyntaxError surfaces here.
  // eslint-disable-next-line no-new-func
  new Function(code);
}

function Script(code, options) {
  if (!(this instanceof Script)) return new Script(code, options);
  code = String(code);
  checkSyntax(code);
  Object.defineProperty(this, '_persha_code', { value: code, enumerable: false });
  Object.defineProperty(this, '_persha_filename', {
    value: filenameOf(options, 'evalmachine.<anonymous>'), enumerable: false
  });
}

Script.prototype.runInThisContext = function runInThisContext(options) {
  return internal.runScript(this._persha_code, this._persha_filename);
};

Script.prototype.runInContext = function runInContext(contextifiedSandbox, options) {
  if (!isContext(contextifiedSandbox)) {
    throw new TypeError('sandbox argument must have been converted to a context.');
  }
  return runInSandbox(this._persha_code, contextifiedSandbox);
};

Script.prototype.runInNewContext = function runInNewContext(sandbox, options) {
  var context = createContext(sandbox);
  return this.runInContext(context, options);
};

function createContext(sandbox) {
  if (sandbox === undefined) sandbox = {};
  if (sandbox === null || (typeof sandbox !== 'object' && typeof sandbox !== 'function')) {
    throw new TypeError('sandbox argument must be an object.');
  }
  if (isContext(sandbox)) return sandbox;
  contexts.set(sandbox, makeContext(sandbox));
  return sandbox;
}

function isContext(sandbox) {
  if (sandbox === null || (typeof sandbox !== 'object' && typeof sandbox !== 'function')) {
    throw new TypeError('sandbox must be an object');
  }
  return contexts.has(sandbox);
}

exports.Script = Script;
exports.createScript = function createScript(code, options) {
  return new Script(code, options);
};
exports.createContext = createContext;
exports.isContext = isContext;

exports.runInThisContext = function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
};

exports.runInContext = function runInContext(code, contextifiedSandbox, options) {
  return new Script(code, options).runInContext(contextifiedSandbox, options);
};

exports.runInNewContext = function runInNewContext(code, sandbox, options) {
  return new Script(code, options).runInNewContext(sandbox, options);
};

exports.runInDebugContext = function runInDebugContext() {
  throw new Error('vm.runInDebugContext: persha has no debug context');
};

exports._scanDeclarations = scanDeclarations; // for tests
