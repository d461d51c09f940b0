package org.collabscreen.matching;

/**
 * A company named by a listed company's one-word brand, other words and a legal form ("Acme Technologies Bremen
 * GmbH", "Acme International Pte. Ltd.", "Acme Electronic Information Industry Co., Ltd.") is that company's
 * subsidiary, at home or abroad: the brand is read on its own, and stands only for a listed company.
 */
final class BrandedCompanies {

    /** Shorter first words are acronyms or words that many names share. */
    private static final int MIN_BRAND = 4;

    private BrandedCompanies() {}

    /** The first word of a normalised segment that names a company, when it may be a brand; else null. */
    static String brandOf(String normalised, Vocabulary vocabulary) {
        int space = normalised.indexOf(' ');
        if (space < MIN_BRAND || !LegalForms.endsWithForm(normalised)) {
            return null;
        }
        String brand = normalised.substring(0, space);
        boolean distinctive = vocabulary.weight(vocabulary.canonical(brand)) >= Vocabulary.DISTINCTIVE;
        return distinctive && Tokens.isLatin(brand) && !Tokens.isNumeric(brand) && !PlaceEvidence.isPlaceWord(brand)
                ? brand
                : null;
    }
}
