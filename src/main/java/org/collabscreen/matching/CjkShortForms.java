package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Native names typed short: 长江学者 for 长江学者奖励计划. A CJK input of four characters or more that only one rule's
 * CJK name contains resolves to that rule, scored by how much of the name it covers, when what it leaves out of the
 * name is scheme words only (计划, 奖励, 项目, 行动, 工程): 中国科学院, the sponsor, is not 中国科学院百人计划; or when it is
 * the name with other scheme words (鲲鹏计划 for 鲲鹏行动计划). For short lists (programmes).
 */
final class CjkShortForms<T> {

    private static final int MIN_LENGTH = 4;
    private static final int MIN_CORE = 2;
    private static final double BASE = 0.85;
    private static final double RANGE = 0.1;
    private static final List<String> SCHEME_WORDS = List.of("计划", "奖励", "项目", "行动", "工程");

    private final List<T> rules = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** Each name without its scheme words: 鲲鹏 for 鲲鹏行动计划. */
    private final List<String> cores = new ArrayList<>();

    CjkShortForms(List<T> rules, Function<T, List<String>> namesOf) {
        for (T rule : rules) {
            for (String alias : namesOf.apply(rule)) {
                String normalised = NameNormaliser.normalise(alias);
                if (Tokens.containsCjk(normalised) && normalised.indexOf(' ') < 0) {
                    this.rules.add(rule);
                    this.aliases.add(alias);
                    this.names.add(normalised);
                    this.cores.add(withoutSchemeWords(normalised));
                }
            }
        }
    }

    void search(String normalised, BestHits<T> hits) {
        if (normalised.codePointCount(0, normalised.length()) < MIN_LENGTH
                || normalised.indexOf(' ') >= 0
                || !Tokens.containsCjk(normalised)) {
            return;
        }
        T only = null;
        int best = -1;
        String core = withoutSchemeWords(normalised);
        for (int i = 0; i < names.size(); i++) {
            boolean leavesOutSchemeWords = names.get(i).contains(normalised)
                    && onlySchemeWords(names.get(i).replaceFirst(Pattern.quote(normalised), ""));
            // scheme words typed otherwise than listed (鲲鹏计划 for 鲲鹏行动计划): the same name without them
            boolean sameCore = core.length() >= MIN_CORE && core.equals(cores.get(i));
            if (!names.get(i).equals(normalised) && (leavesOutSchemeWords || sameCore)) {
                if (only != null && !only.equals(rules.get(i))) {
                    return;
                }
                only = rules.get(i);
                best = best < 0 || names.get(i).length() < names.get(best).length() ? i : best;
            }
        }
        if (best >= 0) {
            double share = (double) normalised.length() / names.get(best).length();
            hits.offer(only, BASE + RANGE * share, aliases.get(best), false, normalised, MatchMethod.SHORT_FORM);
        }
    }

    /**
     * A short form inside a longer Han phrase that says when or how the holder was selected (2016年入选第十二批青年千人,
     * 国家青年千人 for 青年千人计划): each name's short form is the name without its closing scheme words, four characters
     * or more; found when the input holds exactly one rule's short form, at {@code factor} times its short-form score.
     */
    void searchWithin(String normalised, double factor, BestHits<T> hits) {
        if (!Tokens.containsCjk(normalised)) {
            return;
        }
        String joined = normalised.replace(" ", "");
        T only = null;
        int best = -1;
        for (int i = 0; i < names.size(); i++) {
            String shortForm = withoutClosingSchemeWords(names.get(i));
            if (shortForm.length() >= MIN_LENGTH
                    && shortForm.length() < names.get(i).length()
                    && joined.length() > shortForm.length()
                    && joined.contains(shortForm)) {
                if (only != null && !only.equals(rules.get(i))) {
                    return;
                }
                only = rules.get(i);
                best = i;
            }
        }
        if (best >= 0) {
            String shortForm = withoutClosingSchemeWords(names.get(best));
            double share = (double) shortForm.length() / names.get(best).length();
            hits.offer(
                    only,
                    factor * (BASE + RANGE * share),
                    aliases.get(best),
                    false,
                    normalised,
                    MatchMethod.SHORT_FORM);
        }
    }

    private static String withoutClosingSchemeWords(String name) {
        String left = name;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String word : SCHEME_WORDS) {
                if (left.endsWith(word)) {
                    left = left.substring(0, left.length() - word.length());
                    cut = true;
                }
            }
        }
        return left;
    }

    private static boolean onlySchemeWords(String rest) {
        return withoutSchemeWords(rest).isBlank();
    }

    private static String withoutSchemeWords(String name) {
        String left = name;
        for (String word : SCHEME_WORDS) {
            left = left.replace(word, "");
        }
        return left;
    }
}
