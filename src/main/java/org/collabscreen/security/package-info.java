/** API keys, roles, client isolation, rate limits, CORS and security headers. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"web"})
package org.collabscreen.security;
