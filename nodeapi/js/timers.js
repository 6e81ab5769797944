'use strict';
// Timers for persha. Due times are wall-clock epoch milliseconds computed from
// the loop's cached time (the `now` of the event being dispatched), so a timer
// that fell due while persha was stopped fires promptly after a restart.
// The host asks for the earliest due time (internal.timers.nextDue) and sends
// a 'timer' event; runDue() then fires everything due, in due order, ties in
// scheduling order.

var TIMEOUT_MAX = 2147483647; // 2^31-1, as in Node

// Scheduled items sorted by (_due, _seq). Items are Timeout objects or any
// object enrolled through enroll()/active() (sockets use that later).
var list = [];
var seqCounter = 0;

// setImmediate queue; _seq orders batches (see runImmediates).
var immediateQueue = [];
var immediateSeq = 0;

function coerceDelay(after) {
  after *= 1; // Node coerces with *1 (so '10' works, junk becomes NaN)
  if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
  return Math.floor(after);
}

// persha's scheduling data for an item, kept in one non-enumerable record so
// that inspecting a timer shows only Node's fields.
function slot(item) {
  var s = item._persha_timer;
  if (!s) {
    s = { due: 0, seq: 0, scheduled: false, unref: false };
    Object.defineProperty(item, '_persha_timer', {
      value: s, writable: true, enumerable: false, configurable: true
    });
  }
  return s;
}

function before(a, b) {
  var sa = a._persha_timer, sb = b._persha_timer;
  return sa.due < sb.due || (sa.due === sb.due && sa.seq < sb.seq);
}

function insert(item, due) {
  unschedule(item);
  var s = slot(item);
  s.due = due;
  s.seq = seqCounter++;
  // Binary search for the insertion point (the list stays sorted).
  var lo = 0, hi = list.length;
  while (lo < hi) {
    var mid = (lo + hi) >>> 1;
    if (before(list[mid], item)) lo = mid + 1; else hi = mid;
  }
  list.splice(lo, 0, item);
  s.scheduled = true;
}

function unschedule(item) {
  if (!item || !item._persha_timer || !item._persha_timer.scheduled) return;
  var i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
  item._persha_timer.scheduled = false;
}

// ---- Timeout -----------------------------------------------------------------

function Timeout(after, callback, args, repeat) {
  this._idleTimeout = after;
  this._idleStart = internal.loopNow;
  this._onTimeout = callback;
  hide(this, '_args', args);
  this._repeat = repeat ? after : null;
  if (globalThis.process && globalThis.process.domain) this.domain = globalThis.process.domain;
  slot(this);
}

Timeout.prototype.unref = function () {
  slot(this).unref = true;
  return this;
};
Timeout.prototype.ref = function () {
  slot(this).unref = false;
  return this;
};
Timeout.prototype.close = function () {
  this._onTimeout = null;
  this._repeat = null;
  unschedule(this);
  return this;
};

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError('callback must be a function');
  }
}

function restArgs(args, from) {
  return args.length > from ? Array.prototype.slice.call(args, from) : null;
}

exports.setTimeout = function setTimeout(callback, after) {
  checkCallback(callback);
  after = coerceDelay(after);
  var timer = new Timeout(after, callback, restArgs(arguments, 2), false);
  insert(timer, internal.loopNow + after);
  return timer;
};

exports.setInterval = function setInterval(callback, repeat) {
  checkCallback(callback);
  repeat = coerceDelay(repeat);
  var timer = new Timeout(repeat, callback, restArgs(arguments, 2), true);
  insert(timer, internal.loopNow + repeat);
  return timer;
};

exports.clearTimeout = function clearTimeout(timer) {
  if (!timer) return;
  if (timer instanceof Timeout) {
    timer.close();
  } else if (timer._onTimeout) {
    timer._onTimeout = null;
    exports.unenroll(timer);
  }
};

exports.clearInterval = function clearInterval(timer) {
  exports.clearTimeout(timer);
};

