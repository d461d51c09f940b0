package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Procurement, shipping and contract records name a body after a field label ("Supplier:", "Lieferadresse:",
 * "Proveedor:", "Destinataire :", "Поставщик:", "供应商：") and a Chinese company by its branch (…有限公司天津分公司): every
 * listed university walked through every label names what it names without the label, every listed company with a
 * registered Chinese name walked through branches of provinces and cities names what its name alone names, and
 * unlisted bodies in the same frames name nothing ({@link RecordFieldLabels}, {@link HanBranches}).
 */
class NamesInProcurementRecordsTests {

    private static final List<String> LABELS = List.of(
            "Supplier: ",
            "Vendor: ",
            "End user: ",
            "Lieferant: ",
            "Lieferadresse: ",
            "Endbenutzer: ",
            "Proveedor: ",
            "Destinatario: ",
            "Fournisseur : ",
            "Destinataire : ",
            "Поставщик: ",
            "Получатель: ");

    private static final List<String> BRANCHES = List.of("北京分公司", "广东省分公司", "天津市分公司", "上海分院");

    private static final int MAX_LATIN_WORDS = 6;

    @Test
    void aRecordsFieldLabelIsNoPartOfTheName() {
        List<String> changed = new ArrayList<>();
        int walked = 0;
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            String name = entry.name();
            if (!name.contains("University") || !Tokens.isLatin(name) || name.split(" ").length > MAX_LATIN_WORDS) {
                continue;
            }
            String record = name + ", Building 3, 100 Widget Road";
            Optional<String> unlabelled = SeededInstitutions.best(record, entry.country());
            if (unlabelled.isEmpty()) {
                continue;
            }
            for (String label : LABELS) {
                walked++;
                Optional<String> labelled = SeededInstitutions.best(label + record, entry.country());
                if (!labelled.equals(unlabelled)) {
                    changed.add(label + record + " -> " + labelled.orElse("nothing"));
                }
            }
        }
        assertThat(walked).isGreaterThan(100);
        assertThat(changed).isEmpty();
    }

    @Test
    void anUnlistedBodyAfterARecordsFieldLabelNamesNothing() {
        for (String label : LABELS) {
            assertThat(SeededInstitutions.best(label + "Qorvellin Optics GmbH, Jena", "DE"))
                    .as(label)
                    .isEmpty();
            assertThat(SeededInstitutions.best(label + "Université de Zanthor, 12 rue des Lilas", "FR"))
                    .as(label)
                    .isEmpty();
        }
    }

    @Test
    void onlyAKnownLabelBeforeAColonIsTakenOff() {
        assertThat(RecordFieldLabels.afterLabel("Lieferadresse: Qorvellin Universität"))
                .isEqualTo("Qorvellin Universität");
        assertThat(RecordFieldLabels.afterLabel("收货单位：某某大学")).isEqualTo("某某大学");
        assertThat(RecordFieldLabels.afterLabel("Customer Widget Institute")).isNull();
        assertThat(RecordFieldLabels.afterLabel("Note: Qorvellin Universität")).isNull();
    }

    @Test
    void aListedCompanysBranchIsTheCompanys() {
        List<String> changed = new ArrayList<>();
        int walked = 0;
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.addAll(OtherNames.INSTITUTIONS.of(entry.name()));
            for (String alias : names) {
                if (!alias.endsWith("有限公司") || !Tokens.containsCjk(alias)) {
                    continue;
                }
                Optional<String> alone = SeededInstitutions.best(alias, "CN");
                if (alone.isEmpty()) {
                    continue;
                }
                for (String branch : BRANCHES) {
                    walked++;
                    Optional<String> branched = SeededInstitutions.best(alias + branch, "CN");
                    if (!branched.equals(alone)) {
                        changed.add(alias + branch + " -> " + branched.orElse("nothing") + ", not " + alone.get());
                    }
                }
            }
        }
        assertThat(walked).isGreaterThan(20);
        assertThat(changed).isEmpty();
    }

    @Test
    void aBranchWrittenWithThePlainFormIsTheListedCompanys() {
        assertThat(HanBranches.companiesOf("某某网络通信有限公司广东省分公司")).containsExactly("某某网络通信有限公司", "某某网络通信股份有限公司");
        assertThat(HanBranches.companiesOf("某某石油(中国)有限公司天津分公司")).containsExactly("某某石油(中国)有限公司", "某某石油(中国)股份有限公司");
    }

    @Test
    void anUnlistedCompanysBranchNamesNothing() {
        for (String branch : BRANCHES) {
            assertThat(SeededInstitutions.best("北京泽翔光电科技有限公司" + branch, "CN"))
                    .as(branch)
                    .isEmpty();
            assertThat(SeededInstitutions.best("杭州明澜贸易股份有限公司" + branch, "CN"))
                    .as(branch)
                    .isEmpty();
        }
    }
}
