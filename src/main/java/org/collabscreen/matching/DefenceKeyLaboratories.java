package org.collabscreen.matching;

/**
 * The English names China's defence key laboratories (国防科技重点实验室) give themselves: "Science and Technology on X
 * Laboratory" and "National Key Laboratory of Science and Technology on X", where the lists write "Key Laboratory of X"
 * or "Defense S&T Key Laboratory of X".
 */
final class DefenceKeyLaboratories {

    private static final String[] LEADS = {
        "national key laboratory of science and technology on ",
        "key laboratory of science and technology on ",
        "science and technology on ",
        "s and t on "
    };

    private DefenceKeyLaboratories() {}

    /** The normalised segment read as "key laboratory of X"; null when it is not written in one of those forms. */
    static String asKeyLaboratory(String normalised) {
        if (!normalised.contains(" on ")) {
            return null;
        }
        for (String lead : LEADS) {
            if (normalised.startsWith(lead)) {
                String subject = normalised.substring(lead.length());
                if (subject.endsWith(" laboratory")) {
                    subject = subject.substring(0, subject.length() - " laboratory".length());
                } else if (subject.endsWith(" lab")) {
                    subject = subject.substring(0, subject.length() - " lab".length());
                } else if (!lead.startsWith("national") && !lead.startsWith("key")) {
                    return null;
                }
                return subject.isBlank() ? null : "key laboratory of " + subject.strip();
            }
        }
        return null;
    }
}
