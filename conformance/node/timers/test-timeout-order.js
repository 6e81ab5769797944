// setTimeout ordering: shorter delays first, equal delays in insertion order.
var order = [];
function check(cond, msg) { if (!cond) throw new Error(msg); }
setTimeout(function () { order.push('c30'); console.log('fired c30'); }, 30);
setTimeout(function () { order.push('a0'); console.log('fired a0'); }, 0);
setTimeout(function () { order.push('b10'); console.log('fired b10'); }, 10);
setTimeout(function () { order.push('b10-2'); console.log('fired b10-2'); }, 10);
setTimeout(function () {
  check(order.join(',') === 'a0,b10,b10-2,c30', 'order was ' + order.join(','));
  console.log('order ok');
}, 60);
