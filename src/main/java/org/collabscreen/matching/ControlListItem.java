package org.collabscreen.matching;

/**
 * One item of a control or technology list, as a text to score technology text against: its category, the language
 * it is written in, the item it is (list, edition, item number and heading) and its description.
 */
record ControlListItem(String code, TechnologyLanguage language, String source, String description) {}
