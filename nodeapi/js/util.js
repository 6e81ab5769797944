'use strict';
// util as documented for Node v0.12: format, inspect (v0.12 output layout),
// inherits, the is* predicates, deprecate, debuglog, log, _extend.

var hasOwn = Object.prototype.hasOwnProperty;
var objectToString = Object.prototype.toString;

// ---- format ---------------------------------------------------------------

exports.format = function format(f) {
  var i;
  if (typeof f !== 'string') {
    var objects = [];
    for (i = 0; i < arguments.length; i++) objects.push(inspect(arguments[i]));
    return objects.join(' ');
  }
  i = 1;
  var args = arguments;
  var len = args.length;
  var str = String(f).replace(/%[sdj%]/g, function (x) {
    if (x === '%%') return '%';
    if (i >= len) return x;
    switch (x) {
      case '%s': return String(args[i++]);
      case '%d': return String(Number(args[i++]));
      case '%j':
        try {
          return JSON.stringify(args[i++]);
        } catch (_) {
          return '[Circular]';
        }
      default:
        return x;
    }
  });
  for (var x = args[i]; i < len; x = args[++i]) {
    if (x === null || (typeof x !== 'object' && typeof x !== 'symbol')) {
      str += ' ' + x;
    } else {
      str += ' ' + inspect(x);
    }
  }
  return str;
};

// ---- inspect --------------------------------------------------------------

// inspect(obj[, opts]) or the legacy inspect(obj, showHidden, depth, colors).
function inspect(obj, opts) {
  var ctx = {
    seen: [],
    stylize: stylizeNoColor
  };
  if (arguments.length >= 3) ctx.depth = arguments[2];
  if (arguments.length >= 4) ctx.colors = arguments[3];
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    exports._extend(ctx, opts);
  }
  if (ctx.showHidden === undefined) ctx.showHidden = false;
  if (ctx.depth === undefined) ctx.depth = 2;
  if (ctx.colors === undefined) ctx.colors = false;
  if (ctx.customInspect === undefined) ctx.customInspect = true;
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  return formatValue(ctx, obj, ctx.depth);
}
exports.inspect = inspect;

inspect.colors = {
  bold: [1, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
  white: [37, 39], grey: [90, 39], black: [30, 39], blue: [34, 39],
  cyan: [36, 39], green: [32, 39], magenta: [35, 39], red: [31, 39],
  yellow: [33, 39]
};
inspect.styles = {
  special: 'cyan', number: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta',
  regexp: 'red'
};

function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  var codes = style && inspect.colors[style];
  if (!codes) return str;
  return '\u001b[' + codes[0] + 'm' + str + '\u001b[' + codes[1] + 'm';
}

function stylizeNoColor(str) {
  return str;
}

function quote(str) {
  return "'" + JSON.stringify(str).replace(/^"|"$/g, '')
    .replace(/'/g, "\\'").replace(/\\"/g, '"') + "'";
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'undefined': return ctx.stylize('undefined', 'undefined');
    case 'string': return ctx.stylize(quote(value), 'string');
    case 'number':
      if (value === 0 && 1 / value < 0) return ctx.stylize('-0', 'number');
      return ctx.stylize('' + value, 'number');
    case 'boolean': return ctx.stylize('' + value, 'boolean');
    case 'symbol': return ctx.stylize(value.toString(), 'symbol');
    case 'bigint': return ctx.stylize(value + 'n', 'number');
  }
  if (value === null) return ctx.stylize('null', 'null');
  return undefined;
}

function safeToString(fn, value) {
  try {
    return fn.call(value);
  } catch (_) {
    return '';
  }
}

function errorToString(value) {
  return safeToString(Error.prototype.toString, value);
}

function formatError(value) {
  return '[' + errorToString(value) + ']';
}

function functionBase(value) {
  return value.name ? '[Function: ' + value.name + ']' : '[Function]';
}

function boxedBase(ctx, value) {
  var type, prim;
  if (isTag(value, 'Number')) {
    type = 'Number'; prim = Number.prototype.valueOf.call(value);
  } else if (isTag(value, 'String')) {
    type = 'String'; prim = String.prototype.valueOf.call(value);
  } else if (isTag(value, 'Boolean')) {
    type = 'Boolean'; prim = Boolean.prototype.valueOf.call(value);
  } else {
    return null;
  }
  return '[' + type + ': ' + formatPrimitive(ctx, prim) + ']';
}

function isTag(value, tag) {
  return objectToString.call(value) === '[object ' + tag + ']';
}

