package org.collabscreen.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("collabscreen.web")
record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {}
