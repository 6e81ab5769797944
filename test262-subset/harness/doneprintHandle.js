// persha test262-subset harness: $DONE for `flags: [async]` cases.
// Prints Test262:AsyncTestComplete, or Test262:AsyncTestFailure:<error>.
function $DONE(error) {
  if (error) {
    if (typeof error === "object" && error !== null && "stack" in error && error.stack) {
      console.log("Test262:AsyncTestFailure:" + error + " " + String(error.stack).split("\n")[1]);
    } else {
      console.log("Test262:AsyncTestFailure:" + error);
    }
  } else {
    console.log("Test262:AsyncTestComplete");
  }
}
function asyncTest(testFunc) {
  testFunc().then(function () { $DONE(); }, $DONE);
}
