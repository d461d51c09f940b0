package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole scope of each category in English, as the items and sub-fields that define it name it (Annex I and
 * Common Military List items, CET subfields, STRA sub-categories, Recommendation 2023/2113 areas): the systems,
 * components, processes and materials a proposal names are found by a term of their own, and everyday or other
 * sciences' uses of the same words are not.
 */
class EnglishControlListCoverageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Systolic arrays for sparse matrix kernels | ADV_COMPUTING",
                "Holographic data storage in photopolymer media for archives | ADV_COMPUTING",
                "Zinc-ion batteries with hydrogel electrolytes for stationary storage | ADV_ENERGY",
                "Silicon anodes that survive a thousand charge cycles | ADV_ENERGY",
                "Binder jetting of stainless steel lattices | ADV_MANUFACTURING",
                "Friction stir welding of thick aluminium plates | ADV_MANUFACTURING",
                "Titanium aluminides for low-pressure turbine stages | ADV_MATERIALS",
                "Aerogels with tunable thermal conductivity | ADV_MATERIALS",
                "Seeker heads with dual-band imaging for interceptors | ADV_WEAPONS",
                "Interior ballistics of a long-barrel gun with a new propellant charge | ADV_WEAPONS",
                "Cruise efficiency of eVTOL and tiltrotor configurations | AEROSPACE_SPACE",
                "Momentum wheels and star sensors for a lunar orbiter | AEROSPACE_SPACE",
                "Contrastive learning of sentence embeddings from unlabelled corpora | AI",
                "Knowledge distillation of a large teacher into a small student network | AI",
                "Metabolic engineering of Escherichia coli for isobutanol production | BIOTECH",
                "Prime editing of a pathogenic variant in patient-derived cells | BIOTECH",
                "Privilege escalation through misconfigured container runtimes | CYBER_CRYPTO",
                "Physically unclonable functions from SRAM start-up states | CYBER_CRYPTO",
                "Compact vircators driven by Marx generators | DIRECTED_ENERGY",
                "Thermal blooming of a kilowatt beam over a maritime path | DIRECTED_ENERGY",
                "Electronic textiles that harvest energy from motion | FLEXIBLE_ELECTRONICS",
                "Transient electronics that dissolve after use | FLEXIBLE_ELECTRONICS",
                "Myoelectric control of a multi-grip hand prosthesis | HMI_NEURO",
                "Retinal prostheses with photovoltaic pixels | HMI_NEURO",
                "Supersonic combustion in a cavity-stabilised combustor | HYPERSONICS",
                "Precooled engines for single-stage-to-orbit vehicles | HYPERSONICS",
                "Anechoic tiles that lower the target strength of a hull | MARINE_UNDERWATER",
                "Sonobuoys dropped from patrol aircraft | MARINE_UNDERWATER",
                "Fuel assemblies for pressurized water reactors | NUCLEAR",
                "Divertor heat loads in a compact tokamak | NUCLEAR",
                "Time and frequency transfer over long fibre links | PNT",
                "Star trackers for attitude determination of small satellites | PNT",
                "Quantum gates with error rates below the threshold of the surface code | QUANTUM",
                "Squeezed light for gravitational-wave detectors | QUANTUM",
                "Visual servoing for dexterous manipulation of cables | ROBOTICS_AUTONOMY",
                "Teleoperation with force feedback over long delays | ROBOTICS_AUTONOMY",
                "Reactive ion etching of deep trenches for FinFET process flows | SEMICONDUCTORS",
                "Logic synthesis and timing closure for a low-power DSP core | SEMICONDUCTORS",
                "Infrared search and track for naval platforms | SENSING_SURVEILLANCE",
                "Iris recognition at a distance under visible light | SENSING_SURVEILLANCE",
                "Hybrid beamforming for sub-THz access points | TELECOM_NETWORKS",
                "Network slicing for industrial campus networks | TELECOM_NETWORKS"
            })
    void findsWhatTheCategorysItemsNameByATermOfItsOwn(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    /** Words of the categories' systems in their everyday or other sciences' senses, which no term was added for. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Helicopter parenting and anxiety in first-year students",
                "Lead poisoning of eagles from hunting ammunition",
                "Cellular networks of signalling proteins in yeast",
                "Dead reckoning in desert ants",
                "Public attitudes toward nuclear power after Fukushima"
            })
    void findsNothingInAnEverydayOrOtherScienceSense(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}
