package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed company named by its brand alone inside a sentence or a record, in the partners' languages and in any
 * declared country: every distinctive one-word brand the lists give a company (a word no place shares, written as the
 * lists write it, or a capitalised acronym that is a word of its registered name), walked through news and record frames
 * (the brand as subject, after "de/di/von/of", with an arm abroad, before a research unit or a numbered team), names that company
 * or its group. Unlisted companies, a brand word that is a person's given name or a township's, and initials read
 * outside the declared country ("CSIC" in Spain) name nothing ({@link BrandsInRunningText}).
 */
class CompanyBrandsInRunningTextTests {

    /** Frames in the partners' languages, with the country their press is written in; {} is the brand. */
    private static final Map<String, String> FRAMES = new LinkedHashMap<>();

    static {
        FRAMES.put("La compañía {} y la Universidad de Valladolid presentaron ayer una cátedra conjunta.", "ES");
        FRAMES.put("Representantes de {} visitaron el martes la Universidad de Oviedo.", "ES");
        FRAMES.put("{} España patrocina un máster de la Universidad de Murcia.", "ES");
        FRAMES.put("O grupo {} e a Universidade do Minho assinaram ontem um memorando.", "BR");
        FRAMES.put("{} do Brasil inaugura laboratório com a Universidade Federal do Ceará.", "BR");
        FRAMES.put("Il Politecnico di Bari e {} hanno avviato ieri un laboratorio congiunto.", "IT");
        FRAMES.put("Une délégation de {} a été reçue jeudi par l'Université de Rennes.", "FR");
        FRAMES.put("Die Universität Kassel bekommt Drittmittel von {} für ein Projekt.", "DE");
        FRAMES.put("{} Deutschland GmbH und die Hochschule Esslingen vereinbaren eine Partnerschaft.", "DE");
        FRAMES.put("The University of Exeter accepted a donation from {} for its new building.", "US");
        FRAMES.put("{} Research Institute, Shenzhen", "CN");
        FRAMES.put("{} 404 Team, Hangzhou", "CN");
    }

    private static final String[] COUNTRIES = {"FRAME", "CN", "US", null};

    @Test
    void everyDistinctiveBrandOfAListedCompanyNamesItInEveryFrameAndCountry() {
        List<String> missed = new ArrayList<>();
        int cases = 0;
        for (InstitutionEntry company : SeededInstitutions.ENTRIES) {
            for (String brand : brands(company)) {
                for (Map.Entry<String, String> frame : FRAMES.entrySet()) {
                    for (String declared : COUNTRIES) {
                        String country = "FRAME".equals(declared) ? frame.getValue() : declared;
                        String input = frame.getKey().replace("{}", brand);
                        cases++;
                        Optional<UUID> found = SeededInstitutions.bestId(input, country);
                        if (found.isEmpty() || !SeededInstitutions.sameGroup(found.get(), company)) {
                            missed.add(input + " [" + country + "] -> "
                                    + found.map(SeededInstitutions::nameOf).orElse("nothing"));
                        }
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(1000);
        assertThat(missed.size()).as("missed of %d: %s", cases, missed).isLessThanOrEqualTo(cases / 20);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "Die Universität Ulm kooperiert mit Nio bei Batteriewechselstationen.|DE|NIO, Inc.",
                "Una delegazione di DJI ha visitato il Politecnico di Torino.|IT|Shenzhen DJI Technology Co., Ltd.",
                "Huawei's new lab in Munich opened with the Technical University of Munich.|DE|"
                        + "Huawei Technologies Co., Ltd.",
                "Leonardo e l'AVIC discutono una collaborazione sui velivoli.|CN|Aviation Industry Corporation of China",
                "Visita de CATL a la Universidad de Cádiz para estudiar baterías.|none|"
                        + "Contemporary Amperex Technology Co., Ltd."
            })
    void aBrandOrItsCompanysAcronymNamesTheCompany(String input, String country, String company) {
        assertThat(SeededInstitutions.best(input, country)).contains(company);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "La empresa Xiaomi y la Universidad de Murcia firmaron ayer un convenio de colaboración.|ES",
                "La empresa Xiaomi y la Universidad de Murcia firmaron ayer un convenio de colaboración.|CN",
                "Lenovo et l'Université de Lille ont signé mardi un partenariat de recherche.|none",
                "Die Hochschule Aalen erhält Fördermittel von Haier für ein Kühlprojekt.|DE",
                "Geely e a Universidade de Aveiro assinaram ontem um acordo de cooperação.|BR",
                "El CSIC y la Universidad de Sevilla firmaron un convenio de colaboración.|ES",
                "La AECC y la Universidad de Sevilla firmaron un convenio contra el cáncer.|ES",
                "Der Flughafen CGN meldet für das Jahr einen neuen Rekord bei Passagieren.|DE",
                "El profesor Wang Dahua y sus colegas publicaron ayer un estudio sobre redes.|ES",
                "Dahua Township Health Centre organised a vaccination campaign last week.|none",
                "CoStar Group and the University of Leeds signed a data agreement.|US"
            })
    void unlistedCompaniesNamesakesAndInitialsAbroadNameNothing(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).isEmpty();
    }

    /**
     * The company's one-word brands: a Latin alias of one word of four letters or more in mixed case that names no
     * place, or an acronym that is a word of one of its registered names but not their initials.
     */
    private static List<String> brands(InstitutionEntry company) {
        List<String> names = new ArrayList<>(company.aliases());
        names.add(company.name());
        if (!"CN".equals(company.country()) || names.stream().noneMatch(LegalForms::isCompanyName)) {
            return List.of();
        }
        List<String> brands = new ArrayList<>();
        for (String alias : company.aliases()) {
            String lower = alias.toLowerCase(Locale.ROOT);
            boolean oneWord = alias.matches("\\p{L}[\\p{L}\\p{N}]+") && Tokens.isLatin(alias);
            boolean capitals = alias.equals(alias.toUpperCase(Locale.ROOT));
            boolean word = !capitals
                    && alias.length() >= 4
                    && !PlaceEvidence.isPlaceWord(lower)
                    && InstitutionVocabulary.INSTANCE.weight(InstitutionVocabulary.INSTANCE.canonical(lower))
                            >= Vocabulary.DISTINCTIVE;
            boolean registered = capitals
                    && names.stream().anyMatch(name -> LegalForms.isCompanyName(name) && name.startsWith(alias + " "));
            if (oneWord && (word || registered)) {
                brands.add(alias);
            }
        }
        return brands;
    }
}
