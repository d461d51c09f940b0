/** The append-only, hash-chained audit trail of every screening, rulebook change and key change. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.collabscreen.audit;
