// Journal cost: a chain of N setImmediate turns, then the program ends.
var N = +process.argv[2] || 2000;
var n = 0;
function step() {
  if (++n < N) setImmediate(step);
  else console.log('turns ' + n);
}
setImmediate(step);
