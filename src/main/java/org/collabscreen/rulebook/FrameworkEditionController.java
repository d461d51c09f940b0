package org.collabscreen.rulebook;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.collabscreen.web.InvalidFieldException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing funder framework editions: a new edition (a new effective date) is a new rule, a correction replaces one.
 * Each change is a rulebook revision, so verdicts can be reproduced with {@code asOfRevision}.
 */
@RestController
@RequestMapping(path = FrameworkEditionController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook editing")
class FrameworkEditionController
        extends RuleEndpoints<FrameworkEditionRule, FrameworkEditionRule, FrameworkEditionController.Entry> {

    static final String PATH = "/api/v1/rulebook/framework-editions";
    private static final String INSUFFICIENT = "INSUFFICIENT_INFORMATION";

    FrameworkEditionController(RuleEditor editor) {
        super(editor, RuleKind.FRAMEWORK_EDITION, FrameworkEditionRule.class, PATH);
    }

    /** A stored framework edition: its key (framework_edition), whether it is retired, and the edition. */
    @Schema(
            name = "FrameworkEditionEntry",
            description = "A stored framework edition, its key and whether it is retired")
    record Entry(@Schema(example = "CA_STRAC_2024-05") String key, boolean retired, FrameworkEditionRule edition) {}

    @Override
    String key(String fromPath) {
        return RuleKeys.code(fromPath);
    }

    @Override
    String newKey(FrameworkEditionRule request) {
        return RuleKeys.code(checked(request).key());
    }

    @Override
    FrameworkEditionRule rule(String key, FrameworkEditionRule request) {
        if (!checked(request).key().equals(key)) {
            throw new InvalidFieldException("edition", "framework and edition must match the key in the path");
        }
        return request;
    }

    @Override
    String sortKey(FrameworkEditionRule rule) {
        return rule.framework() + " " + rule.effectiveFrom();
    }

    @Override
    Entry entry(FrameworkEditionRule rule, boolean retired) {
        return new Entry(rule.key(), retired, rule);
    }

    /** What every verdict relies on: a framework code, an edition, a date, and a vocabulary with a fallback. */
    private static FrameworkEditionRule checked(FrameworkEditionRule edition) {
        if (edition.framework() == null || !edition.framework().matches("[A-Z][A-Z0-9_]{1,40}")) {
            throw new InvalidFieldException("framework", "must be a framework code such as CA_STRAC");
        }
        if (edition.edition() == null || !edition.edition().matches("[A-Z0-9][A-Z0-9_.-]{0,20}")) {
            throw new InvalidFieldException("edition", "must be upper-case letters, digits, _ . or -, such as 2024-05");
        }
        if (edition.effectiveFrom() == null) {
            throw new InvalidFieldException("effectiveFrom", "must be a date");
        }
        if (edition.outcomes().stream().noneMatch(o -> INSUFFICIENT.equals(o.code()))
                || edition.outcomes().size() < 2
                || edition.outcomes().stream().anyMatch(o -> o.code() == null || o.level() == null)) {
            throw new InvalidFieldException(
                    "outcomes",
                    "must list the outcomes strictest first, each with code and level, and " + INSUFFICIENT);
        }
        return edition;
    }
}
