package org.collabscreen.rulebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the current rulebook from PostgreSQL into an immutable snapshot. */
@Component
class RulebookSnapshotLoader {

    private final JdbcClient jdbc;

    RulebookSnapshotLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int currentRevision() {
        return jdbc.sql("select coalesce(max(revision), 0) from rulebook_revision").query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    RulebookSnapshot load() {
        Revision revision = jdbc.sql("select revision, changed_at from rulebook_revision order by revision desc limit 1")
                .query((rs, n) -> new Revision(rs.getInt("revision"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .single();
        return new RulebookSnapshot(revision.number(), revision.changedAt(), institutions(), categories(), programmes(),
                countries(), policy());
    }

    private record Revision(int number, Instant changedAt) {
    }

    private List<InstitutionRule> institutions() {
        Map<UUID, List<String>> aliases = grouped("select institution_id as owner, alias as value from institution_alias order by alias");
        Map<UUID, List<Listing>> listings = new LinkedHashMap<>();
        jdbc.sql("""
                select l.institution_id, l.list_code, w.name as list_name, l.status, l.rating, l.editions,
                       l.name_as_listed, l.source_name, l.source_url, coalesce(l.listed_on::text, l.rating_date::text) as date
                from institution_listing l join watch_list w on w.code = l.list_code
                order by l.list_code, l.name_as_listed""")
                .query((rs, n) -> {
                    listings.computeIfAbsent(rs.getObject("institution_id", UUID.class), id -> new ArrayList<>())
                            .add(new Listing(rs.getString("list_code"), rs.getString("list_name"),
                                    "CURRENT".equals(rs.getString("status")), rs.getString("rating"),
                                    rs.getString("editions"), rs.getString("name_as_listed"), source(rs)));
                    return 0;
                }).list();
        return jdbc.sql("select id, name, country, parent_id from institution where retired_at is null order by name, id")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new InstitutionRule(id, rs.getString("name"), rs.getString("country"),
                            rs.getObject("parent_id", UUID.class), aliases.getOrDefault(id, List.of()),
                            listings.getOrDefault(id, List.of()));
                }).list();
    }

    private List<TechnologyCategoryRule> categories() {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        jdbc.sql("select category_code, keyword from technology_keyword order by keyword").query((rs, n) -> keywords
                .computeIfAbsent(rs.getString("category_code"), code -> new ArrayList<>()).add(rs.getString("keyword")))
                .list();
        return jdbc.sql("""
                select code, name, parent_code, points, control_list_refs, source_name, source_url, null as date
                from technology_category where retired_at is null order by code""")
                .query((rs, n) -> new TechnologyCategoryRule(rs.getString("code"), rs.getString("name"),
                        rs.getString("parent_code"), rs.getInt("points"), keywords.getOrDefault(rs.getString("code"), List.of()),
                        rs.getString("control_list_refs"), source(rs)))
                .list();
    }

    private List<TalentProgrammeRule> programmes() {
        Map<UUID, List<String>> aliases = grouped("select programme_id as owner, alias as value from talent_programme_alias order by alias");
        return jdbc.sql("""
                select id, code, name, parent_id, country, source_name, source_url, dod_1286_editions as date
                from talent_programme where retired_at is null order by code""")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new TalentProgrammeRule(id, rs.getString("code"), rs.getString("name"),
                            rs.getObject("parent_id", UUID.class), rs.getString("country"),
                            aliases.getOrDefault(id, List.of()), source(rs));
                }).list();
    }

    private List<CountryRule> countries() {
        Map<String, List<CountryRule.Designation>> designations = new LinkedHashMap<>();
        jdbc.sql("select country_code, basis, source_name, source_url, null as date from country_designation order by basis")
                .query((rs, n) -> designations.computeIfAbsent(rs.getString("country_code"), code -> new ArrayList<>())
                        .add(new CountryRule.Designation(rs.getString("basis"), source(rs))))
                .list();
        return jdbc.sql("select code, name from country where of_concern order by code")
                .query((rs, n) -> new CountryRule(rs.getString("code"), rs.getString("name"),
                        designations.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    private ScoringPolicy policy() {
        Map<String, Integer> parameters = new LinkedHashMap<>();
        Map<String, RuleSource> parameterSources = new LinkedHashMap<>();
        jdbc.sql("select key, value, source_name, source_url, null as date from scoring_parameter").query((rs, n) -> {
            parameters.put(rs.getString("key"), rs.getInt("value"));
            if (rs.getString("source_name") != null) {
                parameterSources.put(rs.getString("key"), source(rs));
            }
            return 0;
        }).list();
        List<CombinationRule> rules = jdbc.sql("""
                select code, risk_type, requires, raises_to, description, source_name, source_url, null as date
                from combination_rule order by code""")
                .query((rs, n) -> new CombinationRule(rs.getString("code"), rs.getString("risk_type"),
                        new LinkedHashSet<>(Arrays.stream(rs.getString("requires").split(",")).map(String::strip).toList()),
                        rs.getString("raises_to"), rs.getString("description"), source(rs)))
                .list();
        Map<String, List<MitigationRule>> mitigations = new LinkedHashMap<>();
        jdbc.sql("select finding_kind, text, source_name, source_url, null as date from mitigation order by finding_kind, position")
                .query((rs, n) -> mitigations.computeIfAbsent(rs.getString("finding_kind"), kind -> new ArrayList<>())
                        .add(new MitigationRule(rs.getString("finding_kind"), rs.getString("text"), source(rs))))
                .list();
        return new ScoringPolicy(parameters, parameterSources, rules, mitigations);
    }

    private Map<UUID, List<String>> grouped(String sql) {
        Map<UUID, List<String>> grouped = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> grouped.computeIfAbsent(rs.getObject("owner", UUID.class), id -> new ArrayList<>())
                .add(rs.getString("value"))).list();
        return grouped;
    }

    private static RuleSource source(ResultSet rs) throws SQLException {
        return new RuleSource(rs.getString("source_name"), rs.getString("source_url"), rs.getString("date"));
    }
}
