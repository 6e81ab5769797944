// setTimeout passes extra arguments; timers return objects with ref/unref.
function check(cond, msg) { if (!cond) throw new Error(msg); }
var t = setTimeout(function (a, b, c) {
  check(a === 1 && b === 'two' && c.three === 3, 'arguments: ' + [a, b, JSON.stringify(c)]);
  console.log('args ok');
}, 1, 1, 'two', { three: 3 });
check(typeof t === 'object' || typeof t === 'number', 'timer handle type ' + typeof t);
console.log('scheduled');
