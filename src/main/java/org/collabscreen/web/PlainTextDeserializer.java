package org.collabscreen.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads request strings strictly: a JSON string only (no number or boolean turned into text), without NUL or
 * other C0 or C1 control characters (tab and line breaks allowed), without bidirectional embeddings, overrides or
 * isolates (U+202A–U+202E, U+2066–U+2069), which can make a name read differently from what is stored, and without
 * unpaired surrogates, which PostgreSQL cannot store or would store altered.
 */
class PlainTextDeserializer extends ValueDeserializer<String> {

    static final String INVALID_TEXT =
            "contains a control character, a bidirectional override or isolate, or invalid Unicode";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (!isPlainText(text)) {
            throw InvalidFormatException.from(parser, INVALID_TEXT, text, String.class);
        }
        return text;
    }

    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f || isBidiControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
