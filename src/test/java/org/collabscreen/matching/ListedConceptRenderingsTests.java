package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed concepts (rulebook keywords) rendered in the other languages the classifier reads, issue 15's tenth round:
 * secure multiparty computation, zero-knowledge proofs, homomorphic encryption, trapped ions, superconducting
 * materials, spent-fuel reprocessing, molten salt reactors, waveriders, towed arrays, high-performance computing (as
 * Taiwan writes it), neural interfaces, genome engineering and optical communication.
 */
class ListedConceptRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pruebas de conocimiento cero para el voto electrónico | CYBER_CRYPTO",
                "Calcul multipartite sécurisé sur des données médicales | CYBER_CRYPTO",
                "Sichere Mehrparteienberechnung für verteilte Datenbanken | CYBER_CRYPTO",
                "Prove a conoscenza zero per l'identità digitale | CYBER_CRYPTO",
                "Доказательства с нулевым разглашением для блокчейна | CYBER_CRYPTO",
                "同态加密的密文压缩方法 | CYBER_CRYPTO",
                "ゼロ知識証明の証明生成の高速化 | CYBER_CRYPTO",
                "Puertas lógicas con iones atrapados | QUANTUM",
                "Ions piégés dans des pièges de Paul miniaturisés | QUANTUM",
                "离子阱芯片的电极设计 | QUANTUM",
                "Materiales superconductores para cables de potencia | ADV_MATERIALS",
                "Сверхпроводящие материалы для магнитов ускорителей | ADV_MATERIALS",
                "高温超导薄带的制备 | ADV_MATERIALS",
                "Wiederaufarbeitung abgebrannter Brennelemente in Europa | NUCLEAR",
                "Reprocessamento do combustível irradiado e gestão de resíduos | NUCLEAR",
                "Reattori a sali fusi di quarta generazione | NUCLEAR",
                "Жидкосолевой реактор на ториевом топливе | NUCLEAR",
                "乘波体飞行器的气动布局 | HYPERSONICS",
                "Волнолёт с изменяемой геометрией крыла | HYPERSONICS",
                "Antenne linéaire remorquée pour la lutte anti-sous-marine | MARINE_UNDERWATER",
                "Schleppantennen für Fregatten | MARINE_UNDERWATER",
                "高效能運算平台的能源效率 | ADV_COMPUTING",
                "Interfaz neuronal implantable para la comunicación | HMI_NEURO",
                "Interfaces neuronales pour la rééducation | HMI_NEURO",
                "Neuronale Schnittstellen für Handprothesen | HMI_NEURO",
                "Interfacce neurali per arti artificiali | HMI_NEURO",
                "Ingeniería genómica de microalgas | BIOTECH",
                "Engenharia genômica de leveduras | BIOTECH",
                "Comunicações ópticas em espaço livre | TELECOM_NETWORKS",
            })
    void findsAListedConceptRenderedInAnotherLanguage(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
