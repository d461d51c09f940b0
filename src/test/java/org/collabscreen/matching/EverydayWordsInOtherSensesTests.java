package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technology's word used in another sense ({@link Homonyms}), and an everyday word that a list also uses, read in
 * the other sense its context makes plain ({@link OtherSenses}); each against a text where the same word keeps its
 * technical sense.
 */
class EverydayWordsInOtherSensesTests {

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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nitrate levels in rocket and arugula grown under LED light",
                "Housing prices in the satellite towns of a growing capital",
                "Satellite cells and myogenic repair in aged muscle",
                "Stealth taxation and the visibility of indirect levies",
                "Stealth liposomes coated with polyethylene glycol",
                "Butter layers in wafer biscuits and puff pastry",
                "Drone congregation areas and queen mating flights of honeybees",
                "Ausbildung von Sprengstoffspürhunden bei der Bundespolizei",
                "Una batería de pruebas neuropsicológicas para adultos mayores",
                "北斗精神进课堂的思政教育实践",
                "Titanium dioxide nanoparticles in sunscreens and their fate in seawater",
                "Indoor air pollution from rocket stoves in highland kitchens",
                "Building satellite accounts for the cultural sector",
                "Recreational drones and noise complaints in city parks",
                "Drones de loisir dans les parcs naturels",
                "无人机拍摄婚礼的服务定价",
                "Opening hours of submarine sandwich chains",
                "Sonar-like calls of bats hunting over water",
                "Wind tunnel drag of time-trial cyclists' skinsuits",
                "Robot lawn mowers and hedgehog injuries",
            })
    void readsAnEverydayWordInTheSenseItsContextMakesPlain(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rocket engines burning methane and liquid oxygen | AEROSPACE_SPACE",
                "Satellite constellations for broadband to remote towns | AEROSPACE_SPACE",
                "Wafer-level bonding for MEMS packaging | SEMICONDUCTORS",
                "Drone swarms for search and rescue in mountains | ROBOTICS_AUTONOMY",
                "Ageing of lithium-ion battery cells under fast charging | ADV_ENERGY",
                "Solid rocket motors with high burn rates | AEROSPACE_SPACE",
                "Satellite laser ranging for orbit determination | AEROSPACE_SPACE",
                "Drone swarms with decentralised task allocation | ROBOTICS_AUTONOMY",
                "Submarine hull acoustic signature reduction | MARINE_UNDERWATER",
                "Hypersonic wind tunnel testing of scramjet inlets | HYPERSONICS",
            })
    void keepsAnEverydayWordsTechnicalSenseWithoutOtherContext(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
