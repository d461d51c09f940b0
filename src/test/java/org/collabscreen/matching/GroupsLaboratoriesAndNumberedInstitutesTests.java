package org.collabscreen.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A central group's Han name without 中国, a laboratory listed "at … University of S&T" ranked above its host, a unit
 * written after its group ranked above it, and a numbered Russian institute written with "Central" where the lists
 * leave it out.
 */
class GroupsLaboratoriesAndNumberedInstitutesTests {

    @Test
    void aCentralGroupIsKnownWithoutChinaBeforeItsField() {
        assertThat(LegalForms.hanGroupNames("中国微件制造集团有限公司")).contains("微件制造集团");
        assertThat(LegalForms.hanGroupNames("中国微件集团有限公司")).doesNotContain("微件集团");
    }

    @Test
    void aLaboratoryListedAtItsHostOfSAndTRanksAboveTheHost() {
        InstitutionEntry host = institution("Eastern Widget University of Science and Technology", "CN", null);
        InstitutionEntry laboratory = institution(
                "Defense Key Laboratory of Widget Signal Processing at Eastern Widget University of S&T",
                "CN",
                host.id(),
                "National Key Laboratory of Widget Signal Processing");
        NamedUnitsFirst first = new NamedUnitsFirst(Map.<UUID, InstitutionEntry>of(host.id(), host), 8);
        List.of(host, laboratory).forEach(first::file);
        first.fileHosts(List.of(host, laboratory));
        BestHits.Hit<InstitutionEntry> hostHit =
                new BestHits.Hit<>(host, 0.95, host.name(), true, "eastern widget univ", MatchMethod.EXACT, null);
        BestHits.Hit<InstitutionEntry> laboratoryHit = new BestHits.Hit<>(
                laboratory, 0.92, laboratory.name(), true, "natl key lab widget signal", MatchMethod.EXACT, null);

        assertThat(first.reorder(List.of(hostHit, laboratoryHit), " eastern widget univ natl key lab widget signal "))
                .extracting(BestHits.Hit::rule)
                .containsExactly(laboratory, host);
    }

    @Test
    void aNumberedInstituteIsReadWithoutCentral() {
        assertThat(SegmentReadings.numberedWithoutCentral("12th central scientific research and widget institute"))
                .isEqualTo("12th scientific research and widget institute");
        assertThat(SegmentReadings.numberedWithoutCentral("12th central widget works"))
                .isNull();
        assertThat(SeededInstitutions.best(
                        "33rd Central Scientific Research and Testing Institute, Saratov Oblast", "RU"))
                .contains("33rd Scientific Research and Testing Institute");
    }

    @Test
    void aUnitWrittenAfterItsGroupWithOnlyItsKindAddedRanksAboveTheGroup() {
        InstitutionEntry group = institution("Widget Shipping Group", "CN", null);
        InstitutionEntry unit = institution("Eastport Ship and Widget Research", "CN", group.id());
        NamedUnitsFirst first = new NamedUnitsFirst(Map.<UUID, InstitutionEntry>of(group.id(), group), 8);
        String input = " widget shipping eastport ship and widget research institute ";
        BestHits.Hit<InstitutionEntry> groupHit =
                new BestHits.Hit<>(group, 0.97, "Widget Shipping", true, "widget shipping", MatchMethod.EXACT, null);
        BestHits.Hit<InstitutionEntry> unitHit = new BestHits.Hit<>(
                unit, 0.92, unit.name(), true, "eastport ship and widget research institute", MatchMethod.EXACT, null);
        BestHits.Hit<InstitutionEntry> otherUnitHit = new BestHits.Hit<>(
                unit, 0.92, unit.name(), true, "eastport ship and widget research museum", MatchMethod.EXACT, null);

        assertThat(first.reorder(List.of(groupHit, unitHit), input))
                .extracting(BestHits.Hit::rule)
                .containsExactly(unit, group);
        assertThat(first.reorder(List.of(groupHit, otherUnitHit), input + "museum "))
                .extracting(BestHits.Hit::rule)
                .containsExactly(group, unit);
    }
}
