/** The rulebook: institutions, technology categories, talent programmes, countries and scoring policy, and the snapshot that matches against them. */
@org.springframework.modulith.ApplicationModule(displayName = "Rulebook")
package org.collabscreen.rulebook;
