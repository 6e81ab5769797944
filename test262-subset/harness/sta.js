// persha test262-subset harness: Test262Error, $ERROR, $DONOTEVALUATE.
// Written for this project (the format follows test262's harness/sta.js).
function Test262Error(message) {
  this.message = message || "";
}
Test262Error.prototype.toString = function () {
  return "Test262Error: " + this.message;
};
Test262Error.thrower = function (message) {
  throw new Test262Error(message);
};
function $ERROR(message) {
  throw new Test262Error(message);
}
function $DONOTEVALUATE() {
  throw "Test262: This statement should not be evaluated.";
}
