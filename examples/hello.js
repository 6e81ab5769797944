// persha -init examples/hello.js — then Ctrl-C and `persha -restart`:
// the count continues where it stopped.
var count = 0;
console.log('Hello from persha on', process.platform);
setInterval(function () {
  count++;
  console.log('tick ' + count + ' (' + new Date().toISOString() + ')');
}, 1000);