function isTypedArray(value) {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function formatValue(ctx, value, recurseTimes) {
  // Objects may supply their own inspect(depth, opts) (not util.inspect
  // itself, and not a prototype object inspecting its own class).
  if (ctx.customInspect && value && typeof value.inspect === 'function' &&
      value.inspect !== inspect &&
      !(value.constructor && value.constructor.prototype === value)) {
    var ret = value.inspect(recurseTimes, ctx);
    if (typeof ret !== 'string') ret = formatValue(ctx, ret, recurseTimes);
    return ret;
  }

  var primitive = formatPrimitive(ctx, value);
  if (primitive !== undefined) return primitive;

  var keys = Object.keys(value);
  var visibleKeys = Object.create(null);
  keys.forEach(function (k) { visibleKeys[k] = true; });
  if (ctx.showHidden) keys = Object.getOwnPropertyNames(value);

  var isArr = Array.isArray(value);
  var isTyped = isTypedArray(value);
  var isMap = value instanceof Map;
  var isSet = value instanceof Set;

  // showHidden would list the engine's own non-enumerable error fields
  // ('message', 'stack', ...), which differ between engines: hide those.
  // Enumerable ones (e.g. `this.message = m` in a v0.12-style subclass) are
  // printed, as in v0.12.
  if (isError(value)) {
    keys = keys.filter(function (k) {
      return k in visibleKeys || (k !== 'message' && k !== 'stack' &&
        k !== 'name' && k !== 'lineNumber' && k !== 'fileName' &&
        k !== 'columnNumber');
    });
  }
  if (isTyped) {
    keys = keys.filter(function (k) { return !/^\d+$/.test(k); });
  }
  // A boxed string's index properties only repeat its value.
  if (isTag(value, 'String') && typeof value === 'object') {
    var len = String.prototype.valueOf.call(value).length;
    keys = keys.filter(function (k) { return !(/^\d+$/.test(k) && +k < len); });
  }

  if (keys.length === 0 && !isMap && !isSet && !isTyped) {
    if (typeof value === 'function') {
      return ctx.stylize(functionBase(value), 'special');
    }
    if (isRegExp(value)) {
      return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
    }
    if (isDate(value)) {
      return ctx.stylize(Date.prototype.toString.call(value), 'date');
    }
    if (isError(value)) return formatError(value);
    var boxed = boxedBase(ctx, value);
    if (boxed) return boxed;
  }

  var base = '';
  var array = false;
  var braces = ['{', '}'];

  if (isArr || isTyped) {
    array = true;
    braces = ['[', ']'];
  } else if (isMap) {
    braces = ['Map {', '}'];
  } else if (isSet) {
    braces = ['Set {', '}'];
  }

  if (typeof value === 'function') base = ' ' + functionBase(value);
  else if (isRegExp(value)) base = ' ' + RegExp.prototype.toString.call(value);
  else if (isDate(value)) base = ' ' + Date.prototype.toUTCString.call(value);
  else if (isError(value)) base = ' ' + formatError(value);
  else {
    var boxedB = boxedBase(ctx, value);
    if (boxedB) base = ' ' + boxedB;
  }

  var size = isMap || isSet ? value.size : 0;
  if (keys.length === 0 && size === 0 && (!array || value.length === 0)) {
    return braces[0] + base + braces[1];
  }

  if (recurseTimes < 0) {
    if (isRegExp(value)) {
      return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
    }
    return ctx.stylize('[Object]', 'special');
  }

  ctx.seen.push(value);
  var output;
  if (array) {
    output = formatArray(ctx, value, recurseTimes, visibleKeys, keys, isTyped);
  } else {
    output = [];
    if (isMap) {
      value.forEach(function (v, k) {
        output.push(formatValue(ctx, k, next(recurseTimes)) + ' => ' +
          formatValue(ctx, v, next(recurseTimes)));
      });
    } else if (isSet) {
      value.forEach(function (v) {
        output.push(formatValue(ctx, v, next(recurseTimes)));
      });
    }
    keys.forEach(function (key) {
      output.push(formatProperty(ctx, value, recurseTimes, visibleKeys, key, false));
    });
  }
  ctx.seen.pop();

  return reduceToSingleString(output, base, braces);
}

function next(recurseTimes) {
  return recurseTimes === null ? null : recurseTimes - 1;
}

function formatArray(ctx, value, recurseTimes, visibleKeys, keys, isTyped) {
  var output = [];
  for (var i = 0, l = value.length; i < l; ++i) {
    if (isTyped || hasOwn.call(value, String(i))) {
      output.push(formatProperty(ctx, value, recurseTimes, visibleKeys, String(i), true));
    } else {
      output.push(''); // hole
    }
  }
  keys.forEach(function (key) {
    if (!/^\d+$/.test(key)) {
      output.push(formatProperty(ctx, value, recurseTimes, visibleKeys, key, true));
    }
  });
  return output;
}

function formatProperty(ctx, value, recurseTimes, visibleKeys, key, array) {
  var name, str;
  var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key] };
  if (desc.get) {
    str = ctx.stylize(desc.set ? '[Getter/Setter]' : '[Getter]', 'special');
  } else if (desc.set) {
    str = ctx.stylize('[Setter]', 'special');
  }
  if (!(key in visibleKeys)) name = '[' + key + ']';
  if (!str) {
    if (ctx.seen.indexOf(desc.value) < 0) {
      str = formatValue(ctx, desc.value,
        recurseTimes === null ? null : recurseTimes - 1);
      if (str.indexOf('\n') > -1) {
        // Nested multi-line values are indented under their key.
        if (array) {
          str = str.split('\n').map(function (line) { return '  ' + line; })
            .join('\n').substr(2);
        } else {
          str = '\n' + str.split('\n').map(function (line) { return '   ' + line; })
            .join('\n');
        }
      }
    } else {
      str = ctx.stylize('[Circular]', 'special');
    }
  }
  if (name === undefined) {
    if (array && /^\d+$/.test(key)) return str;
    if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(quote(key), 'string');
    }
  }
  return name + ': ' + str;
}

