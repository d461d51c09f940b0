package org.collabscreen.matching;

import java.util.Set;

/**
 * A company's programme for the users of its products ("… Developer Program", "… Partner Programme") or a plan its
 * customers subscribe to ("… Premium streaming plan", "… mobile data plan") shares a brand with a talent programme at
 * most (Huawei's Kunpeng processors, Zhejiang's Kunpeng Plan; NBCUniversal's Peacock, Shenzhen's Peacock Plan): a scheme
 * word right after one of these words names no talent programme.
 */
final class CompanyProgrammes {

    private static final Set<String> USER_WORDS = Set.of(
            "developer",
            "developers",
            "partner",
            "partners",
            "ecosystem",
            "certification",
            "certified",
            // what a customer subscribes to (fourteenth round)
            "streaming",
            "subscription",
            "premium",
            "data",
            "mobile",
            "prepaid",
            "broadband",
            "tariff",
            "pricing");

    /**
     * Hardware a model number names: "Kunpeng 920 processor", "Ascend 910 chip" are a company's products, and a
     * project about one is not a talent programme (fifteenth round).
     */
    private static final Set<String> PRODUCT_WORDS =
            Set.of("processor", "processors", "cpu", "cpus", "chip", "chips", "chipset", "soc", "server", "servers");

    private CompanyProgrammes() {}

    /**
     * Whether the normalised name calls itself a programme for a company's developers, partners or certified users,
     * or names a product by its model number.
     */
    static boolean named(String normalised) {
        String[] words = normalised.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (USER_WORDS.contains(words[i - 1])
                    && ProgrammeVocabulary.INSTANCE.canonical(words[i]).equals("plan")) {
                return true;
            }
            if (PRODUCT_WORDS.contains(words[i]) && Tokens.isNumeric(words[i - 1])) {
                return true;
            }
        }
        return false;
    }
}
