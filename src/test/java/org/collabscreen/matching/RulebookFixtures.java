package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.RuleSource;
import org.collabscreen.rulebook.TalentProgrammeRule;
import org.collabscreen.rulebook.TechnologyCategoryRule;

/** Small rule lists with real names, shared by the matcher tests. */
final class RulebookFixtures {

    static final RuleSource SOURCE = new RuleSource("test fixture", "https://example.org", "2025-01-01");

    static final InstitutionRule HIT = institution("Harbin Institute of Technology", "CN", null,
            "HIT", "哈尔滨工业大学", "哈工大");
    static final InstitutionRule HEU = institution("Harbin Engineering University", "CN", null, "HEU", "哈尔滨工程大学");
    static final InstitutionRule CAS = institution("Chinese Academy of Sciences", "CN", null, "CAS", "中国科学院");
    static final InstitutionRule CAS_CHEMISTRY = institution("Institute of Chemistry, Chinese Academy of Sciences",
            "CN", CAS.id(), "ICCAS", "中国科学院化学研究所");
    static final InstitutionRule USTC = institution("University of Science and Technology of China", "CN", null,
            "USTC", "中国科学技术大学");
    static final InstitutionRule BIT = institution("Beijing Institute of Technology", "CN", null, "BIT");
    static final InstitutionRule MIPT = institution("Moscow Institute of Physics and Technology", "RU", null,
            "MIPT", "Московский физико-технический институт");
    static final InstitutionRule SHARIF = institution("Sharif University of Technology", "IR", null,
            "SUT", "دانشگاه صنعتی شریف");

    static final List<InstitutionRule> INSTITUTIONS = List.of(HIT, HEU, CAS, CAS_CHEMISTRY, USTC, BIT, MIPT, SHARIF);

    static final TalentProgrammeRule THOUSAND_TALENTS = programme("THOUSAND_TALENTS", "Thousand Talents Plan", null,
            "Thousand Talents Program", "千人计划", "Recruitment Program of Global Experts",
            "Recruitment Program of Global Talents", "TTP");
    static final TalentProgrammeRule YOUNG_THOUSAND_TALENTS = programme("YOUNG_THOUSAND_TALENTS",
            "Young Thousand Talents", THOUSAND_TALENTS.id(), "青年千人计划", "Thousand Young Talents Program");
    static final TalentProgrammeRule CHANGJIANG = programme("CHANGJIANG_SCHOLARS", "Changjiang Scholars Program",
            null, "长江学者奖励计划", "Cheung Kong Scholars Programme");
    static final TalentProgrammeRule HUNDRED_TALENTS = programme("CAS_HUNDRED_TALENTS", "Hundred Talents Program",
            null, "百人计划");

    static final List<TalentProgrammeRule> PROGRAMMES =
            List.of(THOUSAND_TALENTS, YOUNG_THOUSAND_TALENTS, CHANGJIANG, HUNDRED_TALENTS);

    static final TechnologyCategoryRule SEMICONDUCTORS = category("SEMICONDUCTORS", "Semiconductors", null,
            "semiconductor", "lithography", "integrated circuit", "wafer", "EUV", "GaN", "SiC", "EDA");
    static final TechnologyCategoryRule FLEXIBLE_ELECTRONICS = category("FLEXIBLE_ELECTRONICS",
            "Flexible electronics", "SEMICONDUCTORS", "flexible electronics", "wearable sensor", "printed electronics",
            "stretchable");
    static final TechnologyCategoryRule AI = category("ARTIFICIAL_INTELLIGENCE", "Artificial intelligence", null,
            "machine learning", "neural network", "artificial intelligence");
    static final TechnologyCategoryRule BIOTECH = category("BIOTECHNOLOGY", "Biotechnology", null,
            "synthetic biology", "gene editing", "CRISPR", "pathogen");
    static final TechnologyCategoryRule HPC = category("ADVANCED_COMPUTING", "Advanced computing", null,
            "HPC", "supercomputing", "quantum computing");

    static final List<TechnologyCategoryRule> CATEGORIES = List.of(SEMICONDUCTORS, FLEXIBLE_ELECTRONICS, AI, BIOTECH,
            HPC);

    private RulebookFixtures() {
    }

    static InstitutionRule institution(String name, String country, UUID parentId, String... aliases) {
        Listing listing = new Listing("CA_NRO", "Named Research Organizations", true, null, "2024", name, SOURCE);
        return new InstitutionRule(UUID.nameUUIDFromBytes(name.getBytes()), name, country, parentId,
                List.of(aliases), List.of(listing));
    }

    static TalentProgrammeRule programme(String code, String name, UUID parentId, String... aliases) {
        return new TalentProgrammeRule(UUID.nameUUIDFromBytes(code.getBytes()), code, name, parentId, "CN",
                List.of(aliases), SOURCE);
    }

    static TechnologyCategoryRule category(String code, String name, String parentCode, String... keywords) {
        return new TechnologyCategoryRule(code, name, parentCode, 30, List.of(keywords), "", SOURCE);
    }
}