function reduceToSingleString(output, base, braces) {
  var length = output.reduce(function (prev, cur) {
    return prev + cur.replace(/\u001b\[\d\d?m/g, '').length + 1;
  }, 0);
  if (length > 60) {
    return braces[0] + (base === '' ? '' : base + '\n ') + ' ' +
      output.join(',\n  ') + ' ' + braces[1];
  }
  return braces[0] + base + ' ' + output.join(', ') + ' ' + braces[1];
}

// ---- predicates -----------------------------------------------------------

function isArray(ar) { return Array.isArray(ar); }
function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg == null; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === void 0; }
function isObject(arg) { return typeof arg === 'object' && arg !== null; }
function isRegExp(re) { return isObject(re) && isTag(re, 'RegExp'); }
function isDate(d) { return isObject(d) && isTag(d, 'Date'); }
function isError(e) {
  return isObject(e) && (isTag(e, 'Error') || e instanceof Error);
}
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}
function isBuffer(arg) {
  var B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ?
    B.isBuffer(arg) : false;
}

exports.isArray = isArray;
exports.isBoolean = isBoolean;
exports.isNull = isNull;
exports.isNullOrUndefined = isNullOrUndefined;
exports.isNumber = isNumber;
exports.isString = isString;
exports.isSymbol = isSymbol;
exports.isUndefined = isUndefined;
exports.isObject = isObject;
exports.isRegExp = isRegExp;
exports.isDate = isDate;
exports.isError = isError;
exports.isFunction = isFunction;
exports.isPrimitive = isPrimitive;
exports.isBuffer = isBuffer;

// ---- misc -----------------------------------------------------------------

exports.inherits = function inherits(ctor, superCtor) {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
  });
};

exports._extend = function _extend(origin, add) {
  if (!add || !isObject(add)) return origin;
  var keys = Object.keys(add);
  var i = keys.length;
  while (i--) origin[keys[i]] = add[keys[i]];
  return origin;
};

// Wraps fn so that its first call prints msg once (or throws/traces, per the
// process.*Deprecation flags). Honours process.noDeprecation.
exports.deprecate = function deprecate(fn, msg) {
  var proc = globalThis.process;
  if (proc && proc.noDeprecation === true) return fn;
  var warned = false;
  function deprecated() {
    if (!warned) {
      if (proc.throwDeprecation) throw new Error(msg);
      if (proc.traceDeprecation) console.trace(msg);
      else console.error(msg);
      warned = true;
    }
    return fn.apply(this, arguments);
  }
  return deprecated;
};

// NODE_DEBUG=name1,name2 enables debuglog(name) output on stderr.
var debugEnviron;
var debugs = {};
exports.debuglog = function debuglog(set) {
  if (debugEnviron === undefined) {
    var env = globalThis.process && globalThis.process.env;
    debugEnviron = (env && env.NODE_DEBUG) || '';
  }
  set = set.toUpperCase();
  if (!debugs[set]) {
    if (new RegExp('\\b' + set + '\\b', 'i').test(debugEnviron)) {
      var pid = globalThis.process.pid;
      debugs[set] = function () {
        var msg = exports.format.apply(exports, arguments);
        console.error('%s %d: %s', set, pid, msg);
      };
    } else {
      debugs[set] = function () {};
    }
  }
  return debugs[set];
};

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
  'Oct', 'Nov', 'Dec'];

function pad(n) {
  return n < 10 ? '0' + n.toString(10) : n.toString(10);
}

// '26 Feb 16:19:34'
function timestamp() {
  var d = new Date();
  var time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return [d.getDate(), months[d.getMonth()], time].join(' ');
}

exports.log = function () {
  console.log('%s - %s', timestamp(), exports.format.apply(exports, arguments));
};

// Deprecated since before v0.12, still present there.
exports.print = function () {
  for (var i = 0; i < arguments.length; ++i) globalThis.process.stdout.write(String(arguments[i]));
};
exports.puts = function () {
  for (var i = 0; i < arguments.length; ++i) globalThis.process.stdout.write(arguments[i] + '\n');
};
exports.debug = function (x) {
  globalThis.process.stderr.write('DEBUG: ' + x + '\n');
};
exports.error = function () {
  for (var i = 0; i < arguments.length; ++i) globalThis.process.stderr.write(arguments[i] + '\n');
};
