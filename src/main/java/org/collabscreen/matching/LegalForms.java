package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Companies' legal forms: the lists write "Co., Ltd.", "Inc.", "Pty Ltd.", "Corporation" or 有限公司 after a company's
 * name, where an affiliation often leaves the form out ("John Holland Group, Melbourne", "Huawei Technologies").
 */
final class LegalForms {

    /** A legal form of a company at the end of its name, after normalisation ({@link NameNormaliser}). */
    private static final Pattern AT_END = Pattern.compile(
            "(?:^| )(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|plc|pty ltd|ag)$|有限公司$");

    /**
     * A form that only says how the company is registered ("Co., Ltd.", or "Co." alone as a sentence writes it), as
     * written at the end of a listed name: left out, the name is still the company's. "Corporation", "Company" and
     * "Group" stay, as they are part of many names ("China Three Gorges Corporation").
     */
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?i)[,\\s]+(?:co\\.?,?\\s*ltd\\.?|inc\\.?|pty\\.?\\s*ltd\\.?|ltd\\.?|limited|llc|gmbh|plc|co\\.?)\\s*$");

    /**
     * Legal forms other countries register companies under, one to five words after normalisation ("B.V." is "b v",
     * "A/S" is "a s"): the Netherlands and Belgium (BV, NV), Scandinavia (AS, A/S, AB, Oy, Oyj), France (SA, SAS,
     * SASU, SARL), Italy (SpA, Srl), Spain (SL, SLU, SAU), Latin America (Ltda, S.A. de C.V., S. de R.L.), Germany
     * (KG, GmbH &amp; Co. KG, UG, SE), Poland (Sp. z o.o.), Russia (OOO, AO, PAO, JSC, PJSC, in Latin and Cyrillic
     * letters), Japan (KK, Kabushiki Kaisha), Singapore (Pte), Malaysia (Sdn Bhd), Czechia and Slovakia (s.r.o.),
     * Hungary (Kft).
     */
    private static final Set<String> FOREIGN_FORMS =
            Set.of(("b v,bv,n v,nv,a s,as,ab,oy,oyj,s a,sa,sas,sasu,sarl,spa,s p a,srl,s r l,s l,sl,s l u,slu,s a u,"
                            + "sau,ltda,s a de c v,sa de cv,s de r l,kg,co kg,ug,se,sp z o o,ooo,ao,oao,zao,pao,jsc,ojsc,cjsc,"
                            + "pjsc,ооо,ао,оао,зао,пао,kk,k k,kabushiki kaisha,pte,bhd,sdn bhd,s r o,kft")
                    .split(","));

    /**
     * Forms only {@link #withoutForms} reads, as they are also words of names or rarely end a listed one: Canada's
     * unlimited liability company (ULC), Latvia's SIA, limited partnerships (LLP, LP), Australia's Pty and the UAE's
     * free-zone forms (FZE, FZCO, FZ-LLC).
     */
    private static final Set<String> MORE_FORMS = Set.of("ulc", "sia", "llp", "lp", "pty", "fze", "fzco", "fz llc");

    /** Russian forms, written before the name ("OOO Acme", "АО «Акме»"). */
    private static final Set<String> LEADING_FORMS =
            Set.of("ooo", "ao", "oao", "zao", "pao", "jsc", "pjsc", "ооо", "ао", "оао", "зао", "пао");

    /**
     * The regions a group names its arm abroad by, after a comma in a listed name ("SMIC, Americas") or after its
     * legal form ("… Inc. China").
     */
    static final Set<String> REGIONS = Set.of(
            "americas",
            "america",
            "north america",
            "latin america",
            "europe",
            "asia",
            "asia pacific",
            "apac",
            "emea",
            "africa",
            "middle east",
            "oceania");

    /**
     * A word that, after a company's brand, names a subsidiary as its legal form does: "Acme International" is
     * Acme's arm abroad, as "Acme International Ltd." is.
     */
    private static final String INTERNATIONAL = "international";

    private static final int MAX_FORM_WORDS = 5;

    /** An acronym or short name in brackets at the end of a listed name ("… Co., Ltd. (Sugon)"). */
    private static final Pattern BRACKETED_END = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** Registration forms of Chinese companies, longest first. */
    private static final List<String> HAN_FORMS = List.of("有限责任公司", "股份有限公司", "有限公司", "公司");

    private static final String HAN_GROUP = "集团";
    private static final String HAN_CHINA = "中国";
    /** The fewest characters of a field between 中国 and 集团 for the group to be known without 中国 (兵器装备). */
    private static final int MIN_HAN_FIELD = 4;

    private LegalForms() {}

    /**
     * A company's name as its parent lists it, when the input names a subsidiary by the place it serves before the legal
     * form ("Huawei Technologies Canada Co., Ltd." for Huawei Technologies Co., Ltd.): the normalised segment without
     * the places it names, when it ends with a legal form and names a place; else null. It is looked up as an exact
     * name only.
     */
    static String withoutPlaces(String normalised) {
        if (!AT_END.matcher(normalised).find()) {
            return null;
        }
        StringBuilder kept = new StringBuilder(normalised.length());
        boolean dropped = false;
        for (String word : normalised.split(" ")) {
            if (PlaceEvidence.isPlaceWord(word)) {
                dropped = true;
            } else {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return dropped && kept.indexOf(" ") > 0 ? kept.toString() : null;
    }

    /**
     * A Chinese group's Han name is written with any of its registration forms or none (中国船舶重工集团有限公司,
     * 中国船舶重工集团公司, 中国船舶重工集团), and units follow it without a space: a listed group name ending with 集团
     * and a form is also known by the others, and, when it starts with 中国, by its field and 集团 alone (兵器装备集团),
     * as the press writes a central group; empty for any other name.
     */
    static List<String> hanGroupNames(String name) {
        String normalised = NameNormaliser.normalise(name);
        if (!Tokens.containsCjk(normalised) || normalised.indexOf(' ') >= 0) {
            return List.of();
        }
        for (String form : HAN_FORMS) {
            String group =
                    normalised.endsWith(form) ? normalised.substring(0, normalised.length() - form.length()) : "";
            if (group.endsWith(HAN_GROUP) && group.length() > HAN_GROUP.length() + 1) {
                List<String> names = new ArrayList<>(HAN_FORMS.size());
                names.add(group);
                HAN_FORMS.forEach(other -> names.add(group + other));
                if (group.startsWith(HAN_CHINA)
                        && group.length() >= HAN_CHINA.length() + MIN_HAN_FIELD + HAN_GROUP.length()) {
                    names.add(group.substring(HAN_CHINA.length()));
                }
                names.remove(normalised);
                return names;
            }
        }
        return List.of();
    }

    /**
     * Whether two entries are one body: the same entry, or one company listed twice, with and without its registration
     * form ("… Corporation of China" and "… Corporation of China Limited").
     */
    static boolean sameBody(InstitutionEntry one, InstitutionEntry other) {
        if (one == null || other == null) {
            return false;
        }
        String first = withoutRegistration(one.name()).orElse(one.name());
        String second = withoutRegistration(other.name()).orElse(other.name());
        return one == other || NameNormaliser.normalise(first).equals(NameNormaliser.normalise(second));
    }

    /** Whether a normalised name ends with a company's legal form. */
    static boolean endsWithForm(String normalised) {
        return AT_END.matcher(normalised).find();
    }

    /**
     * Whether a normalised segment names a registered company: it ends with a legal form of any country, or with
     * "International" (a company's arm abroad). At most five set lookups, no pattern.
     */
    static boolean namesARegisteredCompany(String normalised) {
        return endsWithForm(normalised) || normalised.endsWith(" " + INTERNATIONAL) || endsWithForeignForm(normalised);
    }

    /**
     * Whether a listed name is a company's: it ends with a legal form of any country (a Russian one leads it), also
     * before an acronym in
     * brackets ("… Co., Ltd. (Sugon)") or a region or country ("… Inc. China"), or it is a brand and the region the
     * group's arm serves ("SMIC, Americas").
     */
    static boolean isCompanyName(String name) {
        String written = BRACKETED_END.matcher(name).replaceFirst("");
        int comma = written.lastIndexOf(',');
        if (comma > 0 && REGIONS.contains(NameNormaliser.normalise(written.substring(comma + 1)))) {
            return true;
        }
        String normalised = NameNormaliser.normalise(written);
        String[] words = normalised.split(" ");
        if (words.length > 1 && LEADING_FORMS.contains(words[0])) {
            return true;
        }
        int end = words.length;
        while (end > 1 && (PlaceEvidence.isPlaceWord(words[end - 1]) || REGIONS.contains(words[end - 1]))) {
            end--;
        }
        String withoutPlaces = String.join(" ", Arrays.asList(words).subList(0, end));
        return endsWithForm(normalised) || endsWithForm(withoutPlaces) || endsWithForeignForm(withoutPlaces);
    }

    /**
     * The normalised name without the legal forms it ends with, of any country and as many as it writes ("… pte ltd",
     * "… co ltd", "… s l u", "… ulc", "… sia"); the name itself when it ends with none, empty when it is only forms.
     */
    static String withoutForms(String normalised) {
        String[] words = normalised.split(" ");
        int end = words.length;
        boolean stripped = true;
        while (stripped && end > 0) {
            stripped = false;
            for (int size = Math.min(MAX_FORM_WORDS, end); size >= 1 && !stripped; size--) {
                String tail = String.join(" ", Arrays.asList(words).subList(end - size, end));
                if (FOREIGN_FORMS.contains(tail)
                        || MORE_FORMS.contains(tail)
                        || AT_END.matcher(tail).matches()) {
                    end -= size;
                    stripped = true;
                }
            }
        }
        return String.join(" ", Arrays.asList(words).subList(0, end));
    }

    private static boolean endsWithForeignForm(String normalised) {
        int start = normalised.length();
        for (int words = 0; words < MAX_FORM_WORDS; words++) {
            start = normalised.lastIndexOf(' ', start - 1);
            if (start < 0) {
                return false;
            }
            if (FOREIGN_FORMS.contains(normalised.substring(start + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name without the registration form it ends with ("Huawei Technologies Co., Ltd." → "Huawei Technologies"),
     * when at least two words are left: one word is a brand or an acronym that other listed bodies share ("CNOOC
     * Limited", and CNOOC for the group).
     */
    static Optional<String> withoutRegistration(String name) {
        String shorter = REGISTRATION.matcher(name).replaceFirst("").strip();
        boolean changed = !shorter.equals(name.strip());
        return changed && NameNormaliser.normalise(shorter).indexOf(' ') > 0 ? Optional.of(shorter) : Optional.empty();
    }

    /**
     * A company's name, without its registration form, also without the province it starts with ("Jiangxi Brand
     * Aviation Industry Co., Ltd." → "Brand Aviation Industry"), as its own English publications write it, when at
     * least two words are left; empty otherwise.
     */
    static Optional<String> withoutProvince(String name) {
        Optional<String> company = withoutRegistration(name);
        if (company.isEmpty()) {
            return Optional.empty();
        }
        String[] words = company.get().split("\\s+", 2);
        return words.length == 2
                        && ChineseProvinces.PINYIN.contains(NameNormaliser.normalise(words[0]))
                        && NameNormaliser.normalise(words[1]).indexOf(' ') > 0
                ? Optional.of(words[1])
                : Optional.empty();
    }
}
