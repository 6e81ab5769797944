// setInterval fires repeatedly until clearInterval; clearTimeout cancels.
function check(cond, msg) { if (!cond) throw new Error(msg); }
var n = 0;
var cancelled = setTimeout(function () { throw new Error('cancelled timeout fired'); }, 5);
clearTimeout(cancelled);
var id = setInterval(function () {
  n++;
  console.log('tick ' + n);
  if (n === 5) {
    clearInterval(id);
    setTimeout(function () {
      check(n === 5, 'interval kept firing: ' + n);
      console.log('interval stopped at ' + n);
    }, 40);
  }
}, 5);
