/** Screening: the pure scoring engine and the service that runs it and keeps every screening. */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.collabscreen.screening;
