/**
 * Seed conversion: turns the public reference lists under rulebook-seed/ into rulebook rows, once, as a Flyway
 * migration. Nothing at run time depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rulebook seed",
        allowedDependencies = {"matching", "vocabulary"})
package org.collabscreen.seed;
