package org.collabscreen.fault;

import java.util.List;
import java.util.Random;

/** Values that have broken services before: boundaries, wrong types, hostile Unicode, huge and empty strings. */
final class HostileValues {

    static final List<String> STRINGS = List.of(
            "",
            " ",
            "a",
            "\u202Eevil\u202C", // bidi override
            "\u2067isolate\u2069",
            "C1\u0085control\u009B",
            "NUL\u0000byte",
            "Hаrbіn Institute of Technology", // Cyrillic look-alikes
            "zero\u200Bwidth\u00ADsoft",
            "\uFEFFbom",
            "emoji \uD83D\uDE00 \uD83C\uDDE8\uD83C\uDDF3",
            "lone \uD800 surrogate",
            "\uFFFF\uFFFE",
            "../../etc/passwd",
            "' OR 1=1 --",
            "%00%2e%2e%2f",
            "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}",
            "<script>alert(1)</script>",
            "=HYPERLINK(\"http://127.0.0.1\")",
            "line\r\nbreak",
            "\t\t",
            "Ω≈ç√∫˜µ≤≥÷",
            "日本語の機関名",
            "مؤسسة",
            "9".repeat(400),
            "x".repeat(5_000),
            "y".repeat(100_000));

    static final List<String> NUMBERS = List.of(
            "0",
            "-1",
            "1",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "1e309",
            "NaN",
            "1.5",
            "-0",
            "0x10",
            "99999999999999999999999999");

    private HostileValues() {}

    static String string(Random random) {
        return STRINGS.get(random.nextInt(STRINGS.size()));
    }

    static String number(Random random) {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }

    /** A JSON string literal of the text, escaped as JSON requires. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
