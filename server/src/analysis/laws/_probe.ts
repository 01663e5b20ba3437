import ajvModule from "ajv/dist/2020.js";
const Ajv2020 = ajvModule.default;
const ajv = new Ajv2020({ allErrors: true });
const v = ajv.compile({ type: "object", properties: { a: { type: "integer" } }, required: ["a"] });
console.log(v({}), JSON.stringify(v.errors));
