package org.collabscreen.matching;

import java.text.Normalizer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a platform word (drone, UAV, robot, 无人机, Drohne, БПЛА, ドローン, 드론) names only what the work acts on,
 * observes with or studies from outside, so the robotics it names is not what the work advances. The US CET list's
 * "Autonomous systems and robotics", Canada's STRA "Robotics and Autonomous Systems" and Wassenaar's unmanned aerial
 * vehicles (Cat. 9A012) describe the vehicle, its autonomy and its control; three uses of the vehicle fall outside:
 *
 * <ul>
 *   <li><em>the target</em>: lasers, microwaves, warheads or radars against drones ("counter-drone", "anti-drones",
 *       "Drohnenabwehr", "contre les drones", "противодействие БПЛА", 反无人机, 대드론) advance directed energy,
 *       weapons or sensing;
 *   <li><em>the camera carrier</em>: a drone flown to count, census, map, monitor, inspect or photograph something
 *       ("Drohnenbefliegung zur Kartierung", "censo de ballenas con drones", 无人机航拍统计, ドローンによる調査) is an
 *       instrument of the survey;
 *   <li><em>the social subject</em>: robots in schools, classrooms and care homes, their acceptance and their
 *       pedagogy ("educational robots", "robótica educativa", "Pflegeroboter-Akzeptanz", 机器人辅助儿童教育).
 * </ul>
 *
 * None of the three applies where the text also names the platform's own autonomy (autonomous, swarms, navigation,
 * landing, control): "autonomous drones for bridge inspection" is robotics. Cues are read as word starts of every
 * token (German compounds included: "Drohnenabwehr") and as parts of the Han and Hangul bigrams.
 */
final class CarriedPlatforms {

    /** Word starts of the platform words, as each language's analysis lower-cases them. */
    private static final List<String> PLATFORMS = List.of(
            "drone",
            "uav",
            "uas",
            "unmanned",
            "uncrewed",
            "quadcopter",
            "multicopter",
            "quadrotor",
            "robot",
            "drohn",
            "dron",
            "droni",
            "беспилот",
            "бпла",
            "робот",
            "无人",
            "無人",
            "机器",
            "機器",
            "ドロ",
            "ロボ",
            "드론",
            "로봇",
            "무인");

    /** Aerial platforms, the only ones flown as camera carriers. */
    private static final List<String> AERIAL = List.of(
            "drone",
            "uav",
            "uas",
            "unmanned aerial",
            "quadcopter",
            "multicopter",
            "quadrotor",
            "drohn",
            "dron",
            "droni",
            "беспилот",
            "бпла",
            "无人机",
            "无人驾驶航空",
            "無人機",
            "無人航空",
            "무인기",
            "ドロ",
            "드론");

    /** The work acts against the platform. */
    private static final List<String> TARGET = List.of(
            "counter dron",
            "counter uav",
            "counter uas",
            "counterdron",
            "anti dron",
            "anti uav",
            "anti uas",
            "antidron",
            "against",
            "gegen ",
            "abwehr",
            "contre les",
            "contre des",
            "contra ",
            "contro ",
            "против ",
            "противодейств",
            "neutrali",
            "disabl",
            "upset",
            "susceptib",
            "inutiliz",
            "storung",
            "störung",
            "intercept",
            "abfang",
            "反无",
            "反無",
            "毁伤",
            "毀傷",
            "拦截",
            "攔截",
            "迎撃",
            "대드",
            "무력",
            "요격");

    /**
     * A counter-drone system as a whole ("counter-UAS system", 反无人机系统, 드론 무력화 시스템) is labelled robotics as often as
     * not on the development sets (6 of 12 rows), a weapon or sensor against drones without it seldom (7 of 59).
     */
    private static final List<String> SYSTEMS =
            List.of("system", "sistem", "systeme", "систем", "系统", "系統", "시스템", "システム");

    /** The work observes something from the platform. */
    private static final List<String> OBSERVATION = List.of(
            "counting",
            "counts",
            "count ",
            "census",
            "monitor",
            "survey",
            "mapping",
            "inventor",
            "inspect",
            "photograph",
            "photogramm",
            "imagery",
            "orthomosaic",
            "zahlung",
            "zählung",
            "zaehlung",
            "kartier",
            "inventur",
            "bestandsaufnahme",
            "befliegung",
            "luftbild",
            "aufnahme",
            "suivi",
            "comptage",
            "recens",
            "cartograph",
            "survol",
            "censo",
            "conteo",
            "contar",
            "seguimiento",
            "monitore",
            "cartograf",
            "inventario",
            "inspecc",
            "observation",
            "observing",
            "observação",
            "observacao",
            "observación",
            "observacion",
            "contagem",
            "monitora",
            "mapeamento",
            "levantamento",
            "censiment",
            "conteggio",
            "mappatur",
            "ispezion",
            "учет",
            "учёт",
            "мониторинг",
            "съемк",
            "съёмк",
            "обследован",
            "统计",
            "統計",
            "调查",
            "調查",
            "調査",
            "监测",
            "監測",
            "评估",
            "評估",
            "航拍",
            "拍摄",
            "拍攝",
            "巡检",
            "普查",
            "测绘",
            "点検",
            "観測",
            "空撮",
            "撮影",
            "조사",
            "점검",
            "촬영",
            "측량",
            "모니");

