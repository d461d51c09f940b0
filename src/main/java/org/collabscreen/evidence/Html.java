package org.collabscreen.evidence;

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
