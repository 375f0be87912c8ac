import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate } from "../../../src/lib/i18n/date-format";
import { formatCount } from "../../../src/lib/i18n/number-format";

const MAY_FIRST = new Date("2024-05-01T00:00:00Z");

test("each language writes the date its own way", () => {
  assert.equal(formatDate(MAY_FIRST, "en"), "May 1, 2024");
  assert.equal(formatDate(MAY_FIRST, "en-GB"), "1 May 2024");
  assert.equal(formatDate(MAY_FIRST, "ja"), "2024年5月1日");
  assert.equal(formatDate(MAY_FIRST, "zh-Hans"), "2024年5月1日");
  assert.equal(formatDate(MAY_FIRST, "ko"), "2024년 5월 1일");
  assert.equal(formatDate(MAY_FIRST, "fr"), "1 mai 2024");
  assert.equal(formatDate(MAY_FIRST, "es"), "1 de mayo de 2024");
  assert.equal(formatDate(MAY_FIRST, "pt"), "1 de maio de 2024");
  assert.equal(formatDate(MAY_FIRST, "de"), "1. Mai 2024");
  assert.equal(formatDate(MAY_FIRST, "ru"), "1 мая 2024 г.");
  assert.equal(formatDate(MAY_FIRST, "he"), "1 במאי 2024");
});

test("Persian dates are Solar Hijri in Persian digits: 1 May 2024 is 12 Ordibehesht 1403", () => {
  // Nowruz 1403 fell on 20 March 2024; Farvardin has 31 days, so Ordibehesht began on 20 April.
  assert.equal(formatDate(MAY_FIRST, "fa"), "۱۲ اردیبهشت ۱۴۰۳");
});

test("the day is the UTC day, late or early in the day", () => {
  assert.equal(formatDate(new Date("2024-05-01T23:59:00Z"), "ja"), "2024年5月1日");
  assert.equal(formatDate(new Date("2024-05-01T00:01:00+09:00"), "en"), "April 30, 2024");
});

test("a tag Intl does not know is written in English", () => {
  assert.equal(formatDate(MAY_FIRST, "qq"), "May 1, 2024");
  assert.equal(formatDate(MAY_FIRST, "en-"), "May 1, 2024");
});

test("counts in the language's digits", () => {
  assert.equal(formatCount(12, "en"), "12");
  assert.equal(formatCount(12, "fa"), "۱۲");
  assert.equal(formatCount(1234, "de"), "1.234");
  assert.equal(formatCount(3, "not a tag"), "3");
});
