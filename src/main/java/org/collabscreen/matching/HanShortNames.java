package org.collabscreen.matching;

import java.util.Map;
import java.util.Optional;

/**
 * The short forms Chinese writes a university's name in, when at least two characters name it before the words left
 * out: "…科技大学" (university of science and technology) is "…科大" (国防科技大学, 国防科大), "…交通大学" (Jiao Tong
 * university) is "…交大" (上海交通大学, 上海交大; 西安交大, 北京交大, 西南交大 as the universities write themselves).
 */
final class HanShortNames {

    private static final Map<String, String> SHORT_FORMS = Map.of("科技大学", "科大", "交通大学", "交大");
    private static final int MIN_NAMING = 2;

    private HanShortNames() {}

    /** The name's short form; empty when it has none. */
    static Optional<String> of(String name) {
        String stripped = name.strip();
        for (Map.Entry<String, String> form : SHORT_FORMS.entrySet()) {
            int naming = stripped.length() - form.getKey().length();
            if (stripped.endsWith(form.getKey()) && naming >= MIN_NAMING) {
                return Optional.of(stripped.substring(0, naming) + form.getValue());
            }
        }
        return Optional.empty();
    }
}
