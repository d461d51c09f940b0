package org.collabscreen.rulebook;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.collabscreen.web.InvalidFieldException;

/** Checks the keys rules are addressed by: uuids, codes, country codes. */
final class RuleKeys {

    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private RuleKeys() {}

    static String uuid(String key) {
        try {
            return UUID.fromString(key).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("id", "must be a UUID");
        }
    }

    static String code(String key) {
        if (!key.matches(RuleRequests.CODE)) {
            throw new InvalidFieldException("code", "must be upper-case letters, digits, _ . or -");
        }
        return key;
    }

    static boolean isCountryCode(String code) {
        return COUNTRY_CODES.contains(code);
    }

    static String countryCode(String key) {
        if (!isCountryCode(key)) {
            throw new InvalidFieldException("code", "must be an ISO 3166-1 alpha-2 country code, such as CN or ES");
        }
        return key;
    }

    static String required(String code) {
        if (code == null) {
            throw new InvalidFieldException("code", "must not be null");
        }
        return code;
    }

    static void sameAsPath(String code, String key) {
        if (code != null && !code.equals(key)) {
            throw new InvalidFieldException("code", "must match the code in the path, or be left out");
        }
    }
}
