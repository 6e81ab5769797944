// Journal cost: a chain of N setTimeout(0) turns, then the program ends.
var N = +process.argv[2] || 2000;
var n = 0;
function step() {
  if (++n < N) setTimeout(step, 0);
  else console.log('turns ' + n);
}
setTimeout(step, 0);
