package org.collabscreen.matching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soviet-era Russian bodies carry the state orders they were awarded in their full names ("Moscow Order of the Red
 * Banner of Labor Research Radio Engineering Institute", ордена Ленина …), which their own affiliations and papers
 * mostly leave out. A listed name with such an honorific is also known without it, worked out once per rulebook.
 */
final class SovietOrders {

    /** The orders of the USSR and the Russian Federation that institutions bear, in English and in Russian. */
    private static final String ORDER = "(?:(?:twice|thrice|дважды)\\s+)?(?:orders?\\s+of\\s+(?:the\\s+)?"
            + "(?:lenin|october\\s+revolution|red\\s+banner(?:\\s+of\\s+labou?r)?|labou?r\\s+red\\s+banner"
            + "|friendship\\s+of\\s+(?:the\\s+)?peoples|badge\\s+of\\s+honou?r|patriotic\\s+war|honou?r"
            + "|alexander\\s+nevsky|zhukov|kutuzov|suvorov)"
            + "|ордена\\s+(?:ленина|октябрьской\\s+революции|(?:трудового\\s+)?красного\\s+знамени"
            + "|дружбы\\s+народов|[«\"]?знак\\s+почёта[»\"]?|знак\\s+почета|почёта|жукова|кутузова|суворова))";

    private static final Pattern ORDERS = Pattern.compile(
            ORDER + "(?:\\s*(?:,|and|и)\\s*" + ORDER + ")*\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SovietOrders() {}

    /** The name without the orders it carries; empty when it names none. */
    static Optional<String> withoutOrders(String name) {
        Matcher orders = ORDERS.matcher(name);
        if (!orders.find()) {
            return Optional.empty();
        }
        String shorter = orders.replaceAll("").strip();
        return shorter.isEmpty() ? Optional.empty() : Optional.of(shorter);
    }
}
