package org.collabscreen.casework;

import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.vocabulary.RiskLevel;

/** The review queue's filters; each is optional and they combine with AND. */
record CaseFilter(CaseStatus status, RiskLevel overallRisk, String assignee) {}
