// process.nextTick runs first, then timers and setImmediate;
// setImmediate passes extra arguments.
function check(cond, msg) { if (!cond) throw new Error(msg); }
var seen = [];
setTimeout(function () { seen.push('timeout'); }, 0);
setImmediate(function (a, b) { seen.push('immediate ' + a + b); }, 'x', 'y');
process.nextTick(function () { seen.push('tick'); });
seen.push('sync');
setTimeout(function () {
  check(seen[0] === 'sync', 'sync first: ' + seen);
  check(seen[1] === 'tick', 'nextTick second: ' + seen);
  check(seen.indexOf('immediate xy') > 1, 'immediate with args: ' + seen);
  check(seen.indexOf('timeout') > 1, 'timeout ran: ' + seen);
  console.log('seen ' + seen.length);
}, 30);
