/**
 * Value patterns to check formatted values against. scorm-again declares `scorm12_regex` / `scorm2004_regex`
 * in its types but does not export them at run time, so its patterns are copied here verbatim from
 * node_modules/scorm-again/dist/esm/scorm-again.js (3.4.3); Moodle's are the stricter ones from its SCORM player.
 */
export const scormAgain = {
  timespan12: /^([0-9]+):([0-9]{2}):([0-9]{2})(\.\d{1,2})?$/,
  time12: /^(?:[01]\d|2[0123]):(?:[012345]\d):(?:[012345]\d)(\.\d{1,2})?$/,
  duration2004:
    /^P(?:([.,\d]+)Y)?(?:([.,\d]+)M)?(?:([.,\d]+)W)?(?:([.,\d]+)D)?(?:T?(?:([.,\d]+)H)?(?:([.,\d]+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/,
  time2004:
    /^(19[7-9][0-9]|[2-9][0-9]{3})((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,6})((Z|([+|-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/,
  decimal2004: /^-?([0-9]{1,10})(\.[0-9]{1,18})?$/,
  longIdentifier2004: /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000}|.{1,4000})$/,
  langString250: /^({lang=([a-zA-Z]{1,8}|i|x)(-[a-zA-Z0-9-]{2,8})?})?((?!{.*$).{0,250}$)?$/,
};

export const moodle = {
  timespan12: /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/,
  identifier12: /^[\u0021-\u007E]{0,255}$/,
  duration2004:
    /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/,
  decimal2004: /^-?([0-9]{1,4})(\.[0-9]{1,18})?$/,
  longIdentifier2004: /^\S{0,4000}[a-zA-Z0-9]$/,
};