    /** The work studies the platform's place in teaching, care or society. */
    private static final List<String> SOCIAL = List.of(
            "educa",
            "school",
            "pupil",
            "classroom",
            "curricul",
            "pedagog",
            "didact",
            "didáct",
            "outreach",
            "child",
            "girls",
            "elder",
            "older adult",
            "care home",
            "nursing",
            "loneliness",
            "acceptance",
            "acceptabilit",
            "adoption",
            "interview",
            "ethnograph",
            "autis",
            "insurance",
            "lego",
            "ensenanza",
            "enseñanza",
            "éduca",
            "école",
            "aceptación",
            "ensino",
            "enseign",
            "schul",
            "pflege",
            "altenheim",
            "senior",
            "akzeptanz",
            "aceptacion",
            "scuol",
            "escuel",
            "escola",
            "ecole",
            "образован",
            "школ",
            "пожил",
            "教育",
            "教学",
            "教學",
            "儿童",
            "兒童",
            "养老",
            "養老",
            "老人",
            "自闭",
            "自閉",
            "介護",
            "교육",
            "돌봄",
            "노인");

    /**
     * The platform's own autonomy, or a robotic weapon (loitering munitions) as the means against it: these texts
     * advance robotics whatever the platform does.
     */
    private static final List<String> AUTONOMY = List.of(
            "autonom",
            "swarm",
            "schwarm",
            "essaim",
            "enjambre",
            "sciam",
            "enxam",
            "рой",
            "роя",
            "автоном",
            "self-driving",
            "navigat",
            "navega",
            "navig",
            "навигац",
            "landing",
            "landung",
            "atterriss",
            "aterriz",
            "control",
            "steuerung",
            "guidance",
            "loitering",
            "rodeuse",
            "merodeador",
            "自主",
            "集群",
            "自律",
            "자율",
            "군집",
            "导航",
            "導航",
            "항법",
            "巡飞",
            "барражир",
            "управлени",
            "控制",
            "制御",
            "제어");

    private final String[] words;

    private final String written;

    /** What each cue list said of this text: a text with many platform terms reads each list once. */
    private final Map<List<String>, Boolean> held = new IdentityHashMap<>();

    private CarriedPlatforms(String text) {
        this.written = text.toLowerCase(Locale.ROOT);
        this.words = fold(written).split("[^\\p{L}\\p{N}]+");
    }

    /** The text's words, read once for every term of the text. */
    static CarriedPlatforms of(String text) {
        return new CarriedPlatforms(text);
    }

    /** Whether the term, if it names a platform, names only the target, camera carrier or social subject. */
    boolean only(String term) {
        String platform = term.toLowerCase(Locale.ROOT) + " " + fold(term.toLowerCase(Locale.ROOT));
        if (!holdsAny(platform, PLATFORMS) || holds(AUTONOMY)) {
            return false;
        }
        return holds(TARGET) && !holds(SYSTEMS) || holdsAny(platform, AERIAL) && holds(OBSERVATION) || holds(SOCIAL);
    }

    private boolean holds(List<String> cues) {
        return held.computeIfAbsent(cues, this::holdsAnyCue);
    }

    private boolean holdsAnyCue(List<String> cues) {
        for (String cue : cues) {
            if (cue.codePoints().anyMatch(CarriedPlatforms::eastAsian)) {
                if (written.contains(cue)) {
                    return true;
                }
                continue;
            }
            String folded = fold(cue);
            for (int i = 0; i < words.length; i++) {
                String pair =
                        folded.indexOf(' ') >= 0 && i + 1 < words.length ? words[i] + " " + words[i + 1] : words[i];
                if (pair.startsWith(folded) || folded.length() >= 5 && words[i].contains(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean eastAsian(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Latin and Cyrillic letters without their accents ("Zählung" as "zahlung", "учёт" as "учет"). */
    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static boolean holdsAny(String term, List<String> parts) {
        return parts.stream().anyMatch(term::contains);
    }
}
