// persha test262-subset harness: property attribute checks.
function verifyProperty(obj, name, desc) {
  var d = Object.getOwnPropertyDescriptor(obj, name);
  if (d === undefined) {
    throw new Test262Error("property " + String(name) + " does not exist");
  }
  var keys = ["value", "writable", "enumerable", "configurable"];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (Object.prototype.hasOwnProperty.call(desc, k) && !assert._isSameValue(d[k], desc[k])) {
      throw new Test262Error(
        "property " + String(name) + ": expected " + k + " " + assert._toString(desc[k]) +
          ", got " + assert._toString(d[k])
      );
    }
  }
  return true;
}
function verifyNotEnumerable(obj, name) {
  return verifyProperty(obj, name, { enumerable: false });
}
function verifyNotWritable(obj, name) {
  return verifyProperty(obj, name, { writable: false });
}
function verifyNotConfigurable(obj, name) {
  return verifyProperty(obj, name, { configurable: false });
}
