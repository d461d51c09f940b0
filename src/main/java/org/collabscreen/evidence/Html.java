package org.collabscreen.evidence;

import java.util.List;

/** Builds the well-formed XHTML the PDF renderer needs, every text escaped. */
final class Html {

    private final StringBuilder out = new StringBuilder();

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        String text = value == null ? "\u2014" : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return this;
    }

    Html element(String tag, Object value) {
        return raw("<" + tag + ">").text(value).raw("</" + tag.split(" ")[0] + ">");
    }

    Html row(Object... cells) {
        raw("<tr>");
        for (Object cell : cells) {
            element("td", cell);
        }
        return raw("</tr>");
    }

    /** A table cell with one line per item, or a dash when there is none. */
    Html cell(List<String> items) {
        raw("<td>");
        if (items.isEmpty()) {
            text(null);
        }
        items.forEach(item -> element("div", item));
        return raw("</td>");
    }

    /**
     * The widths of a fixed-layout table's columns, in percent: long unbreakable words (rule ids, source addresses)
     * wrap inside their column instead of pushing the table past the page.
     */
    Html columns(int... percents) {
        raw("<colgroup>");
        for (int percent : percents) {
            raw("<col style=\"width: " + percent + "%\"/>");
        }
        return raw("</colgroup>");
    }

    Html header(String... cells) {
        raw("<tr>");
        for (String cell : cells) {
            element("th", cell);
        }
        return raw("</tr>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
