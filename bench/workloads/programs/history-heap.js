// Checkpoint benchmark: build MB megabytes of live heap, then run N small
// turns (a setImmediate chain), announce HISTORY and idle, so the process
// stays alive until the benchmark stops it and restarts it.
var N = +process.argv[2] || 1000;
var MB = +process.argv[3] || 1;
var keep = [];
// About 1 MiB per 4096 records of ~256 bytes of live objects and strings.
for (var i = 0; i < MB * 4096; i++) {
  keep.push({ i: i, s: 'record ' + i + ' '.repeat(160), a: [i, i * 2, i * 3] });
}
var n = 0;
var total = 0;
function step() {
  total = (total + n * 7 + keep.length) % 1000003;
  if (++n < N) setImmediate(step);
  else {
    console.log('HISTORY ' + n + ' ' + total);
    setInterval(function () {}, 1e9);
  }
}
setImmediate(step);
