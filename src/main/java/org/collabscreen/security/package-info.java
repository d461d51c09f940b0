/** API keys, roles, client isolation, rate limits, CORS and security headers. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"cluster", "web"})
package org.collabscreen.security;
