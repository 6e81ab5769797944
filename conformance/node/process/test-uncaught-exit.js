// expect-exit: 1
// An uncaught exception ends the program with exit code 1 (after earlier output).
console.log('about to throw');
setTimeout(function () {
  throw new Error('deliberate');
}, 5);
