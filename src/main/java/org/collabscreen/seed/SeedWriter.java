package org.collabscreen.seed;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Inserts the in-memory seed with plain JDBC batches. */
final class SeedWriter {

    private final Connection connection;

    SeedWriter(Connection connection) {
        this.connection = connection;
    }

    void write(RulebookSeedData data) throws SQLException {
        insert("insert into rulebook_revision (revision, changed_at, actor, summary) values (?, now(), ?, ?)",
                List.of(RulebookSeed.SUMMARY), s -> new Object[] {1, "seed", s});
        insert("insert into watch_list (code, name, authority, url, consequence) values (?, ?, ?, ?, ?)",
                data.watchLists(), w -> new Object[] {w.code(), w.name(), w.authority(), w.url(), w.consequence()});
        insert("insert into institution (id, name, native_name, country, category, source_name, source_url)"
                + " values (?, ?, ?, ?, ?, ?, ?)", data.institutions(), i -> new Object[] {i.id(), i.name(),
                i.nativeName(), i.country(), i.category(), i.sourceName(), i.sourceUrl()});
        insert("update institution set parent_id = ? where id = ?",
                data.institutions().stream().filter(i -> i.parentId() != null).toList(),
                i -> new Object[] {i.parentId(), i.id()});
        insert("insert into institution_alias (institution_id, alias, kind) values (?, ?, ?)", data.aliases(),
                a -> new Object[] {a.institutionId(), a.alias(), a.kind()});
        insert("insert into institution_listing (id, institution_id, list_code, status, editions, listed_on, rating,"
                + " rating_date, name_as_listed, source_name, source_url) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data.listings(), l -> new Object[] {l.id(), l.institutionId(), l.listCode(), l.status(), l.editions(),
                        date(l.listedOn()), l.rating(), date(l.ratingDate()), l.nameAsListed(), l.sourceName(),
                        l.sourceUrl()});
        insert("insert into technology_category (code, name, points, control_list_refs, source_name, source_url)"
                + " values (?, ?, ?, ?, ?, ?)", data.categories(), c -> new Object[] {c.code(), c.name(), c.points(),
                c.controlListRefs(), c.sourceName(), c.sourceUrl()});
        insert("update technology_category set parent_code = ? where code = ?",
                data.categories().stream().filter(c -> c.parentCode() != null).toList(),
                c -> new Object[] {c.parentCode(), c.code()});
        insert("insert into technology_keyword (category_code, keyword) values (?, ?)", data.keywords(),
                k -> new Object[] {k.categoryCode(), k.keyword()});
        writeProgrammes(data);
        insert("insert into country (code, name, of_concern) values (?, ?, ?)", data.countries(),
                c -> new Object[] {c.code(), c.name(), c.ofConcern()});
        insert("insert into country_designation (id, country_code, basis, source_name, source_url)"
                + " values (?, ?, ?, ?, ?)", data.designations(), d -> new Object[] {d.id(), d.countryCode(),
                d.basis(), d.sourceName(), d.sourceUrl()});
        insert("insert into scoring_parameter (key, value, description, source_name, source_url) values (?, ?, ?, ?, ?)",
                data.parameters(), p -> new Object[] {p.key(), p.value(), p.description(), p.sourceName(),
                        p.sourceUrl()});
        insert("insert into combination_rule (code, risk_type, requires, raises_to, description, source_name,"
                + " source_url) values (?, ?, ?, ?, ?, ?, ?)", data.combinationRules(), r -> new Object[] {r.code(),
                r.riskType(), r.requires(), r.raisesTo(), r.description(), r.sourceName(), r.sourceUrl()});
        insert("insert into mitigation (id, finding_kind, position, text, source_name, source_url)"
                + " values (?, ?, ?, ?, ?, ?)", data.mitigations(), m -> new Object[] {m.id(), m.findingKind(),
                m.position(), m.text(), m.sourceName(), m.sourceUrl()});
    }

    private void writeProgrammes(RulebookSeedData data) throws SQLException {
        insert("insert into talent_programme (id, code, name, country, sponsor, dod_1286_editions, source_name,"
                + " source_url) values (?, ?, ?, ?, ?, ?, ?, ?)", data.programmes(), p -> new Object[] {p.id(),
                p.code(), p.name(), p.country(), p.sponsor(), p.dod1286Editions(), p.sourceName(), p.sourceUrl()});
        insert("update talent_programme set parent_id = ? where id = ?",
                data.programmes().stream().filter(p -> p.parentId() != null).toList(),
                p -> new Object[] {p.parentId(), p.id()});
        insert("insert into talent_programme_alias (programme_id, alias, kind) values (?, ?, ?)",
                data.programmeAliases(), a -> new Object[] {a.programmeId(), a.alias(), a.kind()});
    }

    private <T> void insert(String sql, List<T> rows, Function<T, Object[]> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                Object[] params = values.apply(row);
                for (int i = 0; i < params.length; i++) {
                    if (params[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, params[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
