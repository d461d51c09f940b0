package org.collabscreen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.collabscreen");

    /** package-info carries the module's Spring Modulith annotation, which is metadata, not a dependency. */
    @Test
    void engineAndMatchersArePureJava() {
        noClasses()
                .that()
                .resideInAnyPackage("org.collabscreen.screening.engine..", "org.collabscreen.matching..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void nothingAtRunTimeDependsOnTheSeedConversion() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.collabscreen.seed..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.collabscreen.seed..")
                .check(classes);
    }

    @Test
    void matchingDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.collabscreen.matching..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.collabscreen..")
                        .and(resideOutsideOfPackage("org.collabscreen.matching..")))
                .check(classes);
    }

    @Test
    void applicationCodeUsesJackson3Only() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
                .check(classes);
    }

    @Test
    void repositoriesAndEntitiesStayInsideTheirModule() {
        noClasses()
                .that()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .should()
                .bePublic()
                .check(classes);
        noClasses()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .should()
                .bePublic()
                .check(classes);
    }
}
