package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A company named by a listed company's brand after its city or before a city is that company; a brand is read only
 * before a legal form or a place, and only when one company owns it.
 */
class CompanyBrandsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ZORBEL =
            institution("Zorbel Group", "CN", null, "Zorbel Technology Co., Ltd.");
    private static final InstitutionEntry QWX = institution("QWX Company Limited", "CN", null, "QWX");
    private static final InstitutionEntry KELDA_ONE = institution("Kelda Group Co., Ltd.", "CN", null);
    private static final InstitutionEntry KELDA_TWO = institution("Kelda Limited", "CN", null);
    private static final InstitutionEntry MACHINERY =
            institution("Qinghai Widget Machinery Group Co., Ltd.", "CN", null, "Qinhgai", "Widget Machinery");
    private static final InstitutionEntry GROUP =
            institution("China Widget Electronics Group Corporation", "CN", null, "CWEG", "中国微件电子集团有限公司");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(ZORBEL, QWX, KELDA_ONE, KELDA_TWO, MACHINERY, GROUP));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aCompanyNamedByAListedBrandAfterItsCityIsThatCompany() {
        assertThat(best("Zorbel Photonics Technology Co., Ltd., Shanghai"))
                .isEqualTo(ZORBEL.id().toString());
        assertThat(best("Shenzhen QWX Auto Industry Co., Ltd."))
                .isEqualTo(QWX.id().toString());
        assertThat(best("QWX-Shenzhen, Shenzhen 518083")).isEqualTo(QWX.id().toString());
    }

    @Test
    void aBrandIsReadOnlyBeforeALegalFormOrAPlaceAndOnlyWhenOneCompanyOwnsIt() {
        assertThat(best("Zorbel Street Market Research")).isNull();
        assertThat(best("Kelda Photonics Co., Ltd.")).isNull();
        assertThat(best("Global Widget Technology Co., Ltd.")).isNull();
    }
}
