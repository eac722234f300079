import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit
} from "./chunk-LDKM7FQ4.js";
import {
  checkPoolSpec,
  checkSettings,
  checkStaticOverlaps,
  ephemeralStateProblem,
  nodeNames
} from "./chunk-6GCPEI3D.js";

// src/pool-format/merge-defaults.ts
function mergeValues(base, override) {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === void 0 ? base : override;
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(base[key], value);
  return merged;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function selects(selector, tenant, controlPlane) {
  return (selector.tenant === void 0 || selector.tenant === tenant) && (selector.controlPlane === void 0 || selector.controlPlane === controlPlane);
}
function specificity(selector) {
  return (selector.tenant === void 0 ? 0 : 1) + (selector.controlPlane === void 0 ? 0 : 1);
}

// src/pool-format/generated/fill-defaults.js
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});
var CompletePoolSpec = validate34;
var schema51 = { "type": "object", "allOf": [{ "$ref": "#/$defs/PoolSpec" }], "required": ["provider", "replicas", "machine"], "properties": { "machine": { "type": "object", "required": ["cpus", "memoryMiB"] }, "vsphere": { "type": "object", "required": ["datacenter", "cluster", "datastore", "network", "template"] }, "vcd": { "type": "object", "required": ["catalog", "template", "network"] }, "proxmox": { "type": "object", "required": ["node", "templateVmId"] } } };
var schema37 = { "type": "object", "additionalProperties": false, "properties": { "provider": { "enum": ["vsphere", "vcd", "proxmox", "maas"] }, "replicas": { "type": "integer", "minimum": 0, "maximum": 100 }, "replace": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "x-expected": "a node name of this pool" } }, "health": { "type": "object", "additionalProperties": false, "properties": { "notReadyAfter": { "type": "string", "pattern": "^([0-9]+(ms|s|m|h))+$", "default": "10m", "x-expected": "a duration such as 10m or 1h30m" } } }, "rollout": { "type": "object", "additionalProperties": false, "properties": { "maxUnavailable": { "type": "integer", "minimum": 1, "maximum": 100, "default": 1 } } }, "machine": { "type": "object", "additionalProperties": false, "properties": { "cpus": { "type": "integer", "minimum": 1, "maximum": 768 }, "memoryMiB": { "type": "integer", "minimum": 1024, "maximum": 25165824 }, "diskGiB": { "type": "integer", "minimum": 10, "maximum": 65536, "default": 40 } } }, "kubernetes": { "type": "object", "additionalProperties": false, "properties": { "version": { "type": "string", "pattern": "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "x-expected": "vMAJOR.MINOR.PATCH, for example v1.33.2" }, "labels": { "type": "object", "propertyNames": { "maxLength": 316, "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "x-expected": "a label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters" }, "additionalProperties": { "type": "string", "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "x-expected": "a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit" } }, "taints": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key", "effect"], "properties": { "key": { "type": "string", "maxLength": 316, "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "x-expected": "a taint key such as dedicated or example.com/gpu" }, "value": { "type": "string", "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "x-expected": "at most 63 letters, digits, '-', '_' or '.'" }, "effect": { "enum": ["NoSchedule", "PreferNoSchedule", "NoExecute"] } } } } } }, "network": { "type": "object", "additionalProperties": false, "properties": { "static": { "type": "object", "additionalProperties": false, "required": ["first", "last", "prefixLength", "gateway"], "properties": { "first": { "$ref": "#/$defs/ipv4" }, "last": { "$ref": "#/$defs/ipv4" }, "prefixLength": { "type": "integer", "minimum": 8, "maximum": 30 }, "gateway": { "$ref": "#/$defs/ipv4" } } }, "nameservers": { "type": "array", "items": { "$ref": "#/$defs/ipv4" }, "uniqueItems": true, "maxItems": 3 }, "searchDomains": { "type": "array", "items": { "type": "string", "format": "hostname", "x-expected": "a DNS domain such as lab.example.com" }, "uniqueItems": true }, "domain": { "type": "string", "format": "hostname", "x-expected": "a DNS domain such as lab.example.com" } } }, "sshAuthorizedKeys": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$", "x-expected": "an OpenSSH public key line such as 'ssh-ed25519 AAAA... user@host'" } }, "bootstrap": { "type": "object", "additionalProperties": false, "properties": { "yakiURL": { "type": "string", "format": "uri", "pattern": "^https?://", "default": "https://goyaki.clastix.io", "x-expected": "an http(s) URL" }, "yakiSHA256": { "type": "string", "pattern": "^[a-f0-9]{64}$", "x-expected": "64 lowercase hex digits" }, "extraPackages": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9+.:=~-]*$", "x-expected": "a distribution package name such as nfs-common" } } } }, "vsphere": { "type": "object", "additionalProperties": false, "properties": { "datacenter": { "type": "string", "minLength": 1 }, "cluster": { "type": "string", "minLength": 1 }, "datastore": { "type": "string", "minLength": 1 }, "network": { "type": "string", "minLength": 1 }, "template": { "type": "string", "minLength": 1 }, "folder": { "type": "string", "minLength": 1 }, "resourcePool": { "type": "string", "minLength": 1 }, "nicName": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.:-]+$", "x-expected": "a network interface name such as ens192" }, "waitForGuestNetMinutes": { "type": "integer", "minimum": 0, "maximum": 60 } } }, "vcd": { "type": "object", "additionalProperties": false, "properties": { "org": { "type": "string", "minLength": 1 }, "vdc": { "type": "string", "minLength": 1 }, "vappName": { "type": "string", "pattern": "^[^/\\\\]{1,128}$", "x-expected": "1 to 128 characters without slashes" }, "catalog": { "type": "string", "minLength": 1 }, "template": { "type": "string", "minLength": 1 }, "network": { "type": "string", "minLength": 1 }, "storageProfile": { "type": "string", "minLength": 1 }, "nicName": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.:-]+$", "x-expected": "a network interface name such as ens192" } } }, "proxmox": { "type": "object", "additionalProperties": false, "properties": { "node": { "type": "string", "minLength": 1 }, "templateVmId": { "type": "integer", "minimum": 100, "maximum": 999999999 }, "datastore": { "type": "string", "minLength": 1, "default": "local-lvm" }, "snippetsDatastore": { "type": "string", "minLength": 1, "default": "local" }, "bridge": { "type": "string", "minLength": 1, "default": "vmbr0" }, "vlan": { "type": "integer", "minimum": 1, "maximum": 4094 }, "vmIdStart": { "type": "integer", "minimum": 100, "maximum": 999999899 } } }, "maas": { "type": "object", "additionalProperties": false, "properties": { "tags": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "pool": { "type": "string", "minLength": 1 }, "zone": { "type": "string", "minLength": 1 }, "distroSeries": { "type": "string", "minLength": 1, "default": "jammy" }, "hweKernel": { "type": "string", "minLength": 1 }, "subnet": { "$ref": "#/$defs/cidr" }, "interfaceName": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.:-]+$", "x-expected": "a network interface name such as eno1" } } } } };
var schema38 = { "type": "string", "format": "ipv4", "x-expected": "an IPv4 address such as 10.20.0.10" };
var schema42 = { "type": "string", "pattern": "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "x-expected": "an IPv4 CIDR such as 10.20.0.0/24" };
var func7 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern8 = new RegExp("^([0-9]+(ms|s|m|h))+$", "u");
var pattern9 = new RegExp("^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
var pattern10 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
var pattern11 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
var pattern14 = new RegExp("^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$", "u");
var pattern15 = new RegExp("^https?://", "u");
var pattern16 = new RegExp("^[a-f0-9]{64}$", "u");
var pattern17 = new RegExp("^[a-z0-9][a-z0-9+.:=~-]*$", "u");
var pattern18 = new RegExp("^[A-Za-z0-9_.:-]+$", "u");
var pattern19 = new RegExp("^[^/\\\\]{1,128}$", "u");
var pattern21 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "u");
var formats0 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
var formats8 = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
var formats12 = require_formats().fullFormats.uri;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func7.call(schema37.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (!(data0 === "vsphere" || data0 === "vcd" || data0 === "proxmox" || data0 === "maas")) {
        const err1 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema37.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.provider.enum, parentSchema: schema37.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data1 = data.replicas;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.replicas.type, parentSchema: schema37.properties.replicas, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema37.properties.replicas, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties.replicas, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.replace !== void 0) {
      let data2 = data.replace;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err5 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema37.properties.replace, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err6 = { instancePath: instancePath + "/replace/" + i0, schemaPath: "#/properties/replace/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema37.properties.replace.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/replace/" + i0, schemaPath: "#/properties/replace/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.replace.items.type, parentSchema: schema37.properties.replace.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema37.properties.replace, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.replace.type, parentSchema: schema37.properties.replace, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.health !== void 0) {
      let data4 = data.health;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.notReadyAfter === void 0) {
          data4.notReadyAfter = "10m";
        }
        for (const key1 in data4) {
          if (!(key1 === "notReadyAfter")) {
            const err10 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.health, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let data5 = data4.notReadyAfter;
        if (typeof data5 === "string") {
          if (!pattern8.test(data5)) {
            const err11 = { instancePath: instancePath + "/health/notReadyAfter", schemaPath: "#/properties/health/properties/notReadyAfter/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h))+$"', schema: "^([0-9]+(ms|s|m|h))+$", parentSchema: schema37.properties.health.properties.notReadyAfter, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/health/notReadyAfter", schemaPath: "#/properties/health/properties/notReadyAfter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.health.properties.notReadyAfter.type, parentSchema: schema37.properties.health.properties.notReadyAfter, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.health.type, parentSchema: schema37.properties.health, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data6 = data.rollout;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.maxUnavailable === void 0) {
          data6.maxUnavailable = 1;
        }
        for (const key2 in data6) {
          if (!(key2 === "maxUnavailable")) {
            const err14 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.rollout, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let data7 = data6.maxUnavailable;
        if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
          const err15 = { instancePath: instancePath + "/rollout/maxUnavailable", schemaPath: "#/properties/rollout/properties/maxUnavailable/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.rollout.properties.maxUnavailable.type, parentSchema: schema37.properties.rollout.properties.maxUnavailable, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (typeof data7 == "number" && isFinite(data7)) {
          if (data7 > 100 || isNaN(data7)) {
            const err16 = { instancePath: instancePath + "/rollout/maxUnavailable", schemaPath: "#/properties/rollout/properties/maxUnavailable/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema37.properties.rollout.properties.maxUnavailable, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (data7 < 1 || isNaN(data7)) {
            const err17 = { instancePath: instancePath + "/rollout/maxUnavailable", schemaPath: "#/properties/rollout/properties/maxUnavailable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.rollout.properties.maxUnavailable, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.rollout.type, parentSchema: schema37.properties.rollout, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.machine !== void 0) {
      let data8 = data.machine;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.diskGiB === void 0) {
          data8.diskGiB = 40;
        }
        for (const key3 in data8) {
          if (!(key3 === "cpus" || key3 === "memoryMiB" || key3 === "diskGiB")) {
            const err19 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.machine, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data8.cpus !== void 0) {
          let data9 = data8.cpus;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err20 = { instancePath: instancePath + "/machine/cpus", schemaPath: "#/properties/machine/properties/cpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.machine.properties.cpus.type, parentSchema: schema37.properties.machine.properties.cpus, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 768 || isNaN(data9)) {
              const err21 = { instancePath: instancePath + "/machine/cpus", schemaPath: "#/properties/machine/properties/cpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 768 }, message: "must be <= 768", schema: 768, parentSchema: schema37.properties.machine.properties.cpus, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data9 < 1 || isNaN(data9)) {
              const err22 = { instancePath: instancePath + "/machine/cpus", schemaPath: "#/properties/machine/properties/cpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.machine.properties.cpus, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data8.memoryMiB !== void 0) {
          let data10 = data8.memoryMiB;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err23 = { instancePath: instancePath + "/machine/memoryMiB", schemaPath: "#/properties/machine/properties/memoryMiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.machine.properties.memoryMiB.type, parentSchema: schema37.properties.machine.properties.memoryMiB, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 25165824 || isNaN(data10)) {
              const err24 = { instancePath: instancePath + "/machine/memoryMiB", schemaPath: "#/properties/machine/properties/memoryMiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 25165824 }, message: "must be <= 25165824", schema: 25165824, parentSchema: schema37.properties.machine.properties.memoryMiB, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data10 < 1024 || isNaN(data10)) {
              const err25 = { instancePath: instancePath + "/machine/memoryMiB", schemaPath: "#/properties/machine/properties/memoryMiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema37.properties.machine.properties.memoryMiB, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        let data11 = data8.diskGiB;
        if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
          const err26 = { instancePath: instancePath + "/machine/diskGiB", schemaPath: "#/properties/machine/properties/diskGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.machine.properties.diskGiB.type, parentSchema: schema37.properties.machine.properties.diskGiB, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (typeof data11 == "number" && isFinite(data11)) {
          if (data11 > 65536 || isNaN(data11)) {
            const err27 = { instancePath: instancePath + "/machine/diskGiB", schemaPath: "#/properties/machine/properties/diskGiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema37.properties.machine.properties.diskGiB, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (data11 < 10 || isNaN(data11)) {
            const err28 = { instancePath: instancePath + "/machine/diskGiB", schemaPath: "#/properties/machine/properties/diskGiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10", schema: 10, parentSchema: schema37.properties.machine.properties.diskGiB, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.machine.type, parentSchema: schema37.properties.machine, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.kubernetes !== void 0) {
      let data12 = data.kubernetes;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key4 in data12) {
          if (!(key4 === "version" || key4 === "labels" || key4 === "taints")) {
            const err30 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.kubernetes, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data12.version !== void 0) {
          let data13 = data12.version;
          if (typeof data13 === "string") {
            if (!pattern9.test(data13)) {
              const err31 = { instancePath: instancePath + "/kubernetes/version", schemaPath: "#/properties/kubernetes/properties/version/pattern", keyword: "pattern", params: { pattern: "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$" }, message: 'must match pattern "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"', schema: "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", parentSchema: schema37.properties.kubernetes.properties.version, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/kubernetes/version", schemaPath: "#/properties/kubernetes/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.kubernetes.properties.version.type, parentSchema: schema37.properties.kubernetes.properties.version, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data12.labels !== void 0) {
          let data14 = data12.labels;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key5 in data14) {
              const _errs38 = errors;
              if (typeof key5 === "string") {
                if (func1(key5) > 316) {
                  const err33 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/propertyNames/maxLength", keyword: "maxLength", params: { limit: 316 }, message: "must NOT have more than 316 characters", schema: 316, parentSchema: schema37.properties.kubernetes.properties.labels.propertyNames, data: key5, propertyName: key5 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (!pattern10.test(key5)) {
                  const err34 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37.properties.kubernetes.properties.labels.propertyNames, data: key5, propertyName: key5 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              var valid8 = _errs38 === errors;
              if (!valid8) {
                const err35 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema37.properties.kubernetes.properties.labels.propertyNames, parentSchema: schema37.properties.kubernetes.properties.labels, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            for (const key6 in data14) {
              let data15 = data14[key6];
              if (typeof data15 === "string") {
                if (func1(data15) > 63) {
                  const err36 = { instancePath: instancePath + "/kubernetes/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetes/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema37.properties.kubernetes.properties.labels.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern11.test(data15)) {
                  const err37 = { instancePath: instancePath + "/kubernetes/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetes/properties/labels/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema37.properties.kubernetes.properties.labels.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/kubernetes/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetes/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.kubernetes.properties.labels.additionalProperties.type, parentSchema: schema37.properties.kubernetes.properties.labels.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.kubernetes.properties.labels.type, parentSchema: schema37.properties.kubernetes.properties.labels, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.taints !== void 0) {
          let data16 = data12.taints;
          if (Array.isArray(data16)) {
            const len1 = data16.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data17 = data16[i2];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.key === void 0) {
                  const err40 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema37.properties.kubernetes.properties.taints.items.required, parentSchema: schema37.properties.kubernetes.properties.taints.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data17.effect === void 0) {
                  const err41 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'", schema: schema37.properties.kubernetes.properties.taints.items.required, parentSchema: schema37.properties.kubernetes.properties.taints.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key7 in data17) {
                  if (!(key7 === "key" || key7 === "value" || key7 === "effect")) {
                    const err42 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.kubernetes.properties.taints.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data17.key !== void 0) {
                  let data18 = data17.key;
                  if (typeof data18 === "string") {
                    if (func1(data18) > 316) {
                      const err43 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/key", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/key/maxLength", keyword: "maxLength", params: { limit: 316 }, message: "must NOT have more than 316 characters", schema: 316, parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.key, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data18)) {
                      const err44 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/key", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.key, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/key", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.kubernetes.properties.taints.items.properties.key.type, parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.key, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data17.value !== void 0) {
                  let data19 = data17.value;
                  if (typeof data19 === "string") {
                    if (func1(data19) > 63) {
                      const err46 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/value", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.value, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    if (!pattern11.test(data19)) {
                      const err47 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/value", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/value/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.value, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/value", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.kubernetes.properties.taints.items.properties.value.type, parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.value, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data17.effect !== void 0) {
                  let data20 = data17.effect;
                  if (!(data20 === "NoSchedule" || data20 === "PreferNoSchedule" || data20 === "NoExecute")) {
                    const err49 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/effect", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema37.properties.kubernetes.properties.taints.items.properties.effect.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.kubernetes.properties.taints.items.properties.effect.enum, parentSchema: schema37.properties.kubernetes.properties.taints.items.properties.effect, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.kubernetes.properties.taints.items.type, parentSchema: schema37.properties.kubernetes.properties.taints.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/kubernetes/taints", schemaPath: "#/properties/kubernetes/properties/taints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.kubernetes.properties.taints.type, parentSchema: schema37.properties.kubernetes.properties.taints, data: data16 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.kubernetes.type, parentSchema: schema37.properties.kubernetes, data: data12 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data21 = data.network;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key8 in data21) {
          if (!(key8 === "static" || key8 === "nameservers" || key8 === "searchDomains" || key8 === "domain")) {
            const err53 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.network, data: data21 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data21.static !== void 0) {
          let data22 = data21.static;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.first === void 0) {
              const err54 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema37.properties.network.properties.static.required, parentSchema: schema37.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data22.last === void 0) {
              const err55 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema37.properties.network.properties.static.required, parentSchema: schema37.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data22.prefixLength === void 0) {
              const err56 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "prefixLength" }, message: "must have required property 'prefixLength'", schema: schema37.properties.network.properties.static.required, parentSchema: schema37.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data22.gateway === void 0) {
              const err57 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property 'gateway'", schema: schema37.properties.network.properties.static.required, parentSchema: schema37.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            for (const key9 in data22) {
              if (!(key9 === "first" || key9 === "last" || key9 === "prefixLength" || key9 === "gateway")) {
                const err58 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.network.properties.static, data: data22 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data22.first !== void 0) {
              let data23 = data22.first;
              if (typeof data23 === "string") {
                if (!formats0.test(data23)) {
                  const err59 = { instancePath: instancePath + "/network/static/first", schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema38, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/network/static/first", schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data23 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data22.last !== void 0) {
              let data24 = data22.last;
              if (typeof data24 === "string") {
                if (!formats0.test(data24)) {
                  const err61 = { instancePath: instancePath + "/network/static/last", schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema38, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/network/static/last", schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data24 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data22.prefixLength !== void 0) {
              let data25 = data22.prefixLength;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                const err63 = { instancePath: instancePath + "/network/static/prefixLength", schemaPath: "#/properties/network/properties/static/properties/prefixLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.network.properties.static.properties.prefixLength.type, parentSchema: schema37.properties.network.properties.static.properties.prefixLength, data: data25 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 > 30 || isNaN(data25)) {
                  const err64 = { instancePath: instancePath + "/network/static/prefixLength", schemaPath: "#/properties/network/properties/static/properties/prefixLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema37.properties.network.properties.static.properties.prefixLength, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data25 < 8 || isNaN(data25)) {
                  const err65 = { instancePath: instancePath + "/network/static/prefixLength", schemaPath: "#/properties/network/properties/static/properties/prefixLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 8 }, message: "must be >= 8", schema: 8, parentSchema: schema37.properties.network.properties.static.properties.prefixLength, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data22.gateway !== void 0) {
              let data26 = data22.gateway;
              if (typeof data26 === "string") {
                if (!formats0.test(data26)) {
                  const err66 = { instancePath: instancePath + "/network/static/gateway", schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema38, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/network/static/gateway", schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data26 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.network.properties.static.type, parentSchema: schema37.properties.network.properties.static, data: data22 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data21.nameservers !== void 0) {
          let data27 = data21.nameservers;
          if (Array.isArray(data27)) {
            if (data27.length > 3) {
              const err69 = { instancePath: instancePath + "/network/nameservers", schemaPath: "#/properties/network/properties/nameservers/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items", schema: 3, parentSchema: schema37.properties.network.properties.nameservers, data: data27 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            const len2 = data27.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data28 = data27[i3];
              if (typeof data28 === "string") {
                if (!formats0.test(data28)) {
                  const err70 = { instancePath: instancePath + "/network/nameservers/" + i3, schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema38, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/network/nameservers/" + i3, schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data28 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            let i4 = data27.length;
            let j1;
            if (i4 > 1) {
              outer0: for (; i4--; ) {
                for (j1 = i4; j1--; ) {
                  if (func0(data27[i4], data27[j1])) {
                    const err72 = { instancePath: instancePath + "/network/nameservers", schemaPath: "#/properties/network/properties/nameservers/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema37.properties.network.properties.nameservers, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/network/nameservers", schemaPath: "#/properties/network/properties/nameservers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.network.properties.nameservers.type, parentSchema: schema37.properties.network.properties.nameservers, data: data27 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data21.searchDomains !== void 0) {
          let data29 = data21.searchDomains;
          if (Array.isArray(data29)) {
            const len3 = data29.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data30 = data29[i5];
              if (typeof data30 === "string") {
                if (!formats8.test(data30)) {
                  const err74 = { instancePath: instancePath + "/network/searchDomains/" + i5, schemaPath: "#/properties/network/properties/searchDomains/items/format", keyword: "format", params: { format: "hostname" }, message: 'must match format "hostname"', schema: "hostname", parentSchema: schema37.properties.network.properties.searchDomains.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/network/searchDomains/" + i5, schemaPath: "#/properties/network/properties/searchDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.network.properties.searchDomains.items.type, parentSchema: schema37.properties.network.properties.searchDomains.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            let i6 = data29.length;
            let j2;
            if (i6 > 1) {
              const indices1 = {};
              for (; i6--; ) {
                let item1 = data29[i6];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j2 = indices1[item1];
                  const err76 = { instancePath: instancePath + "/network/searchDomains", schemaPath: "#/properties/network/properties/searchDomains/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema37.properties.network.properties.searchDomains, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i6;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/network/searchDomains", schemaPath: "#/properties/network/properties/searchDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.network.properties.searchDomains.type, parentSchema: schema37.properties.network.properties.searchDomains, data: data29 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data21.domain !== void 0) {
          let data31 = data21.domain;
          if (typeof data31 === "string") {
            if (!formats8.test(data31)) {
              const err78 = { instancePath: instancePath + "/network/domain", schemaPath: "#/properties/network/properties/domain/format", keyword: "format", params: { format: "hostname" }, message: 'must match format "hostname"', schema: "hostname", parentSchema: schema37.properties.network.properties.domain, data: data31 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/network/domain", schemaPath: "#/properties/network/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.network.properties.domain.type, parentSchema: schema37.properties.network.properties.domain, data: data31 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.network.type, parentSchema: schema37.properties.network, data: data21 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.sshAuthorizedKeys !== void 0) {
      let data32 = data.sshAuthorizedKeys;
      if (Array.isArray(data32)) {
        const len4 = data32.length;
        for (let i7 = 0; i7 < len4; i7++) {
          let data33 = data32[i7];
          if (typeof data33 === "string") {
            if (!pattern14.test(data33)) {
              const err81 = { instancePath: instancePath + "/sshAuthorizedKeys/" + i7, schemaPath: "#/properties/sshAuthorizedKeys/items/pattern", keyword: "pattern", params: { pattern: "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$" }, message: 'must match pattern "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$"', schema: "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$", parentSchema: schema37.properties.sshAuthorizedKeys.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/sshAuthorizedKeys/" + i7, schemaPath: "#/properties/sshAuthorizedKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.sshAuthorizedKeys.items.type, parentSchema: schema37.properties.sshAuthorizedKeys.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        let i8 = data32.length;
        let j3;
        if (i8 > 1) {
          const indices2 = {};
          for (; i8--; ) {
            let item2 = data32[i8];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j3 = indices2[item2];
              const err83 = { instancePath: instancePath + "/sshAuthorizedKeys", schemaPath: "#/properties/sshAuthorizedKeys/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)", schema: true, parentSchema: schema37.properties.sshAuthorizedKeys, data: data32 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
              break;
            }
            indices2[item2] = i8;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/sshAuthorizedKeys", schemaPath: "#/properties/sshAuthorizedKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.sshAuthorizedKeys.type, parentSchema: schema37.properties.sshAuthorizedKeys, data: data32 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.bootstrap !== void 0) {
      let data34 = data.bootstrap;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.yakiURL === void 0) {
          data34.yakiURL = "https://goyaki.clastix.io";
        }
        for (const key10 in data34) {
          if (!(key10 === "yakiURL" || key10 === "yakiSHA256" || key10 === "extraPackages")) {
            const err85 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.bootstrap, data: data34 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        let data35 = data34.yakiURL;
        if (typeof data35 === "string") {
          if (!pattern15.test(data35)) {
            const err86 = { instancePath: instancePath + "/bootstrap/yakiURL", schemaPath: "#/properties/bootstrap/properties/yakiURL/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema37.properties.bootstrap.properties.yakiURL, data: data35 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (!formats12(data35)) {
            const err87 = { instancePath: instancePath + "/bootstrap/yakiURL", schemaPath: "#/properties/bootstrap/properties/yakiURL/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema37.properties.bootstrap.properties.yakiURL, data: data35 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        } else {
          const err88 = { instancePath: instancePath + "/bootstrap/yakiURL", schemaPath: "#/properties/bootstrap/properties/yakiURL/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.bootstrap.properties.yakiURL.type, parentSchema: schema37.properties.bootstrap.properties.yakiURL, data: data35 };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (data34.yakiSHA256 !== void 0) {
          let data36 = data34.yakiSHA256;
          if (typeof data36 === "string") {
            if (!pattern16.test(data36)) {
              const err89 = { instancePath: instancePath + "/bootstrap/yakiSHA256", schemaPath: "#/properties/bootstrap/properties/yakiSHA256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema37.properties.bootstrap.properties.yakiSHA256, data: data36 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          } else {
            const err90 = { instancePath: instancePath + "/bootstrap/yakiSHA256", schemaPath: "#/properties/bootstrap/properties/yakiSHA256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.bootstrap.properties.yakiSHA256.type, parentSchema: schema37.properties.bootstrap.properties.yakiSHA256, data: data36 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data34.extraPackages !== void 0) {
          let data37 = data34.extraPackages;
          if (Array.isArray(data37)) {
            const len5 = data37.length;
            for (let i9 = 0; i9 < len5; i9++) {
              let data38 = data37[i9];
              if (typeof data38 === "string") {
                if (!pattern17.test(data38)) {
                  const err91 = { instancePath: instancePath + "/bootstrap/extraPackages/" + i9, schemaPath: "#/properties/bootstrap/properties/extraPackages/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9+.:=~-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9+.:=~-]*$"', schema: "^[a-z0-9][a-z0-9+.:=~-]*$", parentSchema: schema37.properties.bootstrap.properties.extraPackages.items, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/bootstrap/extraPackages/" + i9, schemaPath: "#/properties/bootstrap/properties/extraPackages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.bootstrap.properties.extraPackages.items.type, parentSchema: schema37.properties.bootstrap.properties.extraPackages.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            let i10 = data37.length;
            let j4;
            if (i10 > 1) {
              const indices3 = {};
              for (; i10--; ) {
                let item3 = data37[i10];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j4 = indices3[item3];
                  const err93 = { instancePath: instancePath + "/bootstrap/extraPackages", schemaPath: "#/properties/bootstrap/properties/extraPackages/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)", schema: true, parentSchema: schema37.properties.bootstrap.properties.extraPackages, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i10;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/bootstrap/extraPackages", schemaPath: "#/properties/bootstrap/properties/extraPackages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.bootstrap.properties.extraPackages.type, parentSchema: schema37.properties.bootstrap.properties.extraPackages, data: data37 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.bootstrap.type, parentSchema: schema37.properties.bootstrap, data: data34 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.vsphere !== void 0) {
      let data39 = data.vsphere;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key11 in data39) {
          if (!func7.call(schema37.properties.vsphere.properties, key11)) {
            const err96 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.vsphere, data: data39 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data39.datacenter !== void 0) {
          let data40 = data39.datacenter;
          if (typeof data40 === "string") {
            if (func1(data40) < 1) {
              const err97 = { instancePath: instancePath + "/vsphere/datacenter", schemaPath: "#/properties/vsphere/properties/datacenter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.datacenter, data: data40 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/vsphere/datacenter", schemaPath: "#/properties/vsphere/properties/datacenter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.datacenter.type, parentSchema: schema37.properties.vsphere.properties.datacenter, data: data40 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data39.cluster !== void 0) {
          let data41 = data39.cluster;
          if (typeof data41 === "string") {
            if (func1(data41) < 1) {
              const err99 = { instancePath: instancePath + "/vsphere/cluster", schemaPath: "#/properties/vsphere/properties/cluster/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.cluster, data: data41 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/vsphere/cluster", schemaPath: "#/properties/vsphere/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.cluster.type, parentSchema: schema37.properties.vsphere.properties.cluster, data: data41 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data39.datastore !== void 0) {
          let data42 = data39.datastore;
          if (typeof data42 === "string") {
            if (func1(data42) < 1) {
              const err101 = { instancePath: instancePath + "/vsphere/datastore", schemaPath: "#/properties/vsphere/properties/datastore/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.datastore, data: data42 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = { instancePath: instancePath + "/vsphere/datastore", schemaPath: "#/properties/vsphere/properties/datastore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.datastore.type, parentSchema: schema37.properties.vsphere.properties.datastore, data: data42 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data39.network !== void 0) {
          let data43 = data39.network;
          if (typeof data43 === "string") {
            if (func1(data43) < 1) {
              const err103 = { instancePath: instancePath + "/vsphere/network", schemaPath: "#/properties/vsphere/properties/network/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.network, data: data43 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = { instancePath: instancePath + "/vsphere/network", schemaPath: "#/properties/vsphere/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.network.type, parentSchema: schema37.properties.vsphere.properties.network, data: data43 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data39.template !== void 0) {
          let data44 = data39.template;
          if (typeof data44 === "string") {
            if (func1(data44) < 1) {
              const err105 = { instancePath: instancePath + "/vsphere/template", schemaPath: "#/properties/vsphere/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.template, data: data44 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          } else {
            const err106 = { instancePath: instancePath + "/vsphere/template", schemaPath: "#/properties/vsphere/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.template.type, parentSchema: schema37.properties.vsphere.properties.template, data: data44 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data39.folder !== void 0) {
          let data45 = data39.folder;
          if (typeof data45 === "string") {
            if (func1(data45) < 1) {
              const err107 = { instancePath: instancePath + "/vsphere/folder", schemaPath: "#/properties/vsphere/properties/folder/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.folder, data: data45 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/vsphere/folder", schemaPath: "#/properties/vsphere/properties/folder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.folder.type, parentSchema: schema37.properties.vsphere.properties.folder, data: data45 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data39.resourcePool !== void 0) {
          let data46 = data39.resourcePool;
          if (typeof data46 === "string") {
            if (func1(data46) < 1) {
              const err109 = { instancePath: instancePath + "/vsphere/resourcePool", schemaPath: "#/properties/vsphere/properties/resourcePool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.resourcePool, data: data46 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          } else {
            const err110 = { instancePath: instancePath + "/vsphere/resourcePool", schemaPath: "#/properties/vsphere/properties/resourcePool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.resourcePool.type, parentSchema: schema37.properties.vsphere.properties.resourcePool, data: data46 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data39.nicName !== void 0) {
          let data47 = data39.nicName;
          if (typeof data47 === "string") {
            if (func1(data47) < 1) {
              const err111 = { instancePath: instancePath + "/vsphere/nicName", schemaPath: "#/properties/vsphere/properties/nicName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vsphere.properties.nicName, data: data47 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            if (!pattern18.test(data47)) {
              const err112 = { instancePath: instancePath + "/vsphere/nicName", schemaPath: "#/properties/vsphere/properties/nicName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema37.properties.vsphere.properties.nicName, data: data47 };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          } else {
            const err113 = { instancePath: instancePath + "/vsphere/nicName", schemaPath: "#/properties/vsphere/properties/nicName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vsphere.properties.nicName.type, parentSchema: schema37.properties.vsphere.properties.nicName, data: data47 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data39.waitForGuestNetMinutes !== void 0) {
          let data48 = data39.waitForGuestNetMinutes;
          if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
            const err114 = { instancePath: instancePath + "/vsphere/waitForGuestNetMinutes", schemaPath: "#/properties/vsphere/properties/waitForGuestNetMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.vsphere.properties.waitForGuestNetMinutes.type, parentSchema: schema37.properties.vsphere.properties.waitForGuestNetMinutes, data: data48 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (typeof data48 == "number" && isFinite(data48)) {
            if (data48 > 60 || isNaN(data48)) {
              const err115 = { instancePath: instancePath + "/vsphere/waitForGuestNetMinutes", schemaPath: "#/properties/vsphere/properties/waitForGuestNetMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60", schema: 60, parentSchema: schema37.properties.vsphere.properties.waitForGuestNetMinutes, data: data48 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data48 < 0 || isNaN(data48)) {
              const err116 = { instancePath: instancePath + "/vsphere/waitForGuestNetMinutes", schemaPath: "#/properties/vsphere/properties/waitForGuestNetMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties.vsphere.properties.waitForGuestNetMinutes, data: data48 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.vsphere.type, parentSchema: schema37.properties.vsphere, data: data39 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.vcd !== void 0) {
      let data49 = data.vcd;
      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
        for (const key12 in data49) {
          if (!(key12 === "org" || key12 === "vdc" || key12 === "vappName" || key12 === "catalog" || key12 === "template" || key12 === "network" || key12 === "storageProfile" || key12 === "nicName")) {
            const err118 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.vcd, data: data49 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data49.org !== void 0) {
          let data50 = data49.org;
          if (typeof data50 === "string") {
            if (func1(data50) < 1) {
              const err119 = { instancePath: instancePath + "/vcd/org", schemaPath: "#/properties/vcd/properties/org/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.org, data: data50 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          } else {
            const err120 = { instancePath: instancePath + "/vcd/org", schemaPath: "#/properties/vcd/properties/org/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.org.type, parentSchema: schema37.properties.vcd.properties.org, data: data50 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data49.vdc !== void 0) {
          let data51 = data49.vdc;
          if (typeof data51 === "string") {
            if (func1(data51) < 1) {
              const err121 = { instancePath: instancePath + "/vcd/vdc", schemaPath: "#/properties/vcd/properties/vdc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.vdc, data: data51 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          } else {
            const err122 = { instancePath: instancePath + "/vcd/vdc", schemaPath: "#/properties/vcd/properties/vdc/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.vdc.type, parentSchema: schema37.properties.vcd.properties.vdc, data: data51 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data49.vappName !== void 0) {
          let data52 = data49.vappName;
          if (typeof data52 === "string") {
            if (!pattern19.test(data52)) {
              const err123 = { instancePath: instancePath + "/vcd/vappName", schemaPath: "#/properties/vcd/properties/vappName/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]{1,128}$" }, message: 'must match pattern "^[^/\\\\]{1,128}$"', schema: "^[^/\\\\]{1,128}$", parentSchema: schema37.properties.vcd.properties.vappName, data: data52 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          } else {
            const err124 = { instancePath: instancePath + "/vcd/vappName", schemaPath: "#/properties/vcd/properties/vappName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.vappName.type, parentSchema: schema37.properties.vcd.properties.vappName, data: data52 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data49.catalog !== void 0) {
          let data53 = data49.catalog;
          if (typeof data53 === "string") {
            if (func1(data53) < 1) {
              const err125 = { instancePath: instancePath + "/vcd/catalog", schemaPath: "#/properties/vcd/properties/catalog/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.catalog, data: data53 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          } else {
            const err126 = { instancePath: instancePath + "/vcd/catalog", schemaPath: "#/properties/vcd/properties/catalog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.catalog.type, parentSchema: schema37.properties.vcd.properties.catalog, data: data53 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data49.template !== void 0) {
          let data54 = data49.template;
          if (typeof data54 === "string") {
            if (func1(data54) < 1) {
              const err127 = { instancePath: instancePath + "/vcd/template", schemaPath: "#/properties/vcd/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.template, data: data54 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          } else {
            const err128 = { instancePath: instancePath + "/vcd/template", schemaPath: "#/properties/vcd/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.template.type, parentSchema: schema37.properties.vcd.properties.template, data: data54 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data49.network !== void 0) {
          let data55 = data49.network;
          if (typeof data55 === "string") {
            if (func1(data55) < 1) {
              const err129 = { instancePath: instancePath + "/vcd/network", schemaPath: "#/properties/vcd/properties/network/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.network, data: data55 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          } else {
            const err130 = { instancePath: instancePath + "/vcd/network", schemaPath: "#/properties/vcd/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.network.type, parentSchema: schema37.properties.vcd.properties.network, data: data55 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data49.storageProfile !== void 0) {
          let data56 = data49.storageProfile;
          if (typeof data56 === "string") {
            if (func1(data56) < 1) {
              const err131 = { instancePath: instancePath + "/vcd/storageProfile", schemaPath: "#/properties/vcd/properties/storageProfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.storageProfile, data: data56 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          } else {
            const err132 = { instancePath: instancePath + "/vcd/storageProfile", schemaPath: "#/properties/vcd/properties/storageProfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.storageProfile.type, parentSchema: schema37.properties.vcd.properties.storageProfile, data: data56 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data49.nicName !== void 0) {
          let data57 = data49.nicName;
          if (typeof data57 === "string") {
            if (func1(data57) < 1) {
              const err133 = { instancePath: instancePath + "/vcd/nicName", schemaPath: "#/properties/vcd/properties/nicName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.vcd.properties.nicName, data: data57 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (!pattern18.test(data57)) {
              const err134 = { instancePath: instancePath + "/vcd/nicName", schemaPath: "#/properties/vcd/properties/nicName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema37.properties.vcd.properties.nicName, data: data57 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          } else {
            const err135 = { instancePath: instancePath + "/vcd/nicName", schemaPath: "#/properties/vcd/properties/nicName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.vcd.properties.nicName.type, parentSchema: schema37.properties.vcd.properties.nicName, data: data57 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.vcd.type, parentSchema: schema37.properties.vcd, data: data49 };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data.proxmox !== void 0) {
      let data58 = data.proxmox;
      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
        if (data58.datastore === void 0) {
          data58.datastore = "local-lvm";
        }
        if (data58.snippetsDatastore === void 0) {
          data58.snippetsDatastore = "local";
        }
        if (data58.bridge === void 0) {
          data58.bridge = "vmbr0";
        }
        for (const key13 in data58) {
          if (!(key13 === "node" || key13 === "templateVmId" || key13 === "datastore" || key13 === "snippetsDatastore" || key13 === "bridge" || key13 === "vlan" || key13 === "vmIdStart")) {
            const err137 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.proxmox, data: data58 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data58.node !== void 0) {
          let data59 = data58.node;
          if (typeof data59 === "string") {
            if (func1(data59) < 1) {
              const err138 = { instancePath: instancePath + "/proxmox/node", schemaPath: "#/properties/proxmox/properties/node/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.proxmox.properties.node, data: data59 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          } else {
            const err139 = { instancePath: instancePath + "/proxmox/node", schemaPath: "#/properties/proxmox/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.proxmox.properties.node.type, parentSchema: schema37.properties.proxmox.properties.node, data: data59 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data58.templateVmId !== void 0) {
          let data60 = data58.templateVmId;
          if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
            const err140 = { instancePath: instancePath + "/proxmox/templateVmId", schemaPath: "#/properties/proxmox/properties/templateVmId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.proxmox.properties.templateVmId.type, parentSchema: schema37.properties.proxmox.properties.templateVmId, data: data60 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
          if (typeof data60 == "number" && isFinite(data60)) {
            if (data60 > 999999999 || isNaN(data60)) {
              const err141 = { instancePath: instancePath + "/proxmox/templateVmId", schemaPath: "#/properties/proxmox/properties/templateVmId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999 }, message: "must be <= 999999999", schema: 999999999, parentSchema: schema37.properties.proxmox.properties.templateVmId, data: data60 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            if (data60 < 100 || isNaN(data60)) {
              const err142 = { instancePath: instancePath + "/proxmox/templateVmId", schemaPath: "#/properties/proxmox/properties/templateVmId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema37.properties.proxmox.properties.templateVmId, data: data60 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          }
        }
        let data61 = data58.datastore;
        if (typeof data61 === "string") {
          if (func1(data61) < 1) {
            const err143 = { instancePath: instancePath + "/proxmox/datastore", schemaPath: "#/properties/proxmox/properties/datastore/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.proxmox.properties.datastore, data: data61 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        } else {
          const err144 = { instancePath: instancePath + "/proxmox/datastore", schemaPath: "#/properties/proxmox/properties/datastore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.proxmox.properties.datastore.type, parentSchema: schema37.properties.proxmox.properties.datastore, data: data61 };
          if (vErrors === null) {
            vErrors = [err144];
          } else {
            vErrors.push(err144);
          }
          errors++;
        }
        let data62 = data58.snippetsDatastore;
        if (typeof data62 === "string") {
          if (func1(data62) < 1) {
            const err145 = { instancePath: instancePath + "/proxmox/snippetsDatastore", schemaPath: "#/properties/proxmox/properties/snippetsDatastore/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.proxmox.properties.snippetsDatastore, data: data62 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        } else {
          const err146 = { instancePath: instancePath + "/proxmox/snippetsDatastore", schemaPath: "#/properties/proxmox/properties/snippetsDatastore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.proxmox.properties.snippetsDatastore.type, parentSchema: schema37.properties.proxmox.properties.snippetsDatastore, data: data62 };
          if (vErrors === null) {
            vErrors = [err146];
          } else {
            vErrors.push(err146);
          }
          errors++;
        }
        let data63 = data58.bridge;
        if (typeof data63 === "string") {
          if (func1(data63) < 1) {
            const err147 = { instancePath: instancePath + "/proxmox/bridge", schemaPath: "#/properties/proxmox/properties/bridge/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.proxmox.properties.bridge, data: data63 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        } else {
          const err148 = { instancePath: instancePath + "/proxmox/bridge", schemaPath: "#/properties/proxmox/properties/bridge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.proxmox.properties.bridge.type, parentSchema: schema37.properties.proxmox.properties.bridge, data: data63 };
          if (vErrors === null) {
            vErrors = [err148];
          } else {
            vErrors.push(err148);
          }
          errors++;
        }
        if (data58.vlan !== void 0) {
          let data64 = data58.vlan;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
            const err149 = { instancePath: instancePath + "/proxmox/vlan", schemaPath: "#/properties/proxmox/properties/vlan/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.proxmox.properties.vlan.type, parentSchema: schema37.properties.proxmox.properties.vlan, data: data64 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
          if (typeof data64 == "number" && isFinite(data64)) {
            if (data64 > 4094 || isNaN(data64)) {
              const err150 = { instancePath: instancePath + "/proxmox/vlan", schemaPath: "#/properties/proxmox/properties/vlan/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema37.properties.proxmox.properties.vlan, data: data64 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data64 < 1 || isNaN(data64)) {
              const err151 = { instancePath: instancePath + "/proxmox/vlan", schemaPath: "#/properties/proxmox/properties/vlan/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.proxmox.properties.vlan, data: data64 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
          }
        }
        if (data58.vmIdStart !== void 0) {
          let data65 = data58.vmIdStart;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
            const err152 = { instancePath: instancePath + "/proxmox/vmIdStart", schemaPath: "#/properties/proxmox/properties/vmIdStart/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.proxmox.properties.vmIdStart.type, parentSchema: schema37.properties.proxmox.properties.vmIdStart, data: data65 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 > 999999899 || isNaN(data65)) {
              const err153 = { instancePath: instancePath + "/proxmox/vmIdStart", schemaPath: "#/properties/proxmox/properties/vmIdStart/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999899 }, message: "must be <= 999999899", schema: 999999899, parentSchema: schema37.properties.proxmox.properties.vmIdStart, data: data65 };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
            if (data65 < 100 || isNaN(data65)) {
              const err154 = { instancePath: instancePath + "/proxmox/vmIdStart", schemaPath: "#/properties/proxmox/properties/vmIdStart/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema37.properties.proxmox.properties.vmIdStart, data: data65 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.proxmox.type, parentSchema: schema37.properties.proxmox, data: data58 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.maas !== void 0) {
      let data66 = data.maas;
      if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
        if (data66.distroSeries === void 0) {
          data66.distroSeries = "jammy";
        }
        for (const key14 in data66) {
          if (!(key14 === "tags" || key14 === "pool" || key14 === "zone" || key14 === "distroSeries" || key14 === "hweKernel" || key14 === "subnet" || key14 === "interfaceName")) {
            const err156 = { instancePath: instancePath + "/maas", schemaPath: "#/properties/maas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.maas, data: data66 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data66.tags !== void 0) {
          let data67 = data66.tags;
          if (Array.isArray(data67)) {
            const len6 = data67.length;
            for (let i11 = 0; i11 < len6; i11++) {
              let data68 = data67[i11];
              if (typeof data68 === "string") {
                if (func1(data68) < 1) {
                  const err157 = { instancePath: instancePath + "/maas/tags/" + i11, schemaPath: "#/properties/maas/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.maas.properties.tags.items, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              } else {
                const err158 = { instancePath: instancePath + "/maas/tags/" + i11, schemaPath: "#/properties/maas/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.maas.properties.tags.items.type, parentSchema: schema37.properties.maas.properties.tags.items, data: data68 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            let i12 = data67.length;
            let j5;
            if (i12 > 1) {
              const indices4 = {};
              for (; i12--; ) {
                let item4 = data67[i12];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j5 = indices4[item4];
                  const err159 = { instancePath: instancePath + "/maas/tags", schemaPath: "#/properties/maas/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: true, parentSchema: schema37.properties.maas.properties.tags, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i12;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/maas/tags", schemaPath: "#/properties/maas/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.maas.properties.tags.type, parentSchema: schema37.properties.maas.properties.tags, data: data67 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data66.pool !== void 0) {
          let data69 = data66.pool;
          if (typeof data69 === "string") {
            if (func1(data69) < 1) {
              const err161 = { instancePath: instancePath + "/maas/pool", schemaPath: "#/properties/maas/properties/pool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.maas.properties.pool, data: data69 };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
          } else {
            const err162 = { instancePath: instancePath + "/maas/pool", schemaPath: "#/properties/maas/properties/pool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.maas.properties.pool.type, parentSchema: schema37.properties.maas.properties.pool, data: data69 };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data66.zone !== void 0) {
          let data70 = data66.zone;
          if (typeof data70 === "string") {
            if (func1(data70) < 1) {
              const err163 = { instancePath: instancePath + "/maas/zone", schemaPath: "#/properties/maas/properties/zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.maas.properties.zone, data: data70 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          } else {
            const err164 = { instancePath: instancePath + "/maas/zone", schemaPath: "#/properties/maas/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.maas.properties.zone.type, parentSchema: schema37.properties.maas.properties.zone, data: data70 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        let data71 = data66.distroSeries;
        if (typeof data71 === "string") {
          if (func1(data71) < 1) {
            const err165 = { instancePath: instancePath + "/maas/distroSeries", schemaPath: "#/properties/maas/properties/distroSeries/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.maas.properties.distroSeries, data: data71 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        } else {
          const err166 = { instancePath: instancePath + "/maas/distroSeries", schemaPath: "#/properties/maas/properties/distroSeries/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.maas.properties.distroSeries.type, parentSchema: schema37.properties.maas.properties.distroSeries, data: data71 };
          if (vErrors === null) {
            vErrors = [err166];
          } else {
            vErrors.push(err166);
          }
          errors++;
        }
        if (data66.hweKernel !== void 0) {
          let data72 = data66.hweKernel;
          if (typeof data72 === "string") {
            if (func1(data72) < 1) {
              const err167 = { instancePath: instancePath + "/maas/hweKernel", schemaPath: "#/properties/maas/properties/hweKernel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.maas.properties.hweKernel, data: data72 };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          } else {
            const err168 = { instancePath: instancePath + "/maas/hweKernel", schemaPath: "#/properties/maas/properties/hweKernel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.maas.properties.hweKernel.type, parentSchema: schema37.properties.maas.properties.hweKernel, data: data72 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data66.subnet !== void 0) {
          let data73 = data66.subnet;
          if (typeof data73 === "string") {
            if (!pattern21.test(data73)) {
              const err169 = { instancePath: instancePath + "/maas/subnet", schemaPath: "#/$defs/cidr/pattern", keyword: "pattern", params: { pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$" }, message: 'must match pattern "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"', schema: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", parentSchema: schema42, data: data73 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          } else {
            const err170 = { instancePath: instancePath + "/maas/subnet", schemaPath: "#/$defs/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data73 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        if (data66.interfaceName !== void 0) {
          let data74 = data66.interfaceName;
          if (typeof data74 === "string") {
            if (func1(data74) < 1) {
              const err171 = { instancePath: instancePath + "/maas/interfaceName", schemaPath: "#/properties/maas/properties/interfaceName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.maas.properties.interfaceName, data: data74 };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (!pattern18.test(data74)) {
              const err172 = { instancePath: instancePath + "/maas/interfaceName", schemaPath: "#/properties/maas/properties/interfaceName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema37.properties.maas.properties.interfaceName, data: data74 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          } else {
            const err173 = { instancePath: instancePath + "/maas/interfaceName", schemaPath: "#/properties/maas/properties/interfaceName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.maas.properties.interfaceName.type, parentSchema: schema37.properties.maas.properties.interfaceName, data: data74 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath + "/maas", schemaPath: "#/properties/maas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.maas.type, parentSchema: schema37.properties.maas, data: data66 };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
  } else {
    const err175 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err175];
    } else {
      vErrors.push(err175);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.replicas === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replicas" }, message: "must have required property 'replicas'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.machine === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "machine" }, message: "must have required property 'machine'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.machine !== void 0) {
      let data0 = data.machine;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.cpus === void 0) {
          const err3 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/required", keyword: "required", params: { missingProperty: "cpus" }, message: "must have required property 'cpus'", schema: schema51.properties.machine.required, parentSchema: schema51.properties.machine, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.memoryMiB === void 0) {
          const err4 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/required", keyword: "required", params: { missingProperty: "memoryMiB" }, message: "must have required property 'memoryMiB'", schema: schema51.properties.machine.required, parentSchema: schema51.properties.machine, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.machine.type, parentSchema: schema51.properties.machine, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.vsphere !== void 0) {
      let data1 = data.vsphere;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.datacenter === void 0) {
          const err6 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/required", keyword: "required", params: { missingProperty: "datacenter" }, message: "must have required property 'datacenter'", schema: schema51.properties.vsphere.required, parentSchema: schema51.properties.vsphere, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.cluster === void 0) {
          const err7 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/required", keyword: "required", params: { missingProperty: "cluster" }, message: "must have required property 'cluster'", schema: schema51.properties.vsphere.required, parentSchema: schema51.properties.vsphere, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.datastore === void 0) {
          const err8 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/required", keyword: "required", params: { missingProperty: "datastore" }, message: "must have required property 'datastore'", schema: schema51.properties.vsphere.required, parentSchema: schema51.properties.vsphere, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.network === void 0) {
          const err9 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/required", keyword: "required", params: { missingProperty: "network" }, message: "must have required property 'network'", schema: schema51.properties.vsphere.required, parentSchema: schema51.properties.vsphere, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.template === void 0) {
          const err10 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema51.properties.vsphere.required, parentSchema: schema51.properties.vsphere, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.vsphere.type, parentSchema: schema51.properties.vsphere, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.vcd !== void 0) {
      let data2 = data.vcd;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.catalog === void 0) {
          const err12 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/required", keyword: "required", params: { missingProperty: "catalog" }, message: "must have required property 'catalog'", schema: schema51.properties.vcd.required, parentSchema: schema51.properties.vcd, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.template === void 0) {
          const err13 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema51.properties.vcd.required, parentSchema: schema51.properties.vcd, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2.network === void 0) {
          const err14 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/required", keyword: "required", params: { missingProperty: "network" }, message: "must have required property 'network'", schema: schema51.properties.vcd.required, parentSchema: schema51.properties.vcd, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.vcd.type, parentSchema: schema51.properties.vcd, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.proxmox !== void 0) {
      let data3 = data.proxmox;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.node === void 0) {
          const err16 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'", schema: schema51.properties.proxmox.required, parentSchema: schema51.properties.proxmox, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data3.templateVmId === void 0) {
          const err17 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/required", keyword: "required", params: { missingProperty: "templateVmId" }, message: "must have required property 'templateVmId'", schema: schema51.properties.proxmox.required, parentSchema: schema51.properties.proxmox, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.proxmox.type, parentSchema: schema51.properties.proxmox, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var NodePoolSettings = validate36;
var schema47 = { "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": true, "kind": true, "metadata": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/dnsLabel" } } }, "spec": { "type": "object", "additionalProperties": false, "properties": { "backend": { "$ref": "#/$defs/Backend" }, "terraform": { "type": "object", "additionalProperties": false, "properties": { "tool": { "enum": ["terraform", "tofu"], "default": "terraform" }, "version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$", "x-expected": "a version such as 1.8.5" } } } } } } };
var schema34 = { "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "x-expected": "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters" };
var pattern30 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$", "u");
var schema49 = { "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "local": { "type": "object", "additionalProperties": false, "properties": { "directory": { "type": "string", "minLength": 1, "default": ".nodepool-state" }, "persistent": { "type": "boolean", "default": false } } }, "s3": { "type": "object", "additionalProperties": false, "required": ["bucket", "region"], "properties": { "bucket": { "type": "string", "minLength": 3 }, "keyPrefix": { "type": "string", "default": "nodepool/" }, "region": { "type": "string", "minLength": 1 }, "endpoint": { "type": "string", "format": "uri", "x-expected": "a URL" }, "dynamodbTable": { "type": "string", "minLength": 1 }, "usePathStyle": { "type": "boolean" }, "encrypt": { "type": "boolean", "default": true } } }, "gcs": { "type": "object", "additionalProperties": false, "required": ["bucket"], "properties": { "bucket": { "type": "string", "minLength": 3 }, "prefix": { "type": "string", "default": "nodepool/" } } }, "azurerm": { "type": "object", "additionalProperties": false, "required": ["resourceGroupName", "storageAccountName", "containerName"], "properties": { "resourceGroupName": { "type": "string", "minLength": 1 }, "storageAccountName": { "type": "string", "minLength": 3 }, "containerName": { "type": "string", "minLength": 3 }, "keyPrefix": { "type": "string", "default": "nodepool/" } } }, "http": { "type": "object", "additionalProperties": false, "required": ["address"], "properties": { "address": { "type": "string", "format": "uri", "pattern": "^https?://", "x-expected": "an http(s) URL" }, "lock": { "type": "boolean", "default": true } } }, "kubernetes": { "type": "object", "additionalProperties": false, "required": ["namespace"], "properties": { "namespace": { "$ref": "#/$defs/dnsLabel" }, "inClusterConfig": { "type": "boolean", "default": false } } }, "pg": { "type": "object", "additionalProperties": false, "properties": { "schemaPrefix": { "type": "string", "pattern": "^[a-z_][a-z0-9_]*$", "default": "nodepool_", "x-expected": "lowercase letters, digits and '_'" } } }, "remote": { "type": "object", "additionalProperties": false, "required": ["organization"], "properties": { "hostname": { "type": "string", "format": "hostname", "default": "app.terraform.io", "x-expected": "a host name" }, "organization": { "type": "string", "minLength": 1 }, "workspacePrefix": { "type": "string", "default": "nodepool-" } } } } };
var pattern29 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "local" || key0 === "s3" || key0 === "gcs" || key0 === "azurerm" || key0 === "http" || key0 === "kubernetes" || key0 === "pg" || key0 === "remote")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.local !== void 0) {
      let data0 = data.local;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.directory === void 0) {
          data0.directory = ".nodepool-state";
        }
        if (data0.persistent === void 0) {
          data0.persistent = false;
        }
        for (const key1 in data0) {
          if (!(key1 === "directory" || key1 === "persistent")) {
            const err3 = { instancePath: instancePath + "/local", schemaPath: "#/properties/local/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.local, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let data1 = data0.directory;
        if (typeof data1 === "string") {
          if (func1(data1) < 1) {
            const err4 = { instancePath: instancePath + "/local/directory", schemaPath: "#/properties/local/properties/directory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.local.properties.directory, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/local/directory", schemaPath: "#/properties/local/properties/directory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.local.properties.directory.type, parentSchema: schema49.properties.local.properties.directory, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        let data2 = data0.persistent;
        if (typeof data2 !== "boolean") {
          const err6 = { instancePath: instancePath + "/local/persistent", schemaPath: "#/properties/local/properties/persistent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.local.properties.persistent.type, parentSchema: schema49.properties.local.properties.persistent, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/local", schemaPath: "#/properties/local/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.local.type, parentSchema: schema49.properties.local, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.s3 !== void 0) {
      let data3 = data.s3;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.keyPrefix === void 0) {
          data3.keyPrefix = "nodepool/";
        }
        if (data3.encrypt === void 0) {
          data3.encrypt = true;
        }
        if (data3.bucket === void 0) {
          const err8 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: schema49.properties.s3.required, parentSchema: schema49.properties.s3, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.region === void 0) {
          const err9 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema49.properties.s3.required, parentSchema: schema49.properties.s3, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!(key2 === "bucket" || key2 === "keyPrefix" || key2 === "region" || key2 === "endpoint" || key2 === "dynamodbTable" || key2 === "usePathStyle" || key2 === "encrypt")) {
            const err10 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.s3, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.bucket !== void 0) {
          let data4 = data3.bucket;
          if (typeof data4 === "string") {
            if (func1(data4) < 3) {
              const err11 = { instancePath: instancePath + "/s3/bucket", schemaPath: "#/properties/s3/properties/bucket/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema49.properties.s3.properties.bucket, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/s3/bucket", schemaPath: "#/properties/s3/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.s3.properties.bucket.type, parentSchema: schema49.properties.s3.properties.bucket, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let data5 = data3.keyPrefix;
        if (typeof data5 !== "string") {
          const err13 = { instancePath: instancePath + "/s3/keyPrefix", schemaPath: "#/properties/s3/properties/keyPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.s3.properties.keyPrefix.type, parentSchema: schema49.properties.s3.properties.keyPrefix, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3.region !== void 0) {
          let data6 = data3.region;
          if (typeof data6 === "string") {
            if (func1(data6) < 1) {
              const err14 = { instancePath: instancePath + "/s3/region", schemaPath: "#/properties/s3/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.s3.properties.region, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/s3/region", schemaPath: "#/properties/s3/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.s3.properties.region.type, parentSchema: schema49.properties.s3.properties.region, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.endpoint !== void 0) {
          let data7 = data3.endpoint;
          if (typeof data7 === "string") {
            if (!formats12(data7)) {
              const err16 = { instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema49.properties.s3.properties.endpoint, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.s3.properties.endpoint.type, parentSchema: schema49.properties.s3.properties.endpoint, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.dynamodbTable !== void 0) {
          let data8 = data3.dynamodbTable;
          if (typeof data8 === "string") {
            if (func1(data8) < 1) {
              const err18 = { instancePath: instancePath + "/s3/dynamodbTable", schemaPath: "#/properties/s3/properties/dynamodbTable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.s3.properties.dynamodbTable, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/s3/dynamodbTable", schemaPath: "#/properties/s3/properties/dynamodbTable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.s3.properties.dynamodbTable.type, parentSchema: schema49.properties.s3.properties.dynamodbTable, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.usePathStyle !== void 0) {
          let data9 = data3.usePathStyle;
          if (typeof data9 !== "boolean") {
            const err20 = { instancePath: instancePath + "/s3/usePathStyle", schemaPath: "#/properties/s3/properties/usePathStyle/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.s3.properties.usePathStyle.type, parentSchema: schema49.properties.s3.properties.usePathStyle, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let data10 = data3.encrypt;
        if (typeof data10 !== "boolean") {
          const err21 = { instancePath: instancePath + "/s3/encrypt", schemaPath: "#/properties/s3/properties/encrypt/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.s3.properties.encrypt.type, parentSchema: schema49.properties.s3.properties.encrypt, data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.s3.type, parentSchema: schema49.properties.s3, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.gcs !== void 0) {
      let data11 = data.gcs;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.prefix === void 0) {
          data11.prefix = "nodepool/";
        }
        if (data11.bucket === void 0) {
          const err23 = { instancePath: instancePath + "/gcs", schemaPath: "#/properties/gcs/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: schema49.properties.gcs.required, parentSchema: schema49.properties.gcs, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key3 in data11) {
          if (!(key3 === "bucket" || key3 === "prefix")) {
            const err24 = { instancePath: instancePath + "/gcs", schemaPath: "#/properties/gcs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.gcs, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data11.bucket !== void 0) {
          let data12 = data11.bucket;
          if (typeof data12 === "string") {
            if (func1(data12) < 3) {
              const err25 = { instancePath: instancePath + "/gcs/bucket", schemaPath: "#/properties/gcs/properties/bucket/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema49.properties.gcs.properties.bucket, data: data12 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/gcs/bucket", schemaPath: "#/properties/gcs/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.gcs.properties.bucket.type, parentSchema: schema49.properties.gcs.properties.bucket, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let data13 = data11.prefix;
        if (typeof data13 !== "string") {
          const err27 = { instancePath: instancePath + "/gcs/prefix", schemaPath: "#/properties/gcs/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.gcs.properties.prefix.type, parentSchema: schema49.properties.gcs.properties.prefix, data: data13 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/gcs", schemaPath: "#/properties/gcs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.gcs.type, parentSchema: schema49.properties.gcs, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.azurerm !== void 0) {
      let data14 = data.azurerm;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.keyPrefix === void 0) {
          data14.keyPrefix = "nodepool/";
        }
        if (data14.resourceGroupName === void 0) {
          const err29 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/required", keyword: "required", params: { missingProperty: "resourceGroupName" }, message: "must have required property 'resourceGroupName'", schema: schema49.properties.azurerm.required, parentSchema: schema49.properties.azurerm, data: data14 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data14.storageAccountName === void 0) {
          const err30 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/required", keyword: "required", params: { missingProperty: "storageAccountName" }, message: "must have required property 'storageAccountName'", schema: schema49.properties.azurerm.required, parentSchema: schema49.properties.azurerm, data: data14 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data14.containerName === void 0) {
          const err31 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/required", keyword: "required", params: { missingProperty: "containerName" }, message: "must have required property 'containerName'", schema: schema49.properties.azurerm.required, parentSchema: schema49.properties.azurerm, data: data14 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key4 in data14) {
          if (!(key4 === "resourceGroupName" || key4 === "storageAccountName" || key4 === "containerName" || key4 === "keyPrefix")) {
            const err32 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.azurerm, data: data14 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data14.resourceGroupName !== void 0) {
          let data15 = data14.resourceGroupName;
          if (typeof data15 === "string") {
            if (func1(data15) < 1) {
              const err33 = { instancePath: instancePath + "/azurerm/resourceGroupName", schemaPath: "#/properties/azurerm/properties/resourceGroupName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.azurerm.properties.resourceGroupName, data: data15 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/azurerm/resourceGroupName", schemaPath: "#/properties/azurerm/properties/resourceGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.azurerm.properties.resourceGroupName.type, parentSchema: schema49.properties.azurerm.properties.resourceGroupName, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data14.storageAccountName !== void 0) {
          let data16 = data14.storageAccountName;
          if (typeof data16 === "string") {
            if (func1(data16) < 3) {
              const err35 = { instancePath: instancePath + "/azurerm/storageAccountName", schemaPath: "#/properties/azurerm/properties/storageAccountName/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema49.properties.azurerm.properties.storageAccountName, data: data16 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/azurerm/storageAccountName", schemaPath: "#/properties/azurerm/properties/storageAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.azurerm.properties.storageAccountName.type, parentSchema: schema49.properties.azurerm.properties.storageAccountName, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data14.containerName !== void 0) {
          let data17 = data14.containerName;
          if (typeof data17 === "string") {
            if (func1(data17) < 3) {
              const err37 = { instancePath: instancePath + "/azurerm/containerName", schemaPath: "#/properties/azurerm/properties/containerName/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema49.properties.azurerm.properties.containerName, data: data17 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/azurerm/containerName", schemaPath: "#/properties/azurerm/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.azurerm.properties.containerName.type, parentSchema: schema49.properties.azurerm.properties.containerName, data: data17 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        let data18 = data14.keyPrefix;
        if (typeof data18 !== "string") {
          const err39 = { instancePath: instancePath + "/azurerm/keyPrefix", schemaPath: "#/properties/azurerm/properties/keyPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.azurerm.properties.keyPrefix.type, parentSchema: schema49.properties.azurerm.properties.keyPrefix, data: data18 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.azurerm.type, parentSchema: schema49.properties.azurerm, data: data14 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data19 = data.http;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.lock === void 0) {
          data19.lock = true;
        }
        if (data19.address === void 0) {
          const err41 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'", schema: schema49.properties.http.required, parentSchema: schema49.properties.http, data: data19 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key5 in data19) {
          if (!(key5 === "address" || key5 === "lock")) {
            const err42 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.http, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data19.address !== void 0) {
          let data20 = data19.address;
          if (typeof data20 === "string") {
            if (!pattern15.test(data20)) {
              const err43 = { instancePath: instancePath + "/http/address", schemaPath: "#/properties/http/properties/address/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema49.properties.http.properties.address, data: data20 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!formats12(data20)) {
              const err44 = { instancePath: instancePath + "/http/address", schemaPath: "#/properties/http/properties/address/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema49.properties.http.properties.address, data: data20 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/http/address", schemaPath: "#/properties/http/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.http.properties.address.type, parentSchema: schema49.properties.http.properties.address, data: data20 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let data21 = data19.lock;
        if (typeof data21 !== "boolean") {
          const err46 = { instancePath: instancePath + "/http/lock", schemaPath: "#/properties/http/properties/lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.http.properties.lock.type, parentSchema: schema49.properties.http.properties.lock, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.http.type, parentSchema: schema49.properties.http, data: data19 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.kubernetes !== void 0) {
      let data22 = data.kubernetes;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.inClusterConfig === void 0) {
          data22.inClusterConfig = false;
        }
        if (data22.namespace === void 0) {
          const err48 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema49.properties.kubernetes.required, parentSchema: schema49.properties.kubernetes, data: data22 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        for (const key6 in data22) {
          if (!(key6 === "namespace" || key6 === "inClusterConfig")) {
            const err49 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.kubernetes, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data23 = data22.namespace;
          if (typeof data23 === "string") {
            if (func1(data23) > 63) {
              const err50 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema34, data: data23 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (func1(data23) < 1) {
              const err51 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data23 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (!pattern4.test(data23)) {
              const err52 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema34, data: data23 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data23 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        let data24 = data22.inClusterConfig;
        if (typeof data24 !== "boolean") {
          const err54 = { instancePath: instancePath + "/kubernetes/inClusterConfig", schemaPath: "#/properties/kubernetes/properties/inClusterConfig/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.kubernetes.properties.inClusterConfig.type, parentSchema: schema49.properties.kubernetes.properties.inClusterConfig, data: data24 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.kubernetes.type, parentSchema: schema49.properties.kubernetes, data: data22 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.pg !== void 0) {
      let data25 = data.pg;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.schemaPrefix === void 0) {
          data25.schemaPrefix = "nodepool_";
        }
        for (const key7 in data25) {
          if (!(key7 === "schemaPrefix")) {
            const err56 = { instancePath: instancePath + "/pg", schemaPath: "#/properties/pg/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.pg, data: data25 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        let data26 = data25.schemaPrefix;
        if (typeof data26 === "string") {
          if (!pattern29.test(data26)) {
            const err57 = { instancePath: instancePath + "/pg/schemaPrefix", schemaPath: "#/properties/pg/properties/schemaPrefix/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]*$" }, message: 'must match pattern "^[a-z_][a-z0-9_]*$"', schema: "^[a-z_][a-z0-9_]*$", parentSchema: schema49.properties.pg.properties.schemaPrefix, data: data26 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        } else {
          const err58 = { instancePath: instancePath + "/pg/schemaPrefix", schemaPath: "#/properties/pg/properties/schemaPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.pg.properties.schemaPrefix.type, parentSchema: schema49.properties.pg.properties.schemaPrefix, data: data26 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/pg", schemaPath: "#/properties/pg/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.pg.type, parentSchema: schema49.properties.pg, data: data25 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.remote !== void 0) {
      let data27 = data.remote;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.hostname === void 0) {
          data27.hostname = "app.terraform.io";
        }
        if (data27.workspacePrefix === void 0) {
          data27.workspacePrefix = "nodepool-";
        }
        if (data27.organization === void 0) {
          const err60 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/required", keyword: "required", params: { missingProperty: "organization" }, message: "must have required property 'organization'", schema: schema49.properties.remote.required, parentSchema: schema49.properties.remote, data: data27 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key8 in data27) {
          if (!(key8 === "hostname" || key8 === "organization" || key8 === "workspacePrefix")) {
            const err61 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.remote, data: data27 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        let data28 = data27.hostname;
        if (typeof data28 === "string") {
          if (!formats8.test(data28)) {
            const err62 = { instancePath: instancePath + "/remote/hostname", schemaPath: "#/properties/remote/properties/hostname/format", keyword: "format", params: { format: "hostname" }, message: 'must match format "hostname"', schema: "hostname", parentSchema: schema49.properties.remote.properties.hostname, data: data28 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        } else {
          const err63 = { instancePath: instancePath + "/remote/hostname", schemaPath: "#/properties/remote/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.remote.properties.hostname.type, parentSchema: schema49.properties.remote.properties.hostname, data: data28 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data27.organization !== void 0) {
          let data29 = data27.organization;
          if (typeof data29 === "string") {
            if (func1(data29) < 1) {
              const err64 = { instancePath: instancePath + "/remote/organization", schemaPath: "#/properties/remote/properties/organization/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.remote.properties.organization, data: data29 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/remote/organization", schemaPath: "#/properties/remote/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.remote.properties.organization.type, parentSchema: schema49.properties.remote.properties.organization, data: data29 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        let data30 = data27.workspacePrefix;
        if (typeof data30 !== "string") {
          const err66 = { instancePath: instancePath + "/remote/workspacePrefix", schemaPath: "#/properties/remote/properties/workspacePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.remote.properties.workspacePrefix.type, parentSchema: schema49.properties.remote.properties.workspacePrefix, data: data30 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.remote.type, parentSchema: schema49.properties.remote, data: data27 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data0 = data.metadata;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err5 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.properties.metadata.required, parentSchema: schema47.properties.metadata, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "name")) {
            const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.metadata, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 === "string") {
            if (func1(data1) > 63) {
              const err7 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.metadata.type, parentSchema: schema47.properties.metadata, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data2 = data.spec;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!(key2 === "backend" || key2 === "terraform")) {
            const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.spec, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.backend !== void 0) {
          if (!validate31(data2.backend, { instancePath: instancePath + "/spec/backend", parentData: data2, parentDataProperty: "backend", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
        if (data2.terraform !== void 0) {
          let data4 = data2.terraform;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.tool === void 0) {
              data4.tool = "terraform";
            }
            for (const key3 in data4) {
              if (!(key3 === "tool" || key3 === "version")) {
                const err13 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.spec.properties.terraform, data: data4 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let data5 = data4.tool;
            if (!(data5 === "terraform" || data5 === "tofu")) {
              const err14 = { instancePath: instancePath + "/spec/terraform/tool", schemaPath: "#/properties/spec/properties/terraform/properties/tool/enum", keyword: "enum", params: { allowedValues: schema47.properties.spec.properties.terraform.properties.tool.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.spec.properties.terraform.properties.tool.enum, parentSchema: schema47.properties.spec.properties.terraform.properties.tool, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4.version !== void 0) {
              let data6 = data4.version;
              if (typeof data6 === "string") {
                if (!pattern30.test(data6)) {
                  const err15 = { instancePath: instancePath + "/spec/terraform/version", schemaPath: "#/properties/spec/properties/terraform/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$"', schema: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$", parentSchema: schema47.properties.spec.properties.terraform.properties.version, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/spec/terraform/version", schemaPath: "#/properties/spec/properties/terraform/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.spec.properties.terraform.properties.version.type, parentSchema: schema47.properties.spec.properties.terraform.properties.version, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.spec.properties.terraform.type, parentSchema: schema47.properties.spec.properties.terraform, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.spec.type, parentSchema: schema47.properties.spec, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/pool-format/generated/validate-documents.js
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __commonJS2 = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length2 = __commonJS2({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var require_fast_deep_equal2 = __commonJS2({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});
var require_equal2 = __commonJS2({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal2();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});
var require_formats2 = __commonJS2({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});
var NodePool = validate342;
var schema32 = { "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": true, "kind": true, "metadata": { "$ref": "#/$defs/Metadata" }, "spec": { "$ref": "#/$defs/PoolSpec" } } };
var schema33 = { "type": "object", "additionalProperties": false, "required": ["name", "tenant", "controlPlane"], "properties": { "name": { "$ref": "#/$defs/dnsLabel" }, "tenant": { "$ref": "#/$defs/dnsLabel" }, "controlPlane": { "$ref": "#/$defs/dnsLabel" } } };
var schema342 = { "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "x-expected": "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters" };
var func12 = require_ucs2length2().default;
var pattern42 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tenant === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenant" }, message: "must have required property 'tenant'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.controlPlane === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controlPlane" }, message: "must have required property 'controlPlane'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "tenant" || key0 === "controlPlane")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func12(data0) > 63) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func12(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern42.test(data0)) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.tenant !== void 0) {
      let data1 = data.tenant;
      if (typeof data1 === "string") {
        if (func12(data1) > 63) {
          const err8 = { instancePath: instancePath + "/tenant", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func12(data1) < 1) {
          const err9 = { instancePath: instancePath + "/tenant", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern42.test(data1)) {
          const err10 = { instancePath: instancePath + "/tenant", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/tenant", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.controlPlane !== void 0) {
      let data2 = data.controlPlane;
      if (typeof data2 === "string") {
        if (func12(data2) > 63) {
          const err12 = { instancePath: instancePath + "/controlPlane", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func12(data2) < 1) {
          const err13 = { instancePath: instancePath + "/controlPlane", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern42.test(data2)) {
          const err14 = { instancePath: instancePath + "/controlPlane", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/controlPlane", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema372 = { "type": "object", "additionalProperties": false, "properties": { "provider": { "enum": ["vsphere", "vcd", "proxmox", "maas"] }, "replicas": { "type": "integer", "minimum": 0, "maximum": 100 }, "replace": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "x-expected": "a node name of this pool" } }, "health": { "type": "object", "additionalProperties": false, "properties": { "notReadyAfter": { "type": "string", "pattern": "^([0-9]+(ms|s|m|h))+$", "default": "10m", "x-expected": "a duration such as 10m or 1h30m" } } }, "rollout": { "type": "object", "additionalProperties": false, "properties": { "maxUnavailable": { "type": "integer", "minimum": 1, "maximum": 100, "default": 1 } } }, "machine": { "type": "object", "additionalProperties": false, "properties": { "cpus": { "type": "integer", "minimum": 1, "maximum": 768 }, "memoryMiB": { "type": "integer", "minimum": 1024, "maximum": 25165824 }, "diskGiB": { "type": "integer", "minimum": 10, "maximum": 65536, "default": 40 } } }, "kubernetes": { "type": "object", "additionalProperties": false, "properties": { "version": { "type": "string", "pattern": "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "x-expected": "vMAJOR.MINOR.PATCH, for example v1.33.2" }, "labels": { "type": "object", "propertyNames": { "maxLength": 316, "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "x-expected": "a label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters" }, "additionalProperties": { "type": "string", "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "x-expected": "a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit" } }, "taints": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key", "effect"], "properties": { "key": { "type": "string", "maxLength": 316, "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "x-expected": "a taint key such as dedicated or example.com/gpu" }, "value": { "type": "string", "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "x-expected": "at most 63 letters, digits, '-', '_' or '.'" }, "effect": { "enum": ["NoSchedule", "PreferNoSchedule", "NoExecute"] } } } } } }, "network": { "type": "object", "additionalProperties": false, "properties": { "static": { "type": "object", "additionalProperties": false, "required": ["first", "last", "prefixLength", "gateway"], "properties": { "first": { "$ref": "#/$defs/ipv4" }, "last": { "$ref": "#/$defs/ipv4" }, "prefixLength": { "type": "integer", "minimum": 8, "maximum": 30 }, "gateway": { "$ref": "#/$defs/ipv4" } } }, "nameservers": { "type": "array", "items": { "$ref": "#/$defs/ipv4" }, "uniqueItems": true, "maxItems": 3 }, "searchDomains": { "type": "array", "items": { "type": "string", "format": "hostname", "x-expected": "a DNS domain such as lab.example.com" }, "uniqueItems": true }, "domain": { "type": "string", "format": "hostname", "x-expected": "a DNS domain such as lab.example.com" } } }, "sshAuthorizedKeys": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$", "x-expected": "an OpenSSH public key line such as 'ssh-ed25519 AAAA... user@host'" } }, "bootstrap": { "type": "object", "additionalProperties": false, "properties": { "yakiURL": { "type": "string", "format": "uri", "pattern": "^https?://", "default": "https://goyaki.clastix.io", "x-expected": "an http(s) URL" }, "yakiSHA256": { "type": "string", "pattern": "^[a-f0-9]{64}$", "x-expected": "64 lowercase hex digits" }, "extraPackages": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9+.:=~-]*$", "x-expected": "a distribution package name such as nfs-common" } } } }, "vsphere": { "type": "object", "additionalProperties": false, "properties": { "datacenter": { "type": "string", "minLength": 1 }, "cluster": { "type": "string", "minLength": 1 }, "datastore": { "type": "string", "minLength": 1 }, "network": { "type": "string", "minLength": 1 }, "template": { "type": "string", "minLength": 1 }, "folder": { "type": "string", "minLength": 1 }, "resourcePool": { "type": "string", "minLength": 1 }, "nicName": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.:-]+$", "x-expected": "a network interface name such as ens192" }, "waitForGuestNetMinutes": { "type": "integer", "minimum": 0, "maximum": 60 } } }, "vcd": { "type": "object", "additionalProperties": false, "properties": { "org": { "type": "string", "minLength": 1 }, "vdc": { "type": "string", "minLength": 1 }, "vappName": { "type": "string", "pattern": "^[^/\\\\]{1,128}$", "x-expected": "1 to 128 characters without slashes" }, "catalog": { "type": "string", "minLength": 1 }, "template": { "type": "string", "minLength": 1 }, "network": { "type": "string", "minLength": 1 }, "storageProfile": { "type": "string", "minLength": 1 }, "nicName": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.:-]+$", "x-expected": "a network interface name such as ens192" } } }, "proxmox": { "type": "object", "additionalProperties": false, "properties": { "node": { "type": "string", "minLength": 1 }, "templateVmId": { "type": "integer", "minimum": 100, "maximum": 999999999 }, "datastore": { "type": "string", "minLength": 1, "default": "local-lvm" }, "snippetsDatastore": { "type": "string", "minLength": 1, "default": "local" }, "bridge": { "type": "string", "minLength": 1, "default": "vmbr0" }, "vlan": { "type": "integer", "minimum": 1, "maximum": 4094 }, "vmIdStart": { "type": "integer", "minimum": 100, "maximum": 999999899 } } }, "maas": { "type": "object", "additionalProperties": false, "properties": { "tags": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "pool": { "type": "string", "minLength": 1 }, "zone": { "type": "string", "minLength": 1 }, "distroSeries": { "type": "string", "minLength": 1, "default": "jammy" }, "hweKernel": { "type": "string", "minLength": 1 }, "subnet": { "$ref": "#/$defs/cidr" }, "interfaceName": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.:-]+$", "x-expected": "a network interface name such as eno1" } } } } };
var schema382 = { "type": "string", "format": "ipv4", "x-expected": "an IPv4 address such as 10.20.0.10" };
var schema422 = { "type": "string", "pattern": "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "x-expected": "an IPv4 CIDR such as 10.20.0.0/24" };
var func72 = Object.prototype.hasOwnProperty;
var func02 = require_equal2().default;
var pattern82 = new RegExp("^([0-9]+(ms|s|m|h))+$", "u");
var pattern92 = new RegExp("^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
var pattern102 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
var pattern112 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
var pattern142 = new RegExp("^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$", "u");
var pattern152 = new RegExp("^https?://", "u");
var pattern162 = new RegExp("^[a-f0-9]{64}$", "u");
var pattern172 = new RegExp("^[a-z0-9][a-z0-9+.:=~-]*$", "u");
var pattern182 = new RegExp("^[A-Za-z0-9_.:-]+$", "u");
var pattern192 = new RegExp("^[^/\\\\]{1,128}$", "u");
var pattern212 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "u");
var formats02 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
var formats82 = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
var formats122 = require_formats2().fullFormats.uri;
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate242.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func72.call(schema372.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (!(data0 === "vsphere" || data0 === "vcd" || data0 === "proxmox" || data0 === "maas")) {
        const err1 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema372.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema372.properties.provider.enum, parentSchema: schema372.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data1 = data.replicas;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.replicas.type, parentSchema: schema372.properties.replicas, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema372.properties.replicas, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema372.properties.replicas, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.replace !== void 0) {
      let data2 = data.replace;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err5 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema372.properties.replace, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern42.test(data3)) {
              const err6 = { instancePath: instancePath + "/replace/" + i0, schemaPath: "#/properties/replace/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema372.properties.replace.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/replace/" + i0, schemaPath: "#/properties/replace/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.replace.items.type, parentSchema: schema372.properties.replace.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema372.properties.replace, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/replace", schemaPath: "#/properties/replace/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.replace.type, parentSchema: schema372.properties.replace, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.health !== void 0) {
      let data4 = data.health;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "notReadyAfter")) {
            const err10 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.health, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.notReadyAfter !== void 0) {
          let data5 = data4.notReadyAfter;
          if (typeof data5 === "string") {
            if (!pattern82.test(data5)) {
              const err11 = { instancePath: instancePath + "/health/notReadyAfter", schemaPath: "#/properties/health/properties/notReadyAfter/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(ms|s|m|h))+$"', schema: "^([0-9]+(ms|s|m|h))+$", parentSchema: schema372.properties.health.properties.notReadyAfter, data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/health/notReadyAfter", schemaPath: "#/properties/health/properties/notReadyAfter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.health.properties.notReadyAfter.type, parentSchema: schema372.properties.health.properties.notReadyAfter, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.health.type, parentSchema: schema372.properties.health, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data6 = data.rollout;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "maxUnavailable")) {
            const err14 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.rollout, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.maxUnavailable !== void 0) {
          let data7 = data6.maxUnavailable;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err15 = { instancePath: instancePath + "/rollout/maxUnavailable", schemaPath: "#/properties/rollout/properties/maxUnavailable/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.rollout.properties.maxUnavailable.type, parentSchema: schema372.properties.rollout.properties.maxUnavailable, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 100 || isNaN(data7)) {
              const err16 = { instancePath: instancePath + "/rollout/maxUnavailable", schemaPath: "#/properties/rollout/properties/maxUnavailable/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema372.properties.rollout.properties.maxUnavailable, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err17 = { instancePath: instancePath + "/rollout/maxUnavailable", schemaPath: "#/properties/rollout/properties/maxUnavailable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema372.properties.rollout.properties.maxUnavailable, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.rollout.type, parentSchema: schema372.properties.rollout, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.machine !== void 0) {
      let data8 = data.machine;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!(key3 === "cpus" || key3 === "memoryMiB" || key3 === "diskGiB")) {
            const err19 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.machine, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data8.cpus !== void 0) {
          let data9 = data8.cpus;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err20 = { instancePath: instancePath + "/machine/cpus", schemaPath: "#/properties/machine/properties/cpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.machine.properties.cpus.type, parentSchema: schema372.properties.machine.properties.cpus, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 768 || isNaN(data9)) {
              const err21 = { instancePath: instancePath + "/machine/cpus", schemaPath: "#/properties/machine/properties/cpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 768 }, message: "must be <= 768", schema: 768, parentSchema: schema372.properties.machine.properties.cpus, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data9 < 1 || isNaN(data9)) {
              const err22 = { instancePath: instancePath + "/machine/cpus", schemaPath: "#/properties/machine/properties/cpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema372.properties.machine.properties.cpus, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data8.memoryMiB !== void 0) {
          let data10 = data8.memoryMiB;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err23 = { instancePath: instancePath + "/machine/memoryMiB", schemaPath: "#/properties/machine/properties/memoryMiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.machine.properties.memoryMiB.type, parentSchema: schema372.properties.machine.properties.memoryMiB, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 25165824 || isNaN(data10)) {
              const err24 = { instancePath: instancePath + "/machine/memoryMiB", schemaPath: "#/properties/machine/properties/memoryMiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 25165824 }, message: "must be <= 25165824", schema: 25165824, parentSchema: schema372.properties.machine.properties.memoryMiB, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data10 < 1024 || isNaN(data10)) {
              const err25 = { instancePath: instancePath + "/machine/memoryMiB", schemaPath: "#/properties/machine/properties/memoryMiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema372.properties.machine.properties.memoryMiB, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data8.diskGiB !== void 0) {
          let data11 = data8.diskGiB;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/machine/diskGiB", schemaPath: "#/properties/machine/properties/diskGiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.machine.properties.diskGiB.type, parentSchema: schema372.properties.machine.properties.diskGiB, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 65536 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/machine/diskGiB", schemaPath: "#/properties/machine/properties/diskGiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema372.properties.machine.properties.diskGiB, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data11 < 10 || isNaN(data11)) {
              const err28 = { instancePath: instancePath + "/machine/diskGiB", schemaPath: "#/properties/machine/properties/diskGiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10", schema: 10, parentSchema: schema372.properties.machine.properties.diskGiB, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/machine", schemaPath: "#/properties/machine/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.machine.type, parentSchema: schema372.properties.machine, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.kubernetes !== void 0) {
      let data12 = data.kubernetes;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key4 in data12) {
          if (!(key4 === "version" || key4 === "labels" || key4 === "taints")) {
            const err30 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.kubernetes, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data12.version !== void 0) {
          let data13 = data12.version;
          if (typeof data13 === "string") {
            if (!pattern92.test(data13)) {
              const err31 = { instancePath: instancePath + "/kubernetes/version", schemaPath: "#/properties/kubernetes/properties/version/pattern", keyword: "pattern", params: { pattern: "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$" }, message: 'must match pattern "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"', schema: "^v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", parentSchema: schema372.properties.kubernetes.properties.version, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/kubernetes/version", schemaPath: "#/properties/kubernetes/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.kubernetes.properties.version.type, parentSchema: schema372.properties.kubernetes.properties.version, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data12.labels !== void 0) {
          let data14 = data12.labels;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key5 in data14) {
              const _errs38 = errors;
              if (typeof key5 === "string") {
                if (func12(key5) > 316) {
                  const err33 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/propertyNames/maxLength", keyword: "maxLength", params: { limit: 316 }, message: "must NOT have more than 316 characters", schema: 316, parentSchema: schema372.properties.kubernetes.properties.labels.propertyNames, data: key5, propertyName: key5 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (!pattern102.test(key5)) {
                  const err34 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema372.properties.kubernetes.properties.labels.propertyNames, data: key5, propertyName: key5 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              var valid8 = _errs38 === errors;
              if (!valid8) {
                const err35 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema372.properties.kubernetes.properties.labels.propertyNames, parentSchema: schema372.properties.kubernetes.properties.labels, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            for (const key6 in data14) {
              let data15 = data14[key6];
              if (typeof data15 === "string") {
                if (func12(data15) > 63) {
                  const err36 = { instancePath: instancePath + "/kubernetes/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetes/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema372.properties.kubernetes.properties.labels.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern112.test(data15)) {
                  const err37 = { instancePath: instancePath + "/kubernetes/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetes/properties/labels/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema372.properties.kubernetes.properties.labels.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/kubernetes/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetes/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.kubernetes.properties.labels.additionalProperties.type, parentSchema: schema372.properties.kubernetes.properties.labels.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/kubernetes/labels", schemaPath: "#/properties/kubernetes/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.kubernetes.properties.labels.type, parentSchema: schema372.properties.kubernetes.properties.labels, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.taints !== void 0) {
          let data16 = data12.taints;
          if (Array.isArray(data16)) {
            const len1 = data16.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data17 = data16[i2];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.key === void 0) {
                  const err40 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema372.properties.kubernetes.properties.taints.items.required, parentSchema: schema372.properties.kubernetes.properties.taints.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data17.effect === void 0) {
                  const err41 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'", schema: schema372.properties.kubernetes.properties.taints.items.required, parentSchema: schema372.properties.kubernetes.properties.taints.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key7 in data17) {
                  if (!(key7 === "key" || key7 === "value" || key7 === "effect")) {
                    const err42 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.kubernetes.properties.taints.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data17.key !== void 0) {
                  let data18 = data17.key;
                  if (typeof data18 === "string") {
                    if (func12(data18) > 316) {
                      const err43 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/key", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/key/maxLength", keyword: "maxLength", params: { limit: 316 }, message: "must NOT have more than 316 characters", schema: 316, parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.key, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (!pattern102.test(data18)) {
                      const err44 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/key", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.key, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/key", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.kubernetes.properties.taints.items.properties.key.type, parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.key, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data17.value !== void 0) {
                  let data19 = data17.value;
                  if (typeof data19 === "string") {
                    if (func12(data19) > 63) {
                      const err46 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/value", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.value, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    if (!pattern112.test(data19)) {
                      const err47 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/value", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/value/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.value, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/value", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.kubernetes.properties.taints.items.properties.value.type, parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.value, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data17.effect !== void 0) {
                  let data20 = data17.effect;
                  if (!(data20 === "NoSchedule" || data20 === "PreferNoSchedule" || data20 === "NoExecute")) {
                    const err49 = { instancePath: instancePath + "/kubernetes/taints/" + i2 + "/effect", schemaPath: "#/properties/kubernetes/properties/taints/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema372.properties.kubernetes.properties.taints.items.properties.effect.enum }, message: "must be equal to one of the allowed values", schema: schema372.properties.kubernetes.properties.taints.items.properties.effect.enum, parentSchema: schema372.properties.kubernetes.properties.taints.items.properties.effect, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/kubernetes/taints/" + i2, schemaPath: "#/properties/kubernetes/properties/taints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.kubernetes.properties.taints.items.type, parentSchema: schema372.properties.kubernetes.properties.taints.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/kubernetes/taints", schemaPath: "#/properties/kubernetes/properties/taints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.kubernetes.properties.taints.type, parentSchema: schema372.properties.kubernetes.properties.taints, data: data16 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.kubernetes.type, parentSchema: schema372.properties.kubernetes, data: data12 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data21 = data.network;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key8 in data21) {
          if (!(key8 === "static" || key8 === "nameservers" || key8 === "searchDomains" || key8 === "domain")) {
            const err53 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.network, data: data21 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data21.static !== void 0) {
          let data22 = data21.static;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.first === void 0) {
              const err54 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema372.properties.network.properties.static.required, parentSchema: schema372.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data22.last === void 0) {
              const err55 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema372.properties.network.properties.static.required, parentSchema: schema372.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data22.prefixLength === void 0) {
              const err56 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "prefixLength" }, message: "must have required property 'prefixLength'", schema: schema372.properties.network.properties.static.required, parentSchema: schema372.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data22.gateway === void 0) {
              const err57 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property 'gateway'", schema: schema372.properties.network.properties.static.required, parentSchema: schema372.properties.network.properties.static, data: data22 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            for (const key9 in data22) {
              if (!(key9 === "first" || key9 === "last" || key9 === "prefixLength" || key9 === "gateway")) {
                const err58 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.network.properties.static, data: data22 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data22.first !== void 0) {
              let data23 = data22.first;
              if (typeof data23 === "string") {
                if (!formats02.test(data23)) {
                  const err59 = { instancePath: instancePath + "/network/static/first", schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema382, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/network/static/first", schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema382.type, parentSchema: schema382, data: data23 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data22.last !== void 0) {
              let data24 = data22.last;
              if (typeof data24 === "string") {
                if (!formats02.test(data24)) {
                  const err61 = { instancePath: instancePath + "/network/static/last", schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema382, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/network/static/last", schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema382.type, parentSchema: schema382, data: data24 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data22.prefixLength !== void 0) {
              let data25 = data22.prefixLength;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                const err63 = { instancePath: instancePath + "/network/static/prefixLength", schemaPath: "#/properties/network/properties/static/properties/prefixLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.network.properties.static.properties.prefixLength.type, parentSchema: schema372.properties.network.properties.static.properties.prefixLength, data: data25 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 > 30 || isNaN(data25)) {
                  const err64 = { instancePath: instancePath + "/network/static/prefixLength", schemaPath: "#/properties/network/properties/static/properties/prefixLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema372.properties.network.properties.static.properties.prefixLength, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data25 < 8 || isNaN(data25)) {
                  const err65 = { instancePath: instancePath + "/network/static/prefixLength", schemaPath: "#/properties/network/properties/static/properties/prefixLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 8 }, message: "must be >= 8", schema: 8, parentSchema: schema372.properties.network.properties.static.properties.prefixLength, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data22.gateway !== void 0) {
              let data26 = data22.gateway;
              if (typeof data26 === "string") {
                if (!formats02.test(data26)) {
                  const err66 = { instancePath: instancePath + "/network/static/gateway", schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema382, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/network/static/gateway", schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema382.type, parentSchema: schema382, data: data26 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/network/static", schemaPath: "#/properties/network/properties/static/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.network.properties.static.type, parentSchema: schema372.properties.network.properties.static, data: data22 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data21.nameservers !== void 0) {
          let data27 = data21.nameservers;
          if (Array.isArray(data27)) {
            if (data27.length > 3) {
              const err69 = { instancePath: instancePath + "/network/nameservers", schemaPath: "#/properties/network/properties/nameservers/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items", schema: 3, parentSchema: schema372.properties.network.properties.nameservers, data: data27 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            const len2 = data27.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data28 = data27[i3];
              if (typeof data28 === "string") {
                if (!formats02.test(data28)) {
                  const err70 = { instancePath: instancePath + "/network/nameservers/" + i3, schemaPath: "#/$defs/ipv4/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema382, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/network/nameservers/" + i3, schemaPath: "#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema382.type, parentSchema: schema382, data: data28 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            let i4 = data27.length;
            let j1;
            if (i4 > 1) {
              outer0: for (; i4--; ) {
                for (j1 = i4; j1--; ) {
                  if (func02(data27[i4], data27[j1])) {
                    const err72 = { instancePath: instancePath + "/network/nameservers", schemaPath: "#/properties/network/properties/nameservers/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema372.properties.network.properties.nameservers, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/network/nameservers", schemaPath: "#/properties/network/properties/nameservers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.network.properties.nameservers.type, parentSchema: schema372.properties.network.properties.nameservers, data: data27 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data21.searchDomains !== void 0) {
          let data29 = data21.searchDomains;
          if (Array.isArray(data29)) {
            const len3 = data29.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data30 = data29[i5];
              if (typeof data30 === "string") {
                if (!formats82.test(data30)) {
                  const err74 = { instancePath: instancePath + "/network/searchDomains/" + i5, schemaPath: "#/properties/network/properties/searchDomains/items/format", keyword: "format", params: { format: "hostname" }, message: 'must match format "hostname"', schema: "hostname", parentSchema: schema372.properties.network.properties.searchDomains.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/network/searchDomains/" + i5, schemaPath: "#/properties/network/properties/searchDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.network.properties.searchDomains.items.type, parentSchema: schema372.properties.network.properties.searchDomains.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            let i6 = data29.length;
            let j2;
            if (i6 > 1) {
              const indices1 = {};
              for (; i6--; ) {
                let item1 = data29[i6];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j2 = indices1[item1];
                  const err76 = { instancePath: instancePath + "/network/searchDomains", schemaPath: "#/properties/network/properties/searchDomains/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema372.properties.network.properties.searchDomains, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i6;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/network/searchDomains", schemaPath: "#/properties/network/properties/searchDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.network.properties.searchDomains.type, parentSchema: schema372.properties.network.properties.searchDomains, data: data29 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data21.domain !== void 0) {
          let data31 = data21.domain;
          if (typeof data31 === "string") {
            if (!formats82.test(data31)) {
              const err78 = { instancePath: instancePath + "/network/domain", schemaPath: "#/properties/network/properties/domain/format", keyword: "format", params: { format: "hostname" }, message: 'must match format "hostname"', schema: "hostname", parentSchema: schema372.properties.network.properties.domain, data: data31 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/network/domain", schemaPath: "#/properties/network/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.network.properties.domain.type, parentSchema: schema372.properties.network.properties.domain, data: data31 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.network.type, parentSchema: schema372.properties.network, data: data21 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.sshAuthorizedKeys !== void 0) {
      let data32 = data.sshAuthorizedKeys;
      if (Array.isArray(data32)) {
        const len4 = data32.length;
        for (let i7 = 0; i7 < len4; i7++) {
          let data33 = data32[i7];
          if (typeof data33 === "string") {
            if (!pattern142.test(data33)) {
              const err81 = { instancePath: instancePath + "/sshAuthorizedKeys/" + i7, schemaPath: "#/properties/sshAuthorizedKeys/items/pattern", keyword: "pattern", params: { pattern: "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$" }, message: 'must match pattern "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$"', schema: "^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$", parentSchema: schema372.properties.sshAuthorizedKeys.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/sshAuthorizedKeys/" + i7, schemaPath: "#/properties/sshAuthorizedKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.sshAuthorizedKeys.items.type, parentSchema: schema372.properties.sshAuthorizedKeys.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        let i8 = data32.length;
        let j3;
        if (i8 > 1) {
          const indices2 = {};
          for (; i8--; ) {
            let item2 = data32[i8];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j3 = indices2[item2];
              const err83 = { instancePath: instancePath + "/sshAuthorizedKeys", schemaPath: "#/properties/sshAuthorizedKeys/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)", schema: true, parentSchema: schema372.properties.sshAuthorizedKeys, data: data32 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
              break;
            }
            indices2[item2] = i8;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/sshAuthorizedKeys", schemaPath: "#/properties/sshAuthorizedKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.sshAuthorizedKeys.type, parentSchema: schema372.properties.sshAuthorizedKeys, data: data32 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.bootstrap !== void 0) {
      let data34 = data.bootstrap;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key10 in data34) {
          if (!(key10 === "yakiURL" || key10 === "yakiSHA256" || key10 === "extraPackages")) {
            const err85 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.bootstrap, data: data34 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data34.yakiURL !== void 0) {
          let data35 = data34.yakiURL;
          if (typeof data35 === "string") {
            if (!pattern152.test(data35)) {
              const err86 = { instancePath: instancePath + "/bootstrap/yakiURL", schemaPath: "#/properties/bootstrap/properties/yakiURL/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema372.properties.bootstrap.properties.yakiURL, data: data35 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (!formats122(data35)) {
              const err87 = { instancePath: instancePath + "/bootstrap/yakiURL", schemaPath: "#/properties/bootstrap/properties/yakiURL/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema372.properties.bootstrap.properties.yakiURL, data: data35 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = { instancePath: instancePath + "/bootstrap/yakiURL", schemaPath: "#/properties/bootstrap/properties/yakiURL/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.bootstrap.properties.yakiURL.type, parentSchema: schema372.properties.bootstrap.properties.yakiURL, data: data35 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data34.yakiSHA256 !== void 0) {
          let data36 = data34.yakiSHA256;
          if (typeof data36 === "string") {
            if (!pattern162.test(data36)) {
              const err89 = { instancePath: instancePath + "/bootstrap/yakiSHA256", schemaPath: "#/properties/bootstrap/properties/yakiSHA256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema372.properties.bootstrap.properties.yakiSHA256, data: data36 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          } else {
            const err90 = { instancePath: instancePath + "/bootstrap/yakiSHA256", schemaPath: "#/properties/bootstrap/properties/yakiSHA256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.bootstrap.properties.yakiSHA256.type, parentSchema: schema372.properties.bootstrap.properties.yakiSHA256, data: data36 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data34.extraPackages !== void 0) {
          let data37 = data34.extraPackages;
          if (Array.isArray(data37)) {
            const len5 = data37.length;
            for (let i9 = 0; i9 < len5; i9++) {
              let data38 = data37[i9];
              if (typeof data38 === "string") {
                if (!pattern172.test(data38)) {
                  const err91 = { instancePath: instancePath + "/bootstrap/extraPackages/" + i9, schemaPath: "#/properties/bootstrap/properties/extraPackages/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9+.:=~-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9+.:=~-]*$"', schema: "^[a-z0-9][a-z0-9+.:=~-]*$", parentSchema: schema372.properties.bootstrap.properties.extraPackages.items, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/bootstrap/extraPackages/" + i9, schemaPath: "#/properties/bootstrap/properties/extraPackages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.bootstrap.properties.extraPackages.items.type, parentSchema: schema372.properties.bootstrap.properties.extraPackages.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            let i10 = data37.length;
            let j4;
            if (i10 > 1) {
              const indices3 = {};
              for (; i10--; ) {
                let item3 = data37[i10];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j4 = indices3[item3];
                  const err93 = { instancePath: instancePath + "/bootstrap/extraPackages", schemaPath: "#/properties/bootstrap/properties/extraPackages/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)", schema: true, parentSchema: schema372.properties.bootstrap.properties.extraPackages, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i10;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/bootstrap/extraPackages", schemaPath: "#/properties/bootstrap/properties/extraPackages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.bootstrap.properties.extraPackages.type, parentSchema: schema372.properties.bootstrap.properties.extraPackages, data: data37 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.bootstrap.type, parentSchema: schema372.properties.bootstrap, data: data34 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.vsphere !== void 0) {
      let data39 = data.vsphere;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key11 in data39) {
          if (!func72.call(schema372.properties.vsphere.properties, key11)) {
            const err96 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.vsphere, data: data39 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data39.datacenter !== void 0) {
          let data40 = data39.datacenter;
          if (typeof data40 === "string") {
            if (func12(data40) < 1) {
              const err97 = { instancePath: instancePath + "/vsphere/datacenter", schemaPath: "#/properties/vsphere/properties/datacenter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.datacenter, data: data40 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/vsphere/datacenter", schemaPath: "#/properties/vsphere/properties/datacenter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.datacenter.type, parentSchema: schema372.properties.vsphere.properties.datacenter, data: data40 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data39.cluster !== void 0) {
          let data41 = data39.cluster;
          if (typeof data41 === "string") {
            if (func12(data41) < 1) {
              const err99 = { instancePath: instancePath + "/vsphere/cluster", schemaPath: "#/properties/vsphere/properties/cluster/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.cluster, data: data41 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/vsphere/cluster", schemaPath: "#/properties/vsphere/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.cluster.type, parentSchema: schema372.properties.vsphere.properties.cluster, data: data41 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data39.datastore !== void 0) {
          let data42 = data39.datastore;
          if (typeof data42 === "string") {
            if (func12(data42) < 1) {
              const err101 = { instancePath: instancePath + "/vsphere/datastore", schemaPath: "#/properties/vsphere/properties/datastore/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.datastore, data: data42 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = { instancePath: instancePath + "/vsphere/datastore", schemaPath: "#/properties/vsphere/properties/datastore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.datastore.type, parentSchema: schema372.properties.vsphere.properties.datastore, data: data42 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data39.network !== void 0) {
          let data43 = data39.network;
          if (typeof data43 === "string") {
            if (func12(data43) < 1) {
              const err103 = { instancePath: instancePath + "/vsphere/network", schemaPath: "#/properties/vsphere/properties/network/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.network, data: data43 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = { instancePath: instancePath + "/vsphere/network", schemaPath: "#/properties/vsphere/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.network.type, parentSchema: schema372.properties.vsphere.properties.network, data: data43 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data39.template !== void 0) {
          let data44 = data39.template;
          if (typeof data44 === "string") {
            if (func12(data44) < 1) {
              const err105 = { instancePath: instancePath + "/vsphere/template", schemaPath: "#/properties/vsphere/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.template, data: data44 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          } else {
            const err106 = { instancePath: instancePath + "/vsphere/template", schemaPath: "#/properties/vsphere/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.template.type, parentSchema: schema372.properties.vsphere.properties.template, data: data44 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data39.folder !== void 0) {
          let data45 = data39.folder;
          if (typeof data45 === "string") {
            if (func12(data45) < 1) {
              const err107 = { instancePath: instancePath + "/vsphere/folder", schemaPath: "#/properties/vsphere/properties/folder/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.folder, data: data45 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/vsphere/folder", schemaPath: "#/properties/vsphere/properties/folder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.folder.type, parentSchema: schema372.properties.vsphere.properties.folder, data: data45 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data39.resourcePool !== void 0) {
          let data46 = data39.resourcePool;
          if (typeof data46 === "string") {
            if (func12(data46) < 1) {
              const err109 = { instancePath: instancePath + "/vsphere/resourcePool", schemaPath: "#/properties/vsphere/properties/resourcePool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.resourcePool, data: data46 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          } else {
            const err110 = { instancePath: instancePath + "/vsphere/resourcePool", schemaPath: "#/properties/vsphere/properties/resourcePool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.resourcePool.type, parentSchema: schema372.properties.vsphere.properties.resourcePool, data: data46 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data39.nicName !== void 0) {
          let data47 = data39.nicName;
          if (typeof data47 === "string") {
            if (func12(data47) < 1) {
              const err111 = { instancePath: instancePath + "/vsphere/nicName", schemaPath: "#/properties/vsphere/properties/nicName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vsphere.properties.nicName, data: data47 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            if (!pattern182.test(data47)) {
              const err112 = { instancePath: instancePath + "/vsphere/nicName", schemaPath: "#/properties/vsphere/properties/nicName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema372.properties.vsphere.properties.nicName, data: data47 };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          } else {
            const err113 = { instancePath: instancePath + "/vsphere/nicName", schemaPath: "#/properties/vsphere/properties/nicName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vsphere.properties.nicName.type, parentSchema: schema372.properties.vsphere.properties.nicName, data: data47 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data39.waitForGuestNetMinutes !== void 0) {
          let data48 = data39.waitForGuestNetMinutes;
          if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
            const err114 = { instancePath: instancePath + "/vsphere/waitForGuestNetMinutes", schemaPath: "#/properties/vsphere/properties/waitForGuestNetMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.vsphere.properties.waitForGuestNetMinutes.type, parentSchema: schema372.properties.vsphere.properties.waitForGuestNetMinutes, data: data48 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (typeof data48 == "number" && isFinite(data48)) {
            if (data48 > 60 || isNaN(data48)) {
              const err115 = { instancePath: instancePath + "/vsphere/waitForGuestNetMinutes", schemaPath: "#/properties/vsphere/properties/waitForGuestNetMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60", schema: 60, parentSchema: schema372.properties.vsphere.properties.waitForGuestNetMinutes, data: data48 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data48 < 0 || isNaN(data48)) {
              const err116 = { instancePath: instancePath + "/vsphere/waitForGuestNetMinutes", schemaPath: "#/properties/vsphere/properties/waitForGuestNetMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema372.properties.vsphere.properties.waitForGuestNetMinutes, data: data48 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/vsphere", schemaPath: "#/properties/vsphere/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.vsphere.type, parentSchema: schema372.properties.vsphere, data: data39 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.vcd !== void 0) {
      let data49 = data.vcd;
      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
        for (const key12 in data49) {
          if (!(key12 === "org" || key12 === "vdc" || key12 === "vappName" || key12 === "catalog" || key12 === "template" || key12 === "network" || key12 === "storageProfile" || key12 === "nicName")) {
            const err118 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.vcd, data: data49 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data49.org !== void 0) {
          let data50 = data49.org;
          if (typeof data50 === "string") {
            if (func12(data50) < 1) {
              const err119 = { instancePath: instancePath + "/vcd/org", schemaPath: "#/properties/vcd/properties/org/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.org, data: data50 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          } else {
            const err120 = { instancePath: instancePath + "/vcd/org", schemaPath: "#/properties/vcd/properties/org/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.org.type, parentSchema: schema372.properties.vcd.properties.org, data: data50 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data49.vdc !== void 0) {
          let data51 = data49.vdc;
          if (typeof data51 === "string") {
            if (func12(data51) < 1) {
              const err121 = { instancePath: instancePath + "/vcd/vdc", schemaPath: "#/properties/vcd/properties/vdc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.vdc, data: data51 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          } else {
            const err122 = { instancePath: instancePath + "/vcd/vdc", schemaPath: "#/properties/vcd/properties/vdc/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.vdc.type, parentSchema: schema372.properties.vcd.properties.vdc, data: data51 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data49.vappName !== void 0) {
          let data52 = data49.vappName;
          if (typeof data52 === "string") {
            if (!pattern192.test(data52)) {
              const err123 = { instancePath: instancePath + "/vcd/vappName", schemaPath: "#/properties/vcd/properties/vappName/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]{1,128}$" }, message: 'must match pattern "^[^/\\\\]{1,128}$"', schema: "^[^/\\\\]{1,128}$", parentSchema: schema372.properties.vcd.properties.vappName, data: data52 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          } else {
            const err124 = { instancePath: instancePath + "/vcd/vappName", schemaPath: "#/properties/vcd/properties/vappName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.vappName.type, parentSchema: schema372.properties.vcd.properties.vappName, data: data52 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data49.catalog !== void 0) {
          let data53 = data49.catalog;
          if (typeof data53 === "string") {
            if (func12(data53) < 1) {
              const err125 = { instancePath: instancePath + "/vcd/catalog", schemaPath: "#/properties/vcd/properties/catalog/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.catalog, data: data53 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          } else {
            const err126 = { instancePath: instancePath + "/vcd/catalog", schemaPath: "#/properties/vcd/properties/catalog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.catalog.type, parentSchema: schema372.properties.vcd.properties.catalog, data: data53 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data49.template !== void 0) {
          let data54 = data49.template;
          if (typeof data54 === "string") {
            if (func12(data54) < 1) {
              const err127 = { instancePath: instancePath + "/vcd/template", schemaPath: "#/properties/vcd/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.template, data: data54 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          } else {
            const err128 = { instancePath: instancePath + "/vcd/template", schemaPath: "#/properties/vcd/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.template.type, parentSchema: schema372.properties.vcd.properties.template, data: data54 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data49.network !== void 0) {
          let data55 = data49.network;
          if (typeof data55 === "string") {
            if (func12(data55) < 1) {
              const err129 = { instancePath: instancePath + "/vcd/network", schemaPath: "#/properties/vcd/properties/network/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.network, data: data55 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          } else {
            const err130 = { instancePath: instancePath + "/vcd/network", schemaPath: "#/properties/vcd/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.network.type, parentSchema: schema372.properties.vcd.properties.network, data: data55 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data49.storageProfile !== void 0) {
          let data56 = data49.storageProfile;
          if (typeof data56 === "string") {
            if (func12(data56) < 1) {
              const err131 = { instancePath: instancePath + "/vcd/storageProfile", schemaPath: "#/properties/vcd/properties/storageProfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.storageProfile, data: data56 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          } else {
            const err132 = { instancePath: instancePath + "/vcd/storageProfile", schemaPath: "#/properties/vcd/properties/storageProfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.storageProfile.type, parentSchema: schema372.properties.vcd.properties.storageProfile, data: data56 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data49.nicName !== void 0) {
          let data57 = data49.nicName;
          if (typeof data57 === "string") {
            if (func12(data57) < 1) {
              const err133 = { instancePath: instancePath + "/vcd/nicName", schemaPath: "#/properties/vcd/properties/nicName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.vcd.properties.nicName, data: data57 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (!pattern182.test(data57)) {
              const err134 = { instancePath: instancePath + "/vcd/nicName", schemaPath: "#/properties/vcd/properties/nicName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema372.properties.vcd.properties.nicName, data: data57 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          } else {
            const err135 = { instancePath: instancePath + "/vcd/nicName", schemaPath: "#/properties/vcd/properties/nicName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.vcd.properties.nicName.type, parentSchema: schema372.properties.vcd.properties.nicName, data: data57 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/vcd", schemaPath: "#/properties/vcd/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.vcd.type, parentSchema: schema372.properties.vcd, data: data49 };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data.proxmox !== void 0) {
      let data58 = data.proxmox;
      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
        for (const key13 in data58) {
          if (!(key13 === "node" || key13 === "templateVmId" || key13 === "datastore" || key13 === "snippetsDatastore" || key13 === "bridge" || key13 === "vlan" || key13 === "vmIdStart")) {
            const err137 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.proxmox, data: data58 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data58.node !== void 0) {
          let data59 = data58.node;
          if (typeof data59 === "string") {
            if (func12(data59) < 1) {
              const err138 = { instancePath: instancePath + "/proxmox/node", schemaPath: "#/properties/proxmox/properties/node/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.proxmox.properties.node, data: data59 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          } else {
            const err139 = { instancePath: instancePath + "/proxmox/node", schemaPath: "#/properties/proxmox/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.proxmox.properties.node.type, parentSchema: schema372.properties.proxmox.properties.node, data: data59 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data58.templateVmId !== void 0) {
          let data60 = data58.templateVmId;
          if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
            const err140 = { instancePath: instancePath + "/proxmox/templateVmId", schemaPath: "#/properties/proxmox/properties/templateVmId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.proxmox.properties.templateVmId.type, parentSchema: schema372.properties.proxmox.properties.templateVmId, data: data60 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
          if (typeof data60 == "number" && isFinite(data60)) {
            if (data60 > 999999999 || isNaN(data60)) {
              const err141 = { instancePath: instancePath + "/proxmox/templateVmId", schemaPath: "#/properties/proxmox/properties/templateVmId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999999 }, message: "must be <= 999999999", schema: 999999999, parentSchema: schema372.properties.proxmox.properties.templateVmId, data: data60 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
            if (data60 < 100 || isNaN(data60)) {
              const err142 = { instancePath: instancePath + "/proxmox/templateVmId", schemaPath: "#/properties/proxmox/properties/templateVmId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema372.properties.proxmox.properties.templateVmId, data: data60 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          }
        }
        if (data58.datastore !== void 0) {
          let data61 = data58.datastore;
          if (typeof data61 === "string") {
            if (func12(data61) < 1) {
              const err143 = { instancePath: instancePath + "/proxmox/datastore", schemaPath: "#/properties/proxmox/properties/datastore/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.proxmox.properties.datastore, data: data61 };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
          } else {
            const err144 = { instancePath: instancePath + "/proxmox/datastore", schemaPath: "#/properties/proxmox/properties/datastore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.proxmox.properties.datastore.type, parentSchema: schema372.properties.proxmox.properties.datastore, data: data61 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
        if (data58.snippetsDatastore !== void 0) {
          let data62 = data58.snippetsDatastore;
          if (typeof data62 === "string") {
            if (func12(data62) < 1) {
              const err145 = { instancePath: instancePath + "/proxmox/snippetsDatastore", schemaPath: "#/properties/proxmox/properties/snippetsDatastore/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.proxmox.properties.snippetsDatastore, data: data62 };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          } else {
            const err146 = { instancePath: instancePath + "/proxmox/snippetsDatastore", schemaPath: "#/properties/proxmox/properties/snippetsDatastore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.proxmox.properties.snippetsDatastore.type, parentSchema: schema372.properties.proxmox.properties.snippetsDatastore, data: data62 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
        }
        if (data58.bridge !== void 0) {
          let data63 = data58.bridge;
          if (typeof data63 === "string") {
            if (func12(data63) < 1) {
              const err147 = { instancePath: instancePath + "/proxmox/bridge", schemaPath: "#/properties/proxmox/properties/bridge/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.proxmox.properties.bridge, data: data63 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          } else {
            const err148 = { instancePath: instancePath + "/proxmox/bridge", schemaPath: "#/properties/proxmox/properties/bridge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.proxmox.properties.bridge.type, parentSchema: schema372.properties.proxmox.properties.bridge, data: data63 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data58.vlan !== void 0) {
          let data64 = data58.vlan;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
            const err149 = { instancePath: instancePath + "/proxmox/vlan", schemaPath: "#/properties/proxmox/properties/vlan/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.proxmox.properties.vlan.type, parentSchema: schema372.properties.proxmox.properties.vlan, data: data64 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
          if (typeof data64 == "number" && isFinite(data64)) {
            if (data64 > 4094 || isNaN(data64)) {
              const err150 = { instancePath: instancePath + "/proxmox/vlan", schemaPath: "#/properties/proxmox/properties/vlan/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema372.properties.proxmox.properties.vlan, data: data64 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data64 < 1 || isNaN(data64)) {
              const err151 = { instancePath: instancePath + "/proxmox/vlan", schemaPath: "#/properties/proxmox/properties/vlan/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema372.properties.proxmox.properties.vlan, data: data64 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
          }
        }
        if (data58.vmIdStart !== void 0) {
          let data65 = data58.vmIdStart;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
            const err152 = { instancePath: instancePath + "/proxmox/vmIdStart", schemaPath: "#/properties/proxmox/properties/vmIdStart/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema372.properties.proxmox.properties.vmIdStart.type, parentSchema: schema372.properties.proxmox.properties.vmIdStart, data: data65 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 > 999999899 || isNaN(data65)) {
              const err153 = { instancePath: instancePath + "/proxmox/vmIdStart", schemaPath: "#/properties/proxmox/properties/vmIdStart/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999999899 }, message: "must be <= 999999899", schema: 999999899, parentSchema: schema372.properties.proxmox.properties.vmIdStart, data: data65 };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
            if (data65 < 100 || isNaN(data65)) {
              const err154 = { instancePath: instancePath + "/proxmox/vmIdStart", schemaPath: "#/properties/proxmox/properties/vmIdStart/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema372.properties.proxmox.properties.vmIdStart, data: data65 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/proxmox", schemaPath: "#/properties/proxmox/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.proxmox.type, parentSchema: schema372.properties.proxmox, data: data58 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.maas !== void 0) {
      let data66 = data.maas;
      if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
        for (const key14 in data66) {
          if (!(key14 === "tags" || key14 === "pool" || key14 === "zone" || key14 === "distroSeries" || key14 === "hweKernel" || key14 === "subnet" || key14 === "interfaceName")) {
            const err156 = { instancePath: instancePath + "/maas", schemaPath: "#/properties/maas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372.properties.maas, data: data66 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data66.tags !== void 0) {
          let data67 = data66.tags;
          if (Array.isArray(data67)) {
            const len6 = data67.length;
            for (let i11 = 0; i11 < len6; i11++) {
              let data68 = data67[i11];
              if (typeof data68 === "string") {
                if (func12(data68) < 1) {
                  const err157 = { instancePath: instancePath + "/maas/tags/" + i11, schemaPath: "#/properties/maas/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.maas.properties.tags.items, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              } else {
                const err158 = { instancePath: instancePath + "/maas/tags/" + i11, schemaPath: "#/properties/maas/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.maas.properties.tags.items.type, parentSchema: schema372.properties.maas.properties.tags.items, data: data68 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            let i12 = data67.length;
            let j5;
            if (i12 > 1) {
              const indices4 = {};
              for (; i12--; ) {
                let item4 = data67[i12];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j5 = indices4[item4];
                  const err159 = { instancePath: instancePath + "/maas/tags", schemaPath: "#/properties/maas/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: true, parentSchema: schema372.properties.maas.properties.tags, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i12;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/maas/tags", schemaPath: "#/properties/maas/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.maas.properties.tags.type, parentSchema: schema372.properties.maas.properties.tags, data: data67 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data66.pool !== void 0) {
          let data69 = data66.pool;
          if (typeof data69 === "string") {
            if (func12(data69) < 1) {
              const err161 = { instancePath: instancePath + "/maas/pool", schemaPath: "#/properties/maas/properties/pool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.maas.properties.pool, data: data69 };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
          } else {
            const err162 = { instancePath: instancePath + "/maas/pool", schemaPath: "#/properties/maas/properties/pool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.maas.properties.pool.type, parentSchema: schema372.properties.maas.properties.pool, data: data69 };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data66.zone !== void 0) {
          let data70 = data66.zone;
          if (typeof data70 === "string") {
            if (func12(data70) < 1) {
              const err163 = { instancePath: instancePath + "/maas/zone", schemaPath: "#/properties/maas/properties/zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.maas.properties.zone, data: data70 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          } else {
            const err164 = { instancePath: instancePath + "/maas/zone", schemaPath: "#/properties/maas/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.maas.properties.zone.type, parentSchema: schema372.properties.maas.properties.zone, data: data70 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data66.distroSeries !== void 0) {
          let data71 = data66.distroSeries;
          if (typeof data71 === "string") {
            if (func12(data71) < 1) {
              const err165 = { instancePath: instancePath + "/maas/distroSeries", schemaPath: "#/properties/maas/properties/distroSeries/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.maas.properties.distroSeries, data: data71 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
          } else {
            const err166 = { instancePath: instancePath + "/maas/distroSeries", schemaPath: "#/properties/maas/properties/distroSeries/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.maas.properties.distroSeries.type, parentSchema: schema372.properties.maas.properties.distroSeries, data: data71 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data66.hweKernel !== void 0) {
          let data72 = data66.hweKernel;
          if (typeof data72 === "string") {
            if (func12(data72) < 1) {
              const err167 = { instancePath: instancePath + "/maas/hweKernel", schemaPath: "#/properties/maas/properties/hweKernel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.maas.properties.hweKernel, data: data72 };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          } else {
            const err168 = { instancePath: instancePath + "/maas/hweKernel", schemaPath: "#/properties/maas/properties/hweKernel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.maas.properties.hweKernel.type, parentSchema: schema372.properties.maas.properties.hweKernel, data: data72 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data66.subnet !== void 0) {
          let data73 = data66.subnet;
          if (typeof data73 === "string") {
            if (!pattern212.test(data73)) {
              const err169 = { instancePath: instancePath + "/maas/subnet", schemaPath: "#/$defs/cidr/pattern", keyword: "pattern", params: { pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$" }, message: 'must match pattern "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"', schema: "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", parentSchema: schema422, data: data73 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          } else {
            const err170 = { instancePath: instancePath + "/maas/subnet", schemaPath: "#/$defs/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema422.type, parentSchema: schema422, data: data73 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        if (data66.interfaceName !== void 0) {
          let data74 = data66.interfaceName;
          if (typeof data74 === "string") {
            if (func12(data74) < 1) {
              const err171 = { instancePath: instancePath + "/maas/interfaceName", schemaPath: "#/properties/maas/properties/interfaceName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema372.properties.maas.properties.interfaceName, data: data74 };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (!pattern182.test(data74)) {
              const err172 = { instancePath: instancePath + "/maas/interfaceName", schemaPath: "#/properties/maas/properties/interfaceName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.:-]+$"', schema: "^[A-Za-z0-9_.:-]+$", parentSchema: schema372.properties.maas.properties.interfaceName, data: data74 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          } else {
            const err173 = { instancePath: instancePath + "/maas/interfaceName", schemaPath: "#/properties/maas/properties/interfaceName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.maas.properties.interfaceName.type, parentSchema: schema372.properties.maas.properties.interfaceName, data: data74 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath + "/maas", schemaPath: "#/properties/maas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.properties.maas.type, parentSchema: schema372.properties.maas, data: data66 };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
  } else {
    const err175 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.type, parentSchema: schema372, data };
    if (vErrors === null) {
      vErrors = [err175];
    } else {
      vErrors.push(err175);
    }
    errors++;
  }
  validate242.errors = vErrors;
  return errors === 0;
}
validate242.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate342(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate342.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate22(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate242(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate342.errors = vErrors;
  return errors === 0;
}
validate342.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var NodePoolDefaults = validate37;
var schema43 = { "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": true, "kind": true, "metadata": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/dnsLabel" } } }, "spec": { "type": "object", "additionalProperties": false, "required": ["values"], "properties": { "selector": { "type": "object", "additionalProperties": false, "properties": { "tenant": { "$ref": "#/$defs/dnsLabel" }, "controlPlane": { "$ref": "#/$defs/dnsLabel" } } }, "values": { "$ref": "#/$defs/PoolSpec" } } } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data0 = data.metadata;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err5 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema43.properties.metadata.required, parentSchema: schema43.properties.metadata, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "name")) {
            const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.metadata, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 === "string") {
            if (func12(data1) > 63) {
              const err7 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func12(data1) < 1) {
              const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern42.test(data1)) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.metadata.type, parentSchema: schema43.properties.metadata, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data2 = data.spec;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.values === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema43.properties.spec.required, parentSchema: schema43.properties.spec, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key2 in data2) {
          if (!(key2 === "selector" || key2 === "values")) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.spec, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.selector !== void 0) {
          let data3 = data2.selector;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key3 in data3) {
              if (!(key3 === "tenant" || key3 === "controlPlane")) {
                const err14 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.spec.properties.selector, data: data3 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.tenant !== void 0) {
              let data4 = data3.tenant;
              if (typeof data4 === "string") {
                if (func12(data4) > 63) {
                  const err15 = { instancePath: instancePath + "/spec/selector/tenant", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (func12(data4) < 1) {
                  const err16 = { instancePath: instancePath + "/spec/selector/tenant", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern42.test(data4)) {
                  const err17 = { instancePath: instancePath + "/spec/selector/tenant", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/spec/selector/tenant", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data4 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.controlPlane !== void 0) {
              let data5 = data3.controlPlane;
              if (typeof data5 === "string") {
                if (func12(data5) > 63) {
                  const err19 = { instancePath: instancePath + "/spec/selector/controlPlane", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (func12(data5) < 1) {
                  const err20 = { instancePath: instancePath + "/spec/selector/controlPlane", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (!pattern42.test(data5)) {
                  const err21 = { instancePath: instancePath + "/spec/selector/controlPlane", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/spec/selector/controlPlane", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data5 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.spec.properties.selector.type, parentSchema: schema43.properties.spec.properties.selector, data: data3 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.values !== void 0) {
          if (!validate242(data2.values, { instancePath: instancePath + "/spec/values", parentData: data2, parentDataProperty: "values", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.spec.type, parentSchema: schema43.properties.spec, data: data2 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var NodePoolSettings2 = validate39;
var schema472 = { "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": true, "kind": true, "metadata": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/$defs/dnsLabel" } } }, "spec": { "type": "object", "additionalProperties": false, "properties": { "backend": { "$ref": "#/$defs/Backend" }, "terraform": { "type": "object", "additionalProperties": false, "properties": { "tool": { "enum": ["terraform", "tofu"], "default": "terraform" }, "version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$", "x-expected": "a version such as 1.8.5" } } } } } } };
var pattern302 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$", "u");
var schema492 = { "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false, "properties": { "local": { "type": "object", "additionalProperties": false, "properties": { "directory": { "type": "string", "minLength": 1, "default": ".nodepool-state" }, "persistent": { "type": "boolean", "default": false } } }, "s3": { "type": "object", "additionalProperties": false, "required": ["bucket", "region"], "properties": { "bucket": { "type": "string", "minLength": 3 }, "keyPrefix": { "type": "string", "default": "nodepool/" }, "region": { "type": "string", "minLength": 1 }, "endpoint": { "type": "string", "format": "uri", "x-expected": "a URL" }, "dynamodbTable": { "type": "string", "minLength": 1 }, "usePathStyle": { "type": "boolean" }, "encrypt": { "type": "boolean", "default": true } } }, "gcs": { "type": "object", "additionalProperties": false, "required": ["bucket"], "properties": { "bucket": { "type": "string", "minLength": 3 }, "prefix": { "type": "string", "default": "nodepool/" } } }, "azurerm": { "type": "object", "additionalProperties": false, "required": ["resourceGroupName", "storageAccountName", "containerName"], "properties": { "resourceGroupName": { "type": "string", "minLength": 1 }, "storageAccountName": { "type": "string", "minLength": 3 }, "containerName": { "type": "string", "minLength": 3 }, "keyPrefix": { "type": "string", "default": "nodepool/" } } }, "http": { "type": "object", "additionalProperties": false, "required": ["address"], "properties": { "address": { "type": "string", "format": "uri", "pattern": "^https?://", "x-expected": "an http(s) URL" }, "lock": { "type": "boolean", "default": true } } }, "kubernetes": { "type": "object", "additionalProperties": false, "required": ["namespace"], "properties": { "namespace": { "$ref": "#/$defs/dnsLabel" }, "inClusterConfig": { "type": "boolean", "default": false } } }, "pg": { "type": "object", "additionalProperties": false, "properties": { "schemaPrefix": { "type": "string", "pattern": "^[a-z_][a-z0-9_]*$", "default": "nodepool_", "x-expected": "lowercase letters, digits and '_'" } } }, "remote": { "type": "object", "additionalProperties": false, "required": ["organization"], "properties": { "hostname": { "type": "string", "format": "hostname", "default": "app.terraform.io", "x-expected": "a host name" }, "organization": { "type": "string", "minLength": 1 }, "workspacePrefix": { "type": "string", "default": "nodepool-" } } } } };
var pattern292 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
function validate312(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate312.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema492, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema492, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "local" || key0 === "s3" || key0 === "gcs" || key0 === "azurerm" || key0 === "http" || key0 === "kubernetes" || key0 === "pg" || key0 === "remote")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.local !== void 0) {
      let data0 = data.local;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "directory" || key1 === "persistent")) {
            const err3 = { instancePath: instancePath + "/local", schemaPath: "#/properties/local/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.local, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.directory !== void 0) {
          let data1 = data0.directory;
          if (typeof data1 === "string") {
            if (func12(data1) < 1) {
              const err4 = { instancePath: instancePath + "/local/directory", schemaPath: "#/properties/local/properties/directory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema492.properties.local.properties.directory, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/local/directory", schemaPath: "#/properties/local/properties/directory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.local.properties.directory.type, parentSchema: schema492.properties.local.properties.directory, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.persistent !== void 0) {
          let data2 = data0.persistent;
          if (typeof data2 !== "boolean") {
            const err6 = { instancePath: instancePath + "/local/persistent", schemaPath: "#/properties/local/properties/persistent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema492.properties.local.properties.persistent.type, parentSchema: schema492.properties.local.properties.persistent, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/local", schemaPath: "#/properties/local/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.local.type, parentSchema: schema492.properties.local, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.s3 !== void 0) {
      let data3 = data.s3;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.bucket === void 0) {
          const err8 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: schema492.properties.s3.required, parentSchema: schema492.properties.s3, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.region === void 0) {
          const err9 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema492.properties.s3.required, parentSchema: schema492.properties.s3, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!(key2 === "bucket" || key2 === "keyPrefix" || key2 === "region" || key2 === "endpoint" || key2 === "dynamodbTable" || key2 === "usePathStyle" || key2 === "encrypt")) {
            const err10 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.s3, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.bucket !== void 0) {
          let data4 = data3.bucket;
          if (typeof data4 === "string") {
            if (func12(data4) < 3) {
              const err11 = { instancePath: instancePath + "/s3/bucket", schemaPath: "#/properties/s3/properties/bucket/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema492.properties.s3.properties.bucket, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/s3/bucket", schemaPath: "#/properties/s3/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.s3.properties.bucket.type, parentSchema: schema492.properties.s3.properties.bucket, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.keyPrefix !== void 0) {
          let data5 = data3.keyPrefix;
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/s3/keyPrefix", schemaPath: "#/properties/s3/properties/keyPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.s3.properties.keyPrefix.type, parentSchema: schema492.properties.s3.properties.keyPrefix, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.region !== void 0) {
          let data6 = data3.region;
          if (typeof data6 === "string") {
            if (func12(data6) < 1) {
              const err14 = { instancePath: instancePath + "/s3/region", schemaPath: "#/properties/s3/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema492.properties.s3.properties.region, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/s3/region", schemaPath: "#/properties/s3/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.s3.properties.region.type, parentSchema: schema492.properties.s3.properties.region, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.endpoint !== void 0) {
          let data7 = data3.endpoint;
          if (typeof data7 === "string") {
            if (!formats122(data7)) {
              const err16 = { instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema492.properties.s3.properties.endpoint, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/s3/endpoint", schemaPath: "#/properties/s3/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.s3.properties.endpoint.type, parentSchema: schema492.properties.s3.properties.endpoint, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.dynamodbTable !== void 0) {
          let data8 = data3.dynamodbTable;
          if (typeof data8 === "string") {
            if (func12(data8) < 1) {
              const err18 = { instancePath: instancePath + "/s3/dynamodbTable", schemaPath: "#/properties/s3/properties/dynamodbTable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema492.properties.s3.properties.dynamodbTable, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/s3/dynamodbTable", schemaPath: "#/properties/s3/properties/dynamodbTable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.s3.properties.dynamodbTable.type, parentSchema: schema492.properties.s3.properties.dynamodbTable, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.usePathStyle !== void 0) {
          let data9 = data3.usePathStyle;
          if (typeof data9 !== "boolean") {
            const err20 = { instancePath: instancePath + "/s3/usePathStyle", schemaPath: "#/properties/s3/properties/usePathStyle/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema492.properties.s3.properties.usePathStyle.type, parentSchema: schema492.properties.s3.properties.usePathStyle, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data3.encrypt !== void 0) {
          let data10 = data3.encrypt;
          if (typeof data10 !== "boolean") {
            const err21 = { instancePath: instancePath + "/s3/encrypt", schemaPath: "#/properties/s3/properties/encrypt/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema492.properties.s3.properties.encrypt.type, parentSchema: schema492.properties.s3.properties.encrypt, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/s3", schemaPath: "#/properties/s3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.s3.type, parentSchema: schema492.properties.s3, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.gcs !== void 0) {
      let data11 = data.gcs;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.bucket === void 0) {
          const err23 = { instancePath: instancePath + "/gcs", schemaPath: "#/properties/gcs/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'", schema: schema492.properties.gcs.required, parentSchema: schema492.properties.gcs, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key3 in data11) {
          if (!(key3 === "bucket" || key3 === "prefix")) {
            const err24 = { instancePath: instancePath + "/gcs", schemaPath: "#/properties/gcs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.gcs, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data11.bucket !== void 0) {
          let data12 = data11.bucket;
          if (typeof data12 === "string") {
            if (func12(data12) < 3) {
              const err25 = { instancePath: instancePath + "/gcs/bucket", schemaPath: "#/properties/gcs/properties/bucket/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema492.properties.gcs.properties.bucket, data: data12 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/gcs/bucket", schemaPath: "#/properties/gcs/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.gcs.properties.bucket.type, parentSchema: schema492.properties.gcs.properties.bucket, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.prefix !== void 0) {
          let data13 = data11.prefix;
          if (typeof data13 !== "string") {
            const err27 = { instancePath: instancePath + "/gcs/prefix", schemaPath: "#/properties/gcs/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.gcs.properties.prefix.type, parentSchema: schema492.properties.gcs.properties.prefix, data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/gcs", schemaPath: "#/properties/gcs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.gcs.type, parentSchema: schema492.properties.gcs, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.azurerm !== void 0) {
      let data14 = data.azurerm;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.resourceGroupName === void 0) {
          const err29 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/required", keyword: "required", params: { missingProperty: "resourceGroupName" }, message: "must have required property 'resourceGroupName'", schema: schema492.properties.azurerm.required, parentSchema: schema492.properties.azurerm, data: data14 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data14.storageAccountName === void 0) {
          const err30 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/required", keyword: "required", params: { missingProperty: "storageAccountName" }, message: "must have required property 'storageAccountName'", schema: schema492.properties.azurerm.required, parentSchema: schema492.properties.azurerm, data: data14 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data14.containerName === void 0) {
          const err31 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/required", keyword: "required", params: { missingProperty: "containerName" }, message: "must have required property 'containerName'", schema: schema492.properties.azurerm.required, parentSchema: schema492.properties.azurerm, data: data14 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key4 in data14) {
          if (!(key4 === "resourceGroupName" || key4 === "storageAccountName" || key4 === "containerName" || key4 === "keyPrefix")) {
            const err32 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.azurerm, data: data14 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data14.resourceGroupName !== void 0) {
          let data15 = data14.resourceGroupName;
          if (typeof data15 === "string") {
            if (func12(data15) < 1) {
              const err33 = { instancePath: instancePath + "/azurerm/resourceGroupName", schemaPath: "#/properties/azurerm/properties/resourceGroupName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema492.properties.azurerm.properties.resourceGroupName, data: data15 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/azurerm/resourceGroupName", schemaPath: "#/properties/azurerm/properties/resourceGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.azurerm.properties.resourceGroupName.type, parentSchema: schema492.properties.azurerm.properties.resourceGroupName, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data14.storageAccountName !== void 0) {
          let data16 = data14.storageAccountName;
          if (typeof data16 === "string") {
            if (func12(data16) < 3) {
              const err35 = { instancePath: instancePath + "/azurerm/storageAccountName", schemaPath: "#/properties/azurerm/properties/storageAccountName/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema492.properties.azurerm.properties.storageAccountName, data: data16 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/azurerm/storageAccountName", schemaPath: "#/properties/azurerm/properties/storageAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.azurerm.properties.storageAccountName.type, parentSchema: schema492.properties.azurerm.properties.storageAccountName, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data14.containerName !== void 0) {
          let data17 = data14.containerName;
          if (typeof data17 === "string") {
            if (func12(data17) < 3) {
              const err37 = { instancePath: instancePath + "/azurerm/containerName", schemaPath: "#/properties/azurerm/properties/containerName/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema492.properties.azurerm.properties.containerName, data: data17 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/azurerm/containerName", schemaPath: "#/properties/azurerm/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.azurerm.properties.containerName.type, parentSchema: schema492.properties.azurerm.properties.containerName, data: data17 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.keyPrefix !== void 0) {
          let data18 = data14.keyPrefix;
          if (typeof data18 !== "string") {
            const err39 = { instancePath: instancePath + "/azurerm/keyPrefix", schemaPath: "#/properties/azurerm/properties/keyPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.azurerm.properties.keyPrefix.type, parentSchema: schema492.properties.azurerm.properties.keyPrefix, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/azurerm", schemaPath: "#/properties/azurerm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.azurerm.type, parentSchema: schema492.properties.azurerm, data: data14 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data19 = data.http;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.address === void 0) {
          const err41 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'", schema: schema492.properties.http.required, parentSchema: schema492.properties.http, data: data19 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key5 in data19) {
          if (!(key5 === "address" || key5 === "lock")) {
            const err42 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.http, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data19.address !== void 0) {
          let data20 = data19.address;
          if (typeof data20 === "string") {
            if (!pattern152.test(data20)) {
              const err43 = { instancePath: instancePath + "/http/address", schemaPath: "#/properties/http/properties/address/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema492.properties.http.properties.address, data: data20 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!formats122(data20)) {
              const err44 = { instancePath: instancePath + "/http/address", schemaPath: "#/properties/http/properties/address/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema492.properties.http.properties.address, data: data20 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/http/address", schemaPath: "#/properties/http/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.http.properties.address.type, parentSchema: schema492.properties.http.properties.address, data: data20 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data19.lock !== void 0) {
          let data21 = data19.lock;
          if (typeof data21 !== "boolean") {
            const err46 = { instancePath: instancePath + "/http/lock", schemaPath: "#/properties/http/properties/lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema492.properties.http.properties.lock.type, parentSchema: schema492.properties.http.properties.lock, data: data21 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.http.type, parentSchema: schema492.properties.http, data: data19 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.kubernetes !== void 0) {
      let data22 = data.kubernetes;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.namespace === void 0) {
          const err48 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema492.properties.kubernetes.required, parentSchema: schema492.properties.kubernetes, data: data22 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        for (const key6 in data22) {
          if (!(key6 === "namespace" || key6 === "inClusterConfig")) {
            const err49 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.kubernetes, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data23 = data22.namespace;
          if (typeof data23 === "string") {
            if (func12(data23) > 63) {
              const err50 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data23 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (func12(data23) < 1) {
              const err51 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data23 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (!pattern42.test(data23)) {
              const err52 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data23 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/kubernetes/namespace", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data23 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data22.inClusterConfig !== void 0) {
          let data24 = data22.inClusterConfig;
          if (typeof data24 !== "boolean") {
            const err54 = { instancePath: instancePath + "/kubernetes/inClusterConfig", schemaPath: "#/properties/kubernetes/properties/inClusterConfig/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema492.properties.kubernetes.properties.inClusterConfig.type, parentSchema: schema492.properties.kubernetes.properties.inClusterConfig, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.kubernetes.type, parentSchema: schema492.properties.kubernetes, data: data22 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.pg !== void 0) {
      let data25 = data.pg;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key7 in data25) {
          if (!(key7 === "schemaPrefix")) {
            const err56 = { instancePath: instancePath + "/pg", schemaPath: "#/properties/pg/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.pg, data: data25 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data25.schemaPrefix !== void 0) {
          let data26 = data25.schemaPrefix;
          if (typeof data26 === "string") {
            if (!pattern292.test(data26)) {
              const err57 = { instancePath: instancePath + "/pg/schemaPrefix", schemaPath: "#/properties/pg/properties/schemaPrefix/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]*$" }, message: 'must match pattern "^[a-z_][a-z0-9_]*$"', schema: "^[a-z_][a-z0-9_]*$", parentSchema: schema492.properties.pg.properties.schemaPrefix, data: data26 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/pg/schemaPrefix", schemaPath: "#/properties/pg/properties/schemaPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.pg.properties.schemaPrefix.type, parentSchema: schema492.properties.pg.properties.schemaPrefix, data: data26 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/pg", schemaPath: "#/properties/pg/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.pg.type, parentSchema: schema492.properties.pg, data: data25 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.remote !== void 0) {
      let data27 = data.remote;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.organization === void 0) {
          const err60 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/required", keyword: "required", params: { missingProperty: "organization" }, message: "must have required property 'organization'", schema: schema492.properties.remote.required, parentSchema: schema492.properties.remote, data: data27 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key8 in data27) {
          if (!(key8 === "hostname" || key8 === "organization" || key8 === "workspacePrefix")) {
            const err61 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema492.properties.remote, data: data27 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data27.hostname !== void 0) {
          let data28 = data27.hostname;
          if (typeof data28 === "string") {
            if (!formats82.test(data28)) {
              const err62 = { instancePath: instancePath + "/remote/hostname", schemaPath: "#/properties/remote/properties/hostname/format", keyword: "format", params: { format: "hostname" }, message: 'must match format "hostname"', schema: "hostname", parentSchema: schema492.properties.remote.properties.hostname, data: data28 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/remote/hostname", schemaPath: "#/properties/remote/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.remote.properties.hostname.type, parentSchema: schema492.properties.remote.properties.hostname, data: data28 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data27.organization !== void 0) {
          let data29 = data27.organization;
          if (typeof data29 === "string") {
            if (func12(data29) < 1) {
              const err64 = { instancePath: instancePath + "/remote/organization", schemaPath: "#/properties/remote/properties/organization/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema492.properties.remote.properties.organization, data: data29 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/remote/organization", schemaPath: "#/properties/remote/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.remote.properties.organization.type, parentSchema: schema492.properties.remote.properties.organization, data: data29 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data27.workspacePrefix !== void 0) {
          let data30 = data27.workspacePrefix;
          if (typeof data30 !== "string") {
            const err66 = { instancePath: instancePath + "/remote/workspacePrefix", schemaPath: "#/properties/remote/properties/workspacePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema492.properties.remote.properties.workspacePrefix.type, parentSchema: schema492.properties.remote.properties.workspacePrefix, data: data30 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.properties.remote.type, parentSchema: schema492.properties.remote, data: data27 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema492.type, parentSchema: schema492, data };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  validate312.errors = vErrors;
  return errors === 0;
}
validate312.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema472.required, parentSchema: schema472, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema472.required, parentSchema: schema472, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema472.required, parentSchema: schema472, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema472.required, parentSchema: schema472, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema472, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data0 = data.metadata;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err5 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema472.properties.metadata.required, parentSchema: schema472.properties.metadata, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "name")) {
            const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema472.properties.metadata, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 === "string") {
            if (func12(data1) > 63) {
              const err7 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema342, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func12(data1) < 1) {
              const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema342, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern42.test(data1)) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema342, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/$defs/dnsLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema472.properties.metadata.type, parentSchema: schema472.properties.metadata, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data2 = data.spec;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!(key2 === "backend" || key2 === "terraform")) {
            const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema472.properties.spec, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.backend !== void 0) {
          if (!validate312(data2.backend, { instancePath: instancePath + "/spec/backend", parentData: data2, parentDataProperty: "backend", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
            errors = vErrors.length;
          }
        }
        if (data2.terraform !== void 0) {
          let data4 = data2.terraform;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === "tool" || key3 === "version")) {
                const err13 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema472.properties.spec.properties.terraform, data: data4 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.tool !== void 0) {
              let data5 = data4.tool;
              if (!(data5 === "terraform" || data5 === "tofu")) {
                const err14 = { instancePath: instancePath + "/spec/terraform/tool", schemaPath: "#/properties/spec/properties/terraform/properties/tool/enum", keyword: "enum", params: { allowedValues: schema472.properties.spec.properties.terraform.properties.tool.enum }, message: "must be equal to one of the allowed values", schema: schema472.properties.spec.properties.terraform.properties.tool.enum, parentSchema: schema472.properties.spec.properties.terraform.properties.tool, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.version !== void 0) {
              let data6 = data4.version;
              if (typeof data6 === "string") {
                if (!pattern302.test(data6)) {
                  const err15 = { instancePath: instancePath + "/spec/terraform/version", schemaPath: "#/properties/spec/properties/terraform/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$"', schema: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?$", parentSchema: schema472.properties.spec.properties.terraform.properties.version, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/spec/terraform/version", schemaPath: "#/properties/spec/properties/terraform/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema472.properties.spec.properties.terraform.properties.version.type, parentSchema: schema472.properties.spec.properties.terraform.properties.version, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/terraform", schemaPath: "#/properties/spec/properties/terraform/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema472.properties.spec.properties.terraform.type, parentSchema: schema472.properties.spec.properties.terraform, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema472.properties.spec.type, parentSchema: schema472.properties.spec, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema472.type, parentSchema: schema472, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/pool-format/schema.ts
var asWritten = { NodePool, NodePoolDefaults, NodePoolSettings: NodePoolSettings2 };
var withDefaults = { CompletePoolSpec, NodePoolSettings };
var run = (fn, value) => fn(value) ? [] : [...fn.errors ?? []];
var validators = {
  validate: (kind, value) => run(asWritten[kind], value),
  validateWithDefaults: (kind, value) => run(withDefaults[kind], value)
};

// src/pool-format/schema-messages.ts
var SECRET_KEY = /pass(word|wd)?|secret|token|api[-_]?key|credential|private[-_]?key|access[-_]?key/i;
function describeSchemaErrors(errors, base = []) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const problem = describe(error, [...base, ...parsePointer(error.instancePath)]);
    if (!problem) continue;
    const id = `${problem.path.join("/")}\0${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}
function describe(error, path) {
  const where = `\`${formatPath(path)}\``;
  const parent = error.parentSchema ?? {};
  const expected = typeof parent["x-expected"] === "string" ? parent["x-expected"] : void 0;
  const params = error.params;
  switch (error.keyword) {
    case "if":
    case "propertyNames":
      return void 0;
    case "required": {
      const field = String(params.missingProperty);
      return { path, at: "key", message: `missing required field \`${formatPath([...path, field])}\`` };
    }
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const fieldPath = [...path, field];
      const known = Object.keys(parent.properties ?? {});
      if (SECRET_KEY.test(field)) {
        return {
          path: fieldPath,
          at: "key",
          message: `\`${formatPath(fieldPath)}\` looks like an inline secret: secrets never go into pool files; give them to the workflow as environment variables (see README, "Credentials")`
        };
      }
      const suggestion = closest(field, known);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : known.length > 0 ? `; allowed: ${known.join(", ")}` : "";
      return { path: fieldPath, at: "key", message: `unknown field \`${formatPath(fieldPath)}\`${hint}` };
    }
    case "type":
      return {
        path,
        at: "value",
        message: `${where} must be ${withArticle(String(params.type))}, got ${describeValue(error.data)}`
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        path,
        at: "value",
        message: `${where} must be ${String(params.comparison)} ${String(params.limit)}, got ${describeValue(error.data)}`
      };
    case "minLength":
      return {
        path,
        at: "value",
        message: params.limit === 1 ? `${where} must not be empty` : `${where} must be at least ${String(params.limit)} characters long`
      };
    case "maxLength":
      return {
        path,
        at: "value",
        message: `${where} must be at most ${String(params.limit)} characters long, got ${String(error.data.length)}`
      };
    case "maxItems":
      return { path, at: "value", message: `${where} must have at most ${String(params.limit)} items` };
    case "minItems":
      return { path, at: "value", message: `${where} must have at least ${String(params.limit)} items` };
    case "uniqueItems":
      return {
        path: [...path, Number(params.i)],
        at: "value",
        message: `${where} lists the same item twice (items ${String(params.j)} and ${String(params.i)})`
      };
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof error.data === "string" ? closest(error.data, allowed) : void 0;
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "";
      return {
        path,
        at: "value",
        message: `${where} must be one of ${allowed.join(", ")}; got ${describeValue(error.data)}${hint}`
      };
    }
    case "const":
      return {
        path,
        at: "value",
        message: `${where} must be ${describeValue(params.allowedValue)}, got ${describeValue(error.data)}`
      };
    case "pattern":
    case "format": {
      if (error.propertyName !== void 0) {
        const keyPath = [...path, error.propertyName];
        return {
          path: keyPath,
          at: "key",
          message: `key \`${error.propertyName}\` in ${where} is not valid: expected ${expected ?? "a valid key"}`
        };
      }
      return {
        path,
        at: "value",
        message: `${where} must be ${expected ?? `a valid ${String(params.format ?? "value")}`}, got ${describeValue(error.data)}`
      };
    }
    case "minProperties":
    case "maxProperties": {
      const known = Object.keys(parent.properties ?? {});
      return { path, at: "key", message: `${where} must set exactly one of ${known.join(", ")}` };
    }
    default:
      return { path, at: "value", message: `${where} ${error.message ?? "is not valid"}` };
  }
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || "(document)";
}
function parsePointer(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part);
}
function withArticle(type) {
  const word = type === "integer" ? "a whole number" : type === "object" ? "a mapping" : type === "array" ? "a list" : `a ${type}`;
  return word;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}
function closest(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/pool-format/secret-values.ts
var SECRET_VALUES = [
  { pattern: /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/, what: "a bootstrap token" },
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: "a private key" },
  { pattern: /:\/\/[^/\s:@]+:[^/\s@]+@/, what: "a password inside a URL" }
];
function findSecretValues(value) {
  const found = [];
  const path = [];
  const walk = (item) => {
    if (typeof item === "string") {
      const hit = SECRET_VALUES.find(({ pattern }) => pattern.test(item));
      if (hit) found.push({ path: [...path], what: hit.what });
    } else if (Array.isArray(item)) {
      item.forEach((element, i) => {
        path.push(i);
        walk(element);
        path.pop();
      });
    } else if (typeof item === "object" && item !== null) {
      for (const [key, element] of Object.entries(item)) {
        path.push(key);
        walk(element);
        path.pop();
      }
    }
  };
  walk(value);
  return found;
}

// src/pool-format/types.ts
var API_VERSION = "nodepool.kamaji.io/v1alpha1";
var PROVIDERS = ["vsphere", "vcd", "proxmox", "maas"];

// src/pool-format/yaml-source.ts
function parseYamlFile(file, text) {
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const before = text.slice(0, nul).split("\n");
    const message = "not a YAML text file: it holds NUL bytes (pool files are UTF-8; was this one saved as UTF-16?)";
    const column = (before.at(-1)?.length ?? 0) + 1;
    return { documents: [], issues: [{ file, line: before.length, column, severity: "error", message }] };
  }
  const lines = new LineCounter();
  const docs = parseYaml(text, lines);
  const where = locator(text, lines);
  const issues = [];
  const documents = [];
  const push = (severity, offset, message) => issues.push({ file, ...where.position(offset), severity, message });
  for (const [index, doc] of docs.entries()) {
    const [error] = doc.errors;
    if (error)
      push("error", error.pos[0], describeYamlError(error.code, error.message, text.slice(error.pos[0])));
    for (const warning of doc.warnings) push("warning", warning.pos[0], firstLine(warning.message));
    const contents = doc.contents;
    if (doc.errors.length > 0 || contents === null || isScalar(contents) && contents.value === null)
      continue;
    const unresolved = text.includes("*") ? findUnresolvedAlias(doc) : void 0;
    if (unresolved) {
      push(
        "error",
        unresolved.range?.[0] ?? 0,
        `YAML error: alias \`*${unresolved.source}\` names no anchor defined before it`
      );
      continue;
    }
    try {
      const value = doc.toJS({ maxAliasCount: 100 });
      documents.push(sourceDocument(file, value, contents.range?.[0] ?? 0, index, where));
    } catch (error2) {
      push("error", contents.range?.[0] ?? 0, `YAML error: ${firstLine(error2.message)}`);
    }
  }
  return { documents, issues };
}
function parseYaml(text, lineCounter) {
  const options = { uniqueKeys: true, prettyErrors: false, ...lineCounter ? { lineCounter } : {} };
  return parseAllDocuments(text, options);
}
function locator(text, lines) {
  let reparsed;
  return {
    position(offset) {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    },
    treeOf(index) {
      reparsed ??= parseYaml(text);
      return reparsed[index]?.contents;
    }
  };
}
function sourceDocument(file, value, offset, index, { position, treeOf }) {
  return {
    file,
    line: position(offset).line,
    value,
    locate(path, prefer = "value") {
      const root = treeOf(index);
      let node = root;
      let keyNode;
      let exact = true;
      for (const segment of path) {
        const next = child(node, segment);
        if (!next) {
          exact = false;
          break;
        }
        node = next.value ?? next.key ?? node;
        keyNode = next.key;
      }
      const target = prefer === "key" && keyNode ? keyNode : node;
      return { ...position(target.range?.[0] ?? 0), exact };
    }
  };
}
function findUnresolvedAlias(doc) {
  let found;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== void 0) return void 0;
      found = alias;
      return visit.BREAK;
    }
  });
  return found;
}
function child(node, segment) {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (isScalar(key) && String(key.value) === String(segment)) {
        return { key, ...pair.value ? { value: pair.value } : {} };
      }
    }
    return void 0;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item ? { value: item } : void 0;
  }
  return void 0;
}
var YAML_HINTS = {
  TAB_AS_INDENT: "tab character used for indentation: YAML indents with spaces only",
  BAD_INDENT: "bad indentation",
  MISSING_CHAR: "missing character"
};
function describeYamlError(code, message, source) {
  if (code === "DUPLICATE_KEY") {
    const key = /^[^:\n]*/.exec(source)?.[0].trim();
    return `duplicate key \`${key}\`: a key may appear only once in a mapping`;
  }
  const hint = YAML_HINTS[code];
  const detail = firstLine(message);
  return hint ? `YAML syntax error: ${hint} (${detail})` : `YAML syntax error: ${detail}`;
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}

// src/pool-format/parse-pools.ts
var KINDS = ["NodePool", "NodePoolDefaults", "NodePoolSettings"];
function parsePools(files) {
  const issues = [];
  const report = (doc, path, message, at = "value", severity = "error") => {
    const { line, column } = doc.locate(path, at);
    issues.push({ file: doc.file, line, column, severity, message });
  };
  const reportProblems = (doc, problems) => {
    for (const problem of problems) report(doc, problem.path, problem.message, problem.at);
  };
  const pools = [];
  const defaults = [];
  const settings = [];
  const brokenDefaults = [];
  for (const file of files) {
    const parsed = parseYamlFile(file.path, file.text);
    issues.push(...parsed.issues);
    for (const doc of parsed.documents) {
      const kind = readKind(doc, report);
      if (!kind) continue;
      const secrets = findSecretValues(doc.value);
      const secretPaths = new Set(secrets.map((secret) => formatPath(secret.path)));
      const problems = describeSchemaErrors(validators.validate(kind, doc.value));
      reportProblems(
        doc,
        problems.filter((problem) => !secretPaths.has(formatPath(problem.path)))
      );
      for (const secret of secrets) {
        report(
          doc,
          secret.path,
          `\`${formatPath(secret.path)}\` holds what looks like ${secret.what}: secrets never go into pool files; give them to the workflow as environment variables (see README, "Credentials")`
        );
      }
      if (secrets.length > 0) continue;
      const value = doc.value;
      if (problems.length > 0) {
        if (kind === "NodePoolDefaults") brokenDefaults.push(doc);
        continue;
      }
      const metadata = value.metadata;
      const spec = value.spec;
      if (kind === "NodePool") {
        pools.push({
          source: doc,
          tenant: metadata.tenant,
          controlPlane: metadata.controlPlane,
          name: metadata.name,
          spec
        });
      } else if (kind === "NodePoolDefaults") {
        defaults.push({
          source: doc,
          name: metadata.name,
          selector: spec.selector ?? {},
          values: spec.values,
          used: false
        });
      } else {
        settings.push(doc);
        for (const rule of checkSettings(spec)) report(doc, rule.path, rule.message, rule.at);
      }
    }
  }
  for (const [i, doc] of settings.entries()) {
    const first = settings[0];
    if (i > 0 && first)
      report(
        doc,
        ["kind"],
        `only one NodePoolSettings document is allowed; the first is at ${first.file}:${first.line}`
      );
  }
  reportDuplicates(
    defaults,
    (d) => d.name,
    (d, first) => report(
      d.source,
      ["metadata", "name"],
      `NodePoolDefaults \`${d.name}\` is defined twice; the first is at ${first.source.file}:${first.source.line}`
    )
  );
  reportDuplicates(
    pools,
    (p) => `${p.tenant}/${p.controlPlane}/${p.name}`,
    (p, first) => report(
      p.source,
      ["metadata", "name"],
      `pool ${p.tenant}/${p.controlPlane}/${p.name} is defined twice; the first is at ${first.source.file}:${first.source.line}`
    )
  );
  const nodePools = [];
  for (const pool of pools) {
    const matching = defaults.filter((d) => selects(d.selector, pool.tenant, pool.controlPlane)).sort((a, b) => specificity(a.selector) - specificity(b.selector));
    for (const d of matching) d.used = true;
    if (brokenDefaults.some((doc) => selectsRaw(doc, pool))) continue;
    const merged = mergePool(pool, matching, report, reportProblems);
    if (merged) nodePools.push(merged);
  }
  for (const problem of checkStaticOverlaps(nodePools)) {
    const pool = pools.find(
      (p) => p.source.file === problem.pool.source.file && p.source.line === problem.pool.source.line
    );
    if (pool) report(pool.source, ["spec", "network", "static"], problem.message);
  }
  for (const d of defaults) {
    if (!d.used)
      report(
        d.source,
        ["spec", "selector"],
        `NodePoolDefaults \`${d.name}\` selects no pool`,
        "key",
        "warning"
      );
  }
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues: sortIssues(issues) };
  const repositorySettings = readSettings(settings[0]);
  const lost = ephemeralStateProblem(repositorySettings);
  const anchor = settings[0] ?? pools[0]?.source;
  if (lost && anchor)
    report(anchor, ["spec", "backend", "local"], `apply and drift will refuse: ${lost}`, "key", "warning");
  return {
    ok: true,
    value: {
      pools: nodePools,
      settings: repositorySettings,
      files: files.map((f) => f.path),
      sharedFiles: [.../* @__PURE__ */ new Set([...defaults.map((d) => d.source.file), ...settings.map((doc) => doc.file)])]
    },
    warnings: sortIssues(issues)
  };
}
function readKind(doc, report) {
  if (!isPlainObject(doc.value)) {
    report(
      doc,
      [],
      `a document must be a mapping with apiVersion and kind, got ${Array.isArray(doc.value) ? "a list" : "a single value"}`
    );
    return void 0;
  }
  const { apiVersion, kind } = doc.value;
  if (apiVersion === void 0) {
    report(doc, [], `missing required field \`apiVersion\` (expected ${API_VERSION})`);
    return void 0;
  }
  if (apiVersion !== API_VERSION) {
    report(
      doc,
      ["apiVersion"],
      `unsupported apiVersion ${JSON.stringify(apiVersion)}: this version of nodepool-action reads ${API_VERSION}`
    );
    return void 0;
  }
  if (kind === void 0) {
    report(doc, [], `missing required field \`kind\` (one of ${KINDS.join(", ")})`);
    return void 0;
  }
  if (!KINDS.includes(kind)) {
    const suggestion = typeof kind === "string" ? closest(kind, KINDS) : void 0;
    report(
      doc,
      ["kind"],
      `unknown kind ${JSON.stringify(kind)}: expected one of ${KINDS.join(", ")}${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`
    );
    return void 0;
  }
  return kind;
}
function selectsRaw(doc, pool) {
  const spec = doc.value.spec;
  const selector = isPlainObject(spec?.selector) ? spec.selector : {};
  return selects(selector, pool.tenant, pool.controlPlane);
}
function mergePool(pool, matching, report, reportProblems) {
  const poolSpec = pool.spec;
  let merged = {};
  for (const d of matching) merged = mergeValues(merged, d.values);
  merged = mergeValues(merged, poolSpec);
  const sources = [
    { doc: pool.source, base: ["spec"] },
    ...[...matching].reverse().map((d) => ({ doc: d.source, base: ["spec", "values"] }))
  ];
  const reportMerged = (problems2, hint) => {
    for (const problem of problems2) {
      const relative2 = problem.path.slice(1);
      const owner = sources.find(({ doc, base }) => doc.locate([...base, ...relative2]).exact);
      const target = owner ?? { doc: pool.source, base: ["spec"] };
      const message = problem.message.startsWith("missing required") ? `${problem.message}${hint}` : problem.message;
      reportProblems(target.doc, [{ ...problem, path: [...target.base, ...relative2], message }]);
    }
  };
  const provider = merged.provider;
  let ok = true;
  if (provider) {
    for (const other of PROVIDERS) {
      if (other === provider) continue;
      if (poolSpec[other] !== void 0) {
        report(
          pool.source,
          ["spec", other],
          `\`spec.${other}\` does not apply: \`spec.provider\` is ${provider}`,
          "key"
        );
        ok = false;
      }
      delete merged[other];
    }
    if (provider === "maas") merged.maas ??= {};
    if (merged[provider] === void 0) {
      reportMerged(
        [
          {
            path: ["spec"],
            at: "key",
            message: `missing required field \`spec.${provider}\` (\`spec.provider\` is ${provider})`
          }
        ],
        ""
      );
      ok = false;
    }
  }
  for (const container of ["machine", "kubernetes", "network", "bootstrap"]) merged[container] ??= {};
  const problems = describeSchemaErrors(validators.validateWithDefaults("CompletePoolSpec", merged), ["spec"]);
  reportMerged(
    problems,
    matching.length > 0 ? " (set it in the pool or in a NodePoolDefaults that selects it)" : ""
  );
  if (problems.length > 0 || !ok) return void 0;
  const spec = merged;
  const rules = checkPoolSpec(pool.controlPlane, pool.name, spec);
  for (const rule of rules)
    reportMerged([{ path: rule.path, at: rule.at ?? "value", message: rule.message }], "");
  if (rules.length > 0) return void 0;
  return {
    tenant: pool.tenant,
    controlPlane: pool.controlPlane,
    name: pool.name,
    spec,
    nodeNames: nodeNames(pool.controlPlane, pool.name, spec.replicas),
    source: { file: pool.source.file, line: pool.source.line }
  };
}
function sortIssues(issues) {
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
function readSettings(doc) {
  const spec = structuredClone(
    doc?.value?.spec ?? {}
  );
  spec.backend ??= { local: {} };
  spec.terraform ??= {};
  validators.validateWithDefaults("NodePoolSettings", {
    apiVersion: API_VERSION,
    kind: "NodePoolSettings",
    metadata: { name: "settings" },
    spec
  });
  const settings = spec;
  return doc ? { ...settings, source: { file: doc.file, line: doc.line } } : settings;
}
function reportDuplicates(items, key, onDuplicate) {
  const firsts = /* @__PURE__ */ new Map();
  for (const item of items) {
    const first = firsts.get(key(item));
    if (first) onDuplicate(item, first);
    else firsts.set(key(item), item);
  }
}

// src/pool-format/pool-limits.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var POOL_LIMITS = { fileBytes: MiB, runBytes: 64 * MiB, runFiles: 1e4 };
function oversizedFileMessage(size, limits) {
  if (size <= limits.fileBytes) return void 0;
  return `${overLimit(size, limits.fileBytes)} limit of a pool file, so it was not read: pool files are text of a few KiB`;
}
function runLimitMessage(sizes, limits) {
  if (sizes.length > limits.runFiles)
    return `found ${count(sizes.length)} pool files, over the limit of ${count(limits.runFiles)} files a run reads`;
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > limits.runBytes)
    return `the ${count(sizes.length)} pool files hold ${overLimit(total, limits.runBytes).replace(" is over", ", over")} limit of a run: pool files are text of a few KiB each`;
  return void 0;
}
function formatBytes(bytes) {
  const [value, unit] = bytes >= MiB ? [bytes / MiB, "MiB"] : bytes >= KiB ? [bytes / KiB, "KiB"] : [bytes, "bytes"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
function overLimit(size, limit) {
  const [shown, allowed] = [formatBytes(size), formatBytes(limit)];
  const unit = (text) => text.split(" ")[1];
  if (Number.parseFloat(shown) === Number.parseFloat(allowed) && unit(shown) === unit(allowed))
    return `${count(size)} bytes is over the ${count(limit)}-byte (${allowed})`;
  return `${shown} is over the ${allowed}`;
}
function count(n) {
  return n.toLocaleString("en-US");
}

// src/pool-format/load-pools.ts
import { lstatSync, readFileSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var PoolPathError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "PoolPathError";
  }
  path;
};
async function findPoolFiles(paths, cwd) {
  const root = await realpath(cwd);
  const files = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const real = await realpath(absolute).catch(() => void 0);
    if (!real) throw new PoolPathError(path, "no such file or folder");
    if (!isInside(root, real))
      throw new PoolPathError(
        path,
        "resolves outside the repository (a symbolic link?); pool files are read only from inside it"
      );
    const info = await stat(real);
    if (info.isFile()) {
      files.set(relative(cwd, absolute), info.size);
      continue;
    }
    if (!info.isDirectory()) throw new PoolPathError(path, "is neither a file nor a folder");
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!/\.ya?ml$/.test(entry.name)) continue;
      const entryPath = join(entry.parentPath, entry.name);
      if (entry.isFile()) files.set(relative(cwd, entryPath), lstatSync(entryPath).size);
      else if (entry.isSymbolicLink()) links.add(relative(cwd, entryPath));
    }
  }
  if (files.size + links.size === 0)
    throw new PoolPathError(paths.join(", "), "no *.yaml or *.yml files found");
  return {
    files: [...files].map(([path, size]) => ({ path, size })).sort((a, b) => a.path.localeCompare(b.path)),
    links: [...links].sort()
  };
}
async function loadPools(paths, cwd, limits = POOL_LIMITS) {
  const found = await findPoolFiles(paths, cwd);
  const refused = found.links.map(
    (file) => wholeFileIssue(
      file,
      "is a symbolic link, which is not followed: pool files must be regular files inside the repository"
    )
  );
  const readable = [];
  for (const file of found.files) {
    const oversized = oversizedFileMessage(file.size, limits);
    if (oversized) refused.push(wholeFileIssue(file.path, oversized));
    else readable.push(file);
  }
  const overRun = runLimitMessage(
    readable.map((file) => file.size),
    limits
  );
  if (overRun) throw new PoolPathError(paths.join(", "), overRun);
  const files = readable.map(({ path }) => ({
    path,
    text: readFileSync(resolve(cwd, path), "utf8")
  }));
  const result = parsePools(files);
  if (refused.length === 0) return result;
  const issues = [...refused, ...result.ok ? result.warnings : result.issues];
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}
function wholeFileIssue(file, message) {
  return { file, line: 1, column: 1, severity: "error", message };
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export {
  parsePools,
  POOL_LIMITS,
  oversizedFileMessage,
  runLimitMessage,
  PoolPathError,
  findPoolFiles,
  loadPools
};
