package org.collabscreen.vocabulary;

/** What a combination rule raises: one of the two risks, or the overall risk. */
public enum CombinationScope {
    DUAL_USE,
    TALENT_PROGRAMME,
    OVERALL;

    /** The scope of the rules that raise one risk. */
    public static CombinationScope of(RiskType riskType) {
        return valueOf(riskType.name());
    }
}
