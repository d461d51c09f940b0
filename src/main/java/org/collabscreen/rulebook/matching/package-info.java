/** Pure-Java name and text matchers over rulebook entries: institutions, talent programmes, technology categories. */
package org.collabscreen.rulebook.matching;
