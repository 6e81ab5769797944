// Recovery: N small turns (a setImmediate chain), then announce HISTORY and
// wait forever on a long interval, so the process stays alive until the
// benchmark stops it and restarts it.
var N = +process.argv[2] || 1000;
var n = 0;
var total = 0;
function step() {
  total = (total + n * 7) % 1000003;
  if (++n < N) setImmediate(step);
  else {
    console.log('HISTORY ' + n + ' ' + total);
    setInterval(function () {}, 1e9);
  }
}
setImmediate(step);
