package org.collabscreen.rulebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.collabscreen.rulebook.RuleRequests.CombinationRuleRequest;
import org.collabscreen.rulebook.RuleRequests.InstitutionRequest;
import org.collabscreen.rulebook.RuleRequests.ListingRequest;
import org.collabscreen.rulebook.RuleRequests.ScoringPolicyRequest;
import org.collabscreen.rulebook.RuleRequests.TalentProgrammeRequest;
import org.collabscreen.rulebook.RuleRequests.TechnologyCategoryRequest;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns edit requests into rules, checking what they refer to: parents, watch lists, policy parameters. */
@Component
class RuleReferences {

    private final RuleDocuments documents;
    private final JdbcClient jdbc;

    RuleReferences(RuleDocuments documents, JdbcClient jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    InstitutionRule institution(UUID id, InstitutionRequest request) {
        requireActiveParent(RuleKind.INSTITUTION, request.parentId(), id, "parentId");
        List<Listing> listings = new ArrayList<>();
        for (int i = 0; i < request.listingsOrEmpty().size(); i++) {
            ListingRequest listing = request.listingsOrEmpty().get(i);
            String field = "listings[" + i + "].listCode";
            String listName = watchListName(listing.listCode())
                    .orElseThrow(() -> new InvalidFieldException(field, "unknown list " + listing.listCode()));
            listings.add(new Listing(
                    listing.listCode(),
                    listName,
                    listing.current(),
                    listing.rating(),
                    listing.editions(),
                    listing.nameAsListed().strip(),
                    listing.source().toSource()));
        }
        return new InstitutionRule(
                id, request.name().strip(), request.country(), request.parentId(), request.aliasesOrEmpty(), listings);
    }

    TechnologyCategoryRule category(String code, TechnologyCategoryRequest request) {
        if (request.parentCode() != null) {
            requireActiveParent(RuleKind.TECHNOLOGY_CATEGORY, request.parentCode(), code, "parentCode");
        }
        return request.toRule(code);
    }

    TalentProgrammeRule programme(UUID id, TalentProgrammeRequest request) {
        requireActiveParent(RuleKind.TALENT_PROGRAMME, request.parentId(), id, "parentId");
        return request.toRule(id);
    }

    /** The new policy; it must keep every parameter the current one has, because the engine relies on them. */
    ScoringPolicy policy(ScoringPolicyRequest request, ScoringPolicy current) {
        current.parameters().keySet().stream()
                .sorted()
                .filter(key -> !request.parameters().containsKey(key))
                .findFirst()
                .ifPresent(key -> {
                    throw new InvalidFieldException("parameters." + key, "required: the engine uses this parameter");
                });
        Map<String, RuleSource> sources = new LinkedHashMap<>();
        if (request.parameterSources() != null) {
            request.parameterSources().forEach((key, source) -> sources.put(key, source.toSource()));
        }
        List<CombinationRuleRequest> requested = request.combinationRules();
        List<CombinationRule> rules = IntStream.range(0, requested.size())
                .mapToObj(i -> combination(requested.get(i), "combinationRules[" + i + "].raisesTo"))
                .toList();
        Map<String, List<MitigationRule>> mitigations = new LinkedHashMap<>();
        request.mitigations()
                .forEach((kind, items) -> mitigations.put(
                        kind,
                        items == null
                                ? List.of()
                                : items.stream()
                                        .map(item -> new MitigationRule(
                                                kind,
                                                item.text().strip(),
                                                item.source().toSource()))
                                        .toList()));
        return new ScoringPolicy(request.parameters(), sources, rules, mitigations);
    }

    /** A combination rule raises a risk: to LOW it would never change anything. */
    private static CombinationRule combination(CombinationRuleRequest rule, String raisesToField) {
        if (rule.raisesTo() == RiskLevel.LOW) {
            throw new InvalidFieldException(raisesToField, "must be MEDIUM, HIGH or CRITICAL");
        }
        return new CombinationRule(
                rule.code(),
                rule.riskType(),
                new LinkedHashSet<>(rule.requires()),
                rule.raisesTo(),
                rule.description().strip(),
                rule.source().toSource());
    }

    private void requireActiveParent(RuleKind kind, Object parent, Object self, String field) {
        if (parent == null) {
            return;
        }
        if (parent.equals(self)) {
            throw new InvalidFieldException(field, "a rule cannot be its own parent");
        }
        boolean active = documents
                .current(kind, parent.toString(), kind.type())
                .filter(stored -> !stored.retired())
                .isPresent();
        if (!active) {
            throw new InvalidFieldException(field, kind.label() + " " + parent + " does not exist or is retired");
        }
    }

    private Optional<String> watchListName(String code) {
        return jdbc.sql("select name from watch_list where code = :code")
                .param("code", code)
                .query(String.class)
                .optional();
    }
}
