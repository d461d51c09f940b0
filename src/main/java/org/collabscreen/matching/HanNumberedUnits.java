package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group's numbered unit written with Arabic digits in a Chinese name (中国电科14所, 中国电子科技集团公司第38研究所,
 * 中船702所) read with the Han numerals the groups themselves write (中国电科十四所, 第三十八研究所, 七〇二所): two-digit
 * numbers with 十, three-digit ones digit by digit with 〇, as CSSC's and CASC's institutes are numbered. Only a number
 * between a Han character and 所, 院 or 厂 is read so, and only a segment that holds one is offered.
 */
final class HanNumberedUnits {

    private static final Pattern NUMBERED = Pattern.compile("(?<=\\p{IsHan})(\\d{1,3})(?=(?:研究)?[所院厂])");
    private static final String DIGITS = "〇一二三四五六七八九";

    private HanNumberedUnits() {}

    /**
     * The segments of an input ({@link AffiliationParts#segments}) that number a unit in digits, with Han numerals
     * instead, normalised.
     */
    static List<String> of(List<String> segments) {
        List<String> readings = new ArrayList<>();
        for (String segment : segments) {
            Matcher matcher = NUMBERED.matcher(segment);
            if (matcher.find()) {
                readings.add(NameNormaliser.normalise(matcher.replaceAll(match -> han(match.group(1)))));
            }
        }
        return readings;
    }

    /** A number of one to three digits in Han numerals: 14 as 十四, 38 as 三十八, 702 as 七〇二. */
    static String han(String digits) {
        int value = Integer.parseInt(digits);
        if (value >= 100 || value == 0) {
            StringBuilder out = new StringBuilder();
            digits.chars().forEach(c -> out.append(DIGITS.charAt(c - '0')));
            return out.toString();
        }
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        String tens = value / 10 == 1 ? "十" : DIGITS.charAt(value / 10) + "十";
        return value % 10 == 0 ? tens : tens + DIGITS.charAt(value % 10);
    }
}
