package org.collabscreen.matching;

/**
 * "Chip-scale" (芯片级) says how small a device is, not that it is a chip: a 芯片级原子钟 (chip-scale atomic clock) is a
 * clock, as the English "chip-scale atomic clock" holds no chip term. Chinese technology text reads it as 微型
 * (miniature), unless it names chip-scale packaging (芯片级封装), a semiconductor process.
 */
final class ChipScaleQualifier {

    private static final String CHIP_SCALE = "芯片级";
    private static final String PACKAGING = "封装";
    private static final String MINIATURE = "微型";

    private ChipScaleQualifier() {}

    /** Simplified-Chinese text with each "chip-scale" that qualifies a device read as "miniature". */
    static String asMiniature(String text) {
        int at = text.indexOf(CHIP_SCALE);
        if (at < 0) {
            return text;
        }
        StringBuilder read = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            int after = at + CHIP_SCALE.length();
            read.append(text, from, at).append(text.startsWith(PACKAGING, after) ? CHIP_SCALE : MINIATURE);
            from = after;
            at = text.indexOf(CHIP_SCALE, from);
        }
        return read.append(text, from, text.length()).toString();
    }
}
