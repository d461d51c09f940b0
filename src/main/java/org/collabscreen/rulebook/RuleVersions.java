package org.collabscreen.rulebook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the rule behind a finding last changed: a judgement on a finding holds while the rule it judged is the same
 * version, and needs a new look once the rule has changed.
 */
@Service
public class RuleVersions {

    private final JdbcClient jdbc;

    RuleVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The revision that made the version of the rule behind a finding's {@code ruleId} in force at {@code revision}
     * (e.g. {@code institution/<id>}, {@code technology-category/SEMICONDUCTORS}, {@code country/CN/institution}); 0
     * when the rule is unknown. Combination rules and unlisted programmes live in the scoring policy.
     */
    @Transactional(readOnly = true)
    public int lastChanged(String ruleId, int revision) {
        String[] parts = ruleId.split("/", 3);
        if (parts.length < 2) {
            return 0;
        }
        String condition;
        RuleKind kind;
        switch (parts[0]) {
            case "institution" -> {
                kind = RuleKind.INSTITUTION;
                condition = "rule_key = :key";
            }
            case "technology-category" -> {
                kind = RuleKind.TECHNOLOGY_CATEGORY;
                condition = "rule_key = :key";
            }
            case "country" -> {
                kind = RuleKind.COUNTRY;
                condition = "rule_key = :key";
            }
            case "talent-programme" -> {
                boolean unlisted = parts[1].equals("unlisted");
                kind = unlisted ? RuleKind.SCORING_POLICY : RuleKind.TALENT_PROGRAMME;
                condition = unlisted ? "true" : "document ->> 'code' = :key";
            }
            case "combination-rule" -> {
                kind = RuleKind.SCORING_POLICY;
                condition = "true";
            }
            default -> {
                return 0;
            }
        }
        return jdbc.sql("select coalesce(max(valid_from_revision), 0) from rule_version where kind = :kind and "
                        + condition + " and valid_from_revision <= :revision")
                .param("kind", kind.name())
                .param("key", parts[1])
                .param("revision", revision)
                .query(Integer.class)
                .single();
    }
}
