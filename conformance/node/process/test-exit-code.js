// expect-exit: 7
// process.exit(n) ends the program with that code; 'exit' listeners run first.
process.on('exit', function (code) {
  console.log('exit event ' + code);
});
console.log('before exit');
setTimeout(function () {
  process.exit(7);
  console.log('never printed');
}, 5);
