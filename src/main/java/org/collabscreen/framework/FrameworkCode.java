package org.collabscreen.framework;

/** The research-security frameworks CollabScreen gives verdicts for. */
public enum FrameworkCode {
    US_DOD_FUNDAMENTAL_RESEARCH,
    US_CHIPS_MFTRP,
    US_NIH,
    CA_STRAC,
    EU_HORIZON_ART_22_5,
    UK_ATAS,
    NL_KNOWLEDGE_SECURITY
}
