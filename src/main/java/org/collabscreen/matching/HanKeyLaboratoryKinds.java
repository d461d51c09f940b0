package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chinese key laboratory is written with any of the words for its kind after its field, within its kind: a defence
 * key laboratory (雷达信号处理国防科技重点实验室) is also written …国家级重点实验室 and …国防重点实验室, a state key
 * laboratory of the science ministry (…国家重点实验室) also …全国重点实验室, the name those took in 2022. A listed
 * laboratory's Han name is known with each other word of its kind; the kinds are not mixed, as a university may host a
 * state and a defence laboratory of one field, and a bare 重点实验室 says neither.
 */
final class HanKeyLaboratoryKinds {

    /** Each kind's words, longest first, so that a name is not read as ending in a shorter word it ends with. */
    private static final List<List<String>> KINDS =
            List.of(List.of("国防科技重点实验室", "国家级重点实验室", "国防重点实验室"), List.of("国家重点实验室", "全国重点实验室"));

    /** Characters of the field before the kind, at least: 雷达 is a field. */
    private static final int MIN_FIELD = 2;

    private HanKeyLaboratoryKinds() {}

    /** The name with each other word of its kind in place of its own; empty when it is not so written. */
    static List<String> otherKinds(String name) {
        String stripped = name.strip();
        for (List<String> kind : KINDS) {
            for (String word : kind) {
                String field = stripped.substring(0, Math.max(0, stripped.length() - word.length()));
                if (stripped.endsWith(word) && field.length() >= MIN_FIELD && Tokens.containsCjk(field)) {
                    List<String> others = new ArrayList<>(kind.size() - 1);
                    for (String other : kind) {
                        if (!other.equals(word)) {
                            others.add(field + other);
                        }
                    }
                    return others;
                }
            }
        }
        return List.of();
    }
}
