/** The rule vocabulary shared by the rulebook, the engine and the API: risk types, risk levels and finding kinds. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Rule vocabulary",
        allowedDependencies = {})
package org.collabscreen.vocabulary;
