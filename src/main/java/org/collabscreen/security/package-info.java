/** API keys, roles, client isolation, rate limits, CORS and security headers. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.collabscreen.security;