// ---- enroll / active (the idle-timeout API that sockets use) ---------------

exports.enroll = function enroll(item, msecs) {
  unschedule(item);
  if (typeof msecs !== 'number') throw new TypeError('msecs must be a number');
  if (msecs < 0 || !isFinite(msecs)) throw new RangeError('msecs must be a non-negative finite number');
  item._idleTimeout = Math.min(msecs, TIMEOUT_MAX);
};

exports.unenroll = function unenroll(item) {
  unschedule(item);
  item._idleTimeout = -1;
};

// (Re)start an enrolled item's timeout from now.
exports.active = function active(item) {
  var msecs = item._idleTimeout;
  if (msecs >= 0) {
    slot(item).unref = false;
    item._idleStart = internal.loopNow;
    insert(item, internal.loopNow + msecs);
  }
};

// Same, but the item does not keep the loop alive.
exports._unrefActive = function _unrefActive(item) {
  exports.active(item);
  slot(item).unref = true;
};

// ---- Immediate ---------------------------------------------------------------

function Immediate(callback, args) {
  this._onImmediate = callback;
  hide(this, '_args', args);
  hide(this, '_persha_seq', immediateSeq++);
  if (globalThis.process && globalThis.process.domain) this.domain = globalThis.process.domain;
}

function hide(obj, key, value) {
  Object.defineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

exports.setImmediate = function setImmediate(callback) {
  checkCallback(callback);
  var imm = new Immediate(callback, restArgs(arguments, 1));
  immediateQueue.push(imm);
  return imm;
};

exports.clearImmediate = function clearImmediate(imm) {
  if (!imm) return;
  imm._onImmediate = null;
  var i = immediateQueue.indexOf(imm);
  if (i >= 0) immediateQueue.splice(i, 1);
};

// ---- the loop's side -------------------------------------------------------

internal.timers = {
  // Earliest due time among all scheduled items (ref'ed or not), or null.
  nextDue: function () {
    return list.length ? list[0]._persha_timer.due : null;
  },
  hasRefed: function () {
    for (var i = 0; i < list.length; i++) {
      if (!list[i]._persha_timer.unref) return true;
    }
    return false;
  },
  hasImmediates: function () {
    return immediateQueue.length > 0;
  },

  // Fire every item due at or before `now`. runCallback(fn, thisArg, args)
  // runs one callback (handling exceptions and the nextTick queue) and
  // returns 'ok', 'threw' or 'exit'. Items are taken off the list one at a
  // time, so an interrupted turn leaves the rest scheduled.
  runDue: function (now, runCallback) {
    while (list.length && list[0]._persha_timer.due <= now) {
      var item = list.shift();
      var s = item._persha_timer;
      s.scheduled = false;
      var fn = item._onTimeout;
      if (typeof fn !== 'function') continue;
      var status;
      if (item instanceof Timeout) {
        var wasDue = s.due;
        status = runCallback(fn, item, item._args);
        // An interval keeps its rhythm: the next due time is the first
        // due + k*interval after now (no burst after a suspension). Like
        // Node, an interval whose callback threw is not re-armed.
        if (status === 'ok' && item._repeat && item._onTimeout && !s.scheduled) {
          var k = Math.floor((now - wasDue) / item._repeat) + 1;
          if (k < 1) k = 1;
          insert(item, wasDue + k * item._repeat);
        }
      } else {
        status = runCallback(fn, item, null);
      }
      if (status === 'exit') return;
    }
  },

  // Run the immediates queued before this call; ones queued meanwhile wait.
  runImmediates: function (runCallback) {
    var limit = immediateSeq;
    while (immediateQueue.length && immediateQueue[0]._persha_seq < limit) {
      var imm = immediateQueue.shift();
      var fn = imm._onImmediate;
      if (typeof fn !== 'function') continue;
      imm._onImmediate = null;
      if (runCallback(fn, imm, imm._args) === 'exit') return;
    }
  }
};
