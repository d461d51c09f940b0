/** The screening engine: pure Java, deterministic, free of Spring, JPA and Jackson types. */
package org.collabscreen.screening.engine;
