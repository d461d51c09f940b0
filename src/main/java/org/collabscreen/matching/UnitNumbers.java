package org.collabscreen.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers that name one unit of a series ("48th Central Research Institute", "中国电子科技集团公司第十四研究所" aside,
 * "No. 59 Institute"): one to three digits, an ordinal's suffix dropped. Postcodes and years are longer and say
 * nothing of which unit it is.
 */
final class UnitNumbers {

    private static final int MAX_DIGITS = 3;

    private UnitNumbers() {}

    /** The unit numbers a normalised text holds; empty when none. */
    static Set<String> of(String normalised) {
        Set<String> numbers = null;
        for (String token : normalised.split(" ")) {
            String number = number(token);
            if (number != null) {
                if (numbers == null) {
                    numbers = new HashSet<>(2);
                }
                numbers.add(number);
            }
        }
        return numbers == null ? Set.of() : numbers;
    }

    /**
     * Whether a listed name numbers another unit than the input does: both name unit numbers and share none ("48 ЦНИИ"
     * is not the 46th).
     */
    static boolean differ(Set<String> input, Set<String> listed) {
        if (input.isEmpty() || listed.isEmpty()) {
            return false;
        }
        for (String number : listed) {
            if (input.contains(number)) {
                return false;
            }
        }
        return true;
    }

    private static String number(String token) {
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return null;
        }
        String rest = token.substring(digits);
        boolean ordinal = rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
        return rest.isEmpty() || ordinal ? String.valueOf(Integer.parseInt(token.substring(0, digits))) : null;
    }
}
