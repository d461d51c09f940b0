package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spanish and Portuguese text naming a concept of a category's listed scope that no term of either language covered
 * before issue 15's twentieth round, which went through each category's items (Regulation (EU) 2021/821 Annex I,
 * Recommendation (EU) 2023/2113, the Common Military List, the CET subfields and the STRA sub-categories) rather than
 * the errors of a development set; and ordinary text near those terms that must find nothing.
 */
class IberianListCoverageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Conformado superplástico de chapas de aluminio | ADV_MANUFACTURING",
                "Diseño de chips de bajo consumo para sensores portátiles | SEMICONDUCTORS",
                "Espintrónica en uniones túnel magnéticas | SEMICONDUCTORS",
                "Combustión supersónica con inyección de hidrógeno | HYPERSONICS",
                "Localización y mapeo simultáneos en minas subterráneas | ROBOTICS_AUTONOMY",
                "Centrifugadoras de gas y separación isotópica | NUCLEAR",
                "Propulsores iónicos para pequeñas sondas | AEROSPACE_SPACE",
                "Autodirectores infrarrojos de corto alcance | ADV_WEAPONS",
                "Redes definidas por software en campus universitarios | TELECOM_NETWORKS",
                "Simulación cuántica de moléculas con átomos ultrafríos | QUANTUM",
                "Edición del genoma de levaduras industriales | BIOTECH",
                "Pilas de combustible de óxido sólido para camiones | ADV_ENERGY",
                "Reconocimiento de iris a distancia en aeropuertos | SENSING_SURVEILLANCE",
                "Unidades de medición inercial de bajo coste | PNT",
                "Neuroestimulación para controlar una mano protésica | HMI_NEURO",
                "Nitruro de boro hexagonal como dieléctrico de puerta | ADV_MATERIALS",
                "Computación en memoria con dispositivos resistivos | ADV_COMPUTING",
                "Firma acústica de buques de superficie | MARINE_UNDERWATER",
                "Láseres químicos de oxígeno y yodo | DIRECTED_ENERGY",
                "Redes generativas antagónicas para síntesis de rostros | AI",
                "Fusão em leito de pó de ligas de níquel | ADV_MANUFACTURING",
                "Pilhas de combustível para autocarros urbanos | ADV_ENERGY",
                "Reatores rápidos refrigerados a chumbo | NUCLEAR",
                "Teletransporte quântico entre dois laboratórios | QUANTUM",
                "Rádio cognitivo em bandas licenciadas | TELECOM_NETWORKS",
                "Reconhecimento da marcha em câmaras de rua | SENSING_SURVEILLANCE",
                "Turborreatores de baixo consumo | AEROSPACE_SPACE",
                "Engenharia metabólica de leveduras | BIOTECH",
                "Navios de guerra furtivos | MARINE_UNDERWATER",
            })
    void reportsTheListedConcept(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Análisis de la marcha en pacientes con párkinson",
                "Taller escolar de cohetes de agua con botellas",
                "Evolución de la lengua castellana en el siglo XVI",
                "Opinião pública sobre a energia nuclear em Portugal",
                "Redes sociales y participación política de los jóvenes",
                "A história da navegação portuguesa no século XVI",
            })
    void findsNothingInOrdinaryText(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}
