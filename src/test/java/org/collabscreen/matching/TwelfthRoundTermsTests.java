package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's twelfth round. Members of listed items that no term held: underwater acoustic networks, passive sonar,
 * hydrophone arrays, naval frigates, X-ray pulsar navigation, neural-network accelerator chips, neuromorphic
 * processors, boson sampling, protein binders, Shor's algorithm, metasurfaces, inertial confinement fusion, hardware
 * Trojans, nanothermites, coilguns, quantum random number generators, Rowhammer, cold spray, nanoimprint,
 * self-healing materials, exaflop computing. Listed concepts rendered or spelt otherwise: in Spanish (neuromorphic chips, free-space optical links,
 * reusable launchers), French (coherent optical networks, free-space optical links, warheads, laser powder-bed
 * fusion), German (side-channel analysis, Kryptographie, explosives, aero-engines, aero gas turbines, autonomous
 * driving, fibre-optic gyros, camouflage), Russian (energetic materials), Italian (federated learning) and Chinese
 * (密码学, public-key cryptography, DNA storage, single-crystal turbine blades). A technology studied in literature,
 * archaeology, media discourse or an economic assessment, which the research does not advance; a method put to
 * another study's purpose ("… to identify", "… to project"); and a technology's word in another sense
 * ({@link Homonyms}).
 */
class TwelfthRoundTermsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Routing protocols for an underwater acoustic network of seabed nodes | MARINE_UNDERWATER",
                "Passive sonar signal processing with short arrays | MARINE_UNDERWATER",
                "Calibration of a bottom-mounted hydrophone array | MARINE_UNDERWATER",
                "Survivability assessment of a naval frigate after shock loading | MARINE_UNDERWATER",
                "Timing models for X-ray pulsar navigation in cislunar space | PNT",
                "A neural network accelerator chip with in-memory weights | SEMICONDUCTORS",
                "Neuromorphic processors for event cameras | SEMICONDUCTORS",
                "Gaussian boson sampling with time-bin photons | QUANTUM",
                "Computational design of protein binders for a toxin | BIOTECH",
                "Shor's algorithm on a photonic processor | CYBER_CRYPTO",
                "Arquitectura de chips neuromórficos de espigas | SEMICONDUCTORS",
                "Enlaces ópticos en espacio libre para redes urbanas | TELECOM_NETWORKS",
                "Réseaux optiques cohérents métropolitains | TELECOM_NETWORKS",
                "Liaisons optiques en espace libre à très haut débit | TELECOM_NETWORKS",
                "Essais de têtes militaires à effet dirigé | ADV_WEAPONS",
                "Fusion laser sur lit de poudre de l'acier maraging | ADV_MANUFACTURING",
                "Seitenkanalanalyse von Chipkarten | CYBER_CRYPTO",
                "Kryptographie auf leichtgewichtigen Prozessoren | CYBER_CRYPTO",
                "格密码学的安全性证明 | CYBER_CRYPTO",
                "Lagerung und Alterung von Explosivstoffen | ADV_WEAPONS",
                "Schaufelkühlung in Triebwerken | AEROSPACE_SPACE",
                "Temperaturdrift faseroptischer Kreisel | PNT",
                "Adaptive Tarnung für Fahrzeuge | SENSING_SURVEILLANCE",
                "Стабильность энергетических материалов при хранении | ADV_WEAPONS",
                "后量子迁移中的公钥密码替换 | CYBER_CRYPTO",
                "DNA存储的纠错编码 | ADV_COMPUTING",
                "单晶涡轮叶片的蠕变寿命 | ADV_MATERIALS",
                "Apprendimento federato su dispositivi mobili | AI",
                "Recuperación de la primera etapa de un lanzador reutilizable | AEROSPACE_SPACE",
                "Broadband absorbers built from stacked metasurfaces | ADV_MATERIALS",
                "Target designs for inertial confinement fusion | NUCLEAR",
                "Side-channel fingerprints of hardware Trojans | CYBER_CRYPTO",
                "Brennstoffeinspritzung in Fluggasturbinen | AEROSPACE_SPACE",
                "Sensorfusion für autonomes Fahren bei Nebel | ROBOTICS_AUTONOMY",
                "Burn rates of pressed nanothermites | ADV_WEAPONS",
                "A multistage coilgun with optimised coil timing | ADV_WEAPONS",
                "Entropy estimation for a quantum random number generator | QUANTUM",
                "Rowhammer mitigations in memory controllers | CYBER_CRYPTO",
                "Cold spray deposition of copper onto aluminium | ADV_MANUFACTURING",
                "Nanoimprint of moth-eye patterns on glass | ADV_MANUFACTURING",
                "Self-healing polymers with dynamic covalent bonds | ADV_MATERIALS",
                "Interconnect topologies for exaflop machines | ADV_COMPUTING",
            })
    void findsAListedMemberOrRendering(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Space rockets in Soviet poetry of the 1960s | AEROSPACE_SPACE",
                "Humanoid robots in science fiction films | ROBOTICS_AUTONOMY",
                "Los drones en la poesía contemporánea | ROBOTICS_AUTONOMY",
                "Archéologie sous-marine d'un port antique | MARINE_UNDERWATER",
                "Archaeology of submarine cables in the Baltic | MARINE_UNDERWATER",
                "Le chiffrement dans le discours médiatique | CYBER_CRYPTO",
                "Hydrogen fuel cells for buses: an economic assessment | ADV_ENERGY",
            })
    void readsLiteratureArchaeologyAndEconomicsAsStudiesOfATechnology(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CRISPR screens to identify genes of drought tolerance in maize | BIOTECH",
                "Ensemble simulations on an HPC cluster to project summer heat waves | ADV_COMPUTING",
            })
    void readsAMethodPutToAnotherStudysPurposeAsATool(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nitrate in rocket leaves grown under LED light | AEROSPACE_SPACE",
                "The explosive spread of online sports betting | ADV_WEAPONS",
                "Radar charts of student competencies | SENSING_SURVEILLANCE",
                "Submarine springs along a karst coastline | MARINE_UNDERWATER",
            })
    void readsATechnologyWordUsedInAnotherSenseAsNone(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rocket nozzles cooled by regenerative channels | AEROSPACE_SPACE",
                "Explosive detection at airports with terahertz imaging | ADV_WEAPONS",
            })
    void readsTheTechnologyWordInItsOwnSense(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
