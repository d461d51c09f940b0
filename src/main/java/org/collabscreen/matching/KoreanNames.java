package org.collabscreen.matching;

import java.util.List;
import java.util.Map;

/**
 * Names of Chinese institutions written in Hangul, read in Han characters: Korean writes a Chinese place by its Chinese
 * sound (하얼빈, 베이징, 칭화; the National Institute of Korean Language's rules for Chinese) and the organisation and
 * subject words by their Sino-Korean reading (공업 工業, 대학 大學, 과학기술 科學技術), so 하얼빈공업대학 is 哈尔滨工业大学 and
 * matches the listed native name. A run of Hangul is read only when it splits wholly into known words, a particle after
 * it aside.
 */
final class KoreanNames {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // organisation and subject words, by their Sino-Korean reading
            Map.entry("대학교", "大学"),
            Map.entry("대학", "大学"),
            Map.entry("학원", "学院"),
            Map.entry("과학원", "科学院"),
            Map.entry("연구소", "研究所"),
            Map.entry("연구원", "研究院"),
            Map.entry("공업", "工业"),
            Map.entry("공학원", "工程学院"),
            Map.entry("공학과", "工程系"),
            Map.entry("학과", "系"),
            Map.entry("대학원", "研究生院"),
            Map.entry("공학", "工程"),
            Map.entry("과학기술", "科学技术"),
            Map.entry("과학", "科学"),
            Map.entry("기술", "技术"),
            Map.entry("과기", "科技"),
            Map.entry("이공", "理工"),
            Map.entry("항공항천", "航空航天"),
            Map.entry("항공", "航空"),
            Map.entry("항천", "航天"),
            Map.entry("전자", "电子"),
            Map.entry("공정", "工程"),
            Map.entry("물리", "物理"),
            Map.entry("화학", "化学"),
            Map.entry("재료", "材料"),
            Map.entry("원자력", "原子能"),
            Map.entry("국방", "国防"),
            Map.entry("해군", "海军"),
            Map.entry("공군", "空军"),
            Map.entry("육군", "陆军"),
            Map.entry("군사", "军事"),
            Map.entry("의학", "医学"),
            Map.entry("사범", "师范"),
            Map.entry("교통", "交通"),
            Map.entry("중국", "中国"),
            Map.entry("인민", "人民"),
            Map.entry("해방군", "解放军"),
            Map.entry("동북", "东北"),
            Map.entry("서북", "西北"),
            Map.entry("서남", "西南"),
            Map.entry("화중", "华中"),
            Map.entry("화남", "华南"),
            Map.entry("화동", "华东"),
            Map.entry("북경", "北京"),
            Map.entry("남경", "南京"),
            Map.entry("상해", "上海"),
            Map.entry("천진", "天津"),
            Map.entry("청화", "清华"),
            // places and names as Korean writes their Chinese sound
            Map.entry("베이징", "北京"),
            Map.entry("하얼빈", "哈尔滨"),
            Map.entry("칭화", "清华"),
            Map.entry("상하이", "上海"),
            Map.entry("난징", "南京"),
            Map.entry("시안", "西安"),
            Map.entry("톈진", "天津"),
            Map.entry("충칭", "重庆"),
            Map.entry("청두", "成都"),
            Map.entry("우한", "武汉"),
            Map.entry("창사", "长沙"),
            Map.entry("광저우", "广州"),
            Map.entry("선전", "深圳"),
            Map.entry("항저우", "杭州"),
            Map.entry("허페이", "合肥"),
            Map.entry("다롄", "大连"),
            Map.entry("선양", "沈阳"),
            Map.entry("창춘", "长春"),
            Map.entry("칭다오", "青岛"),
            Map.entry("샤먼", "厦门"),
            Map.entry("란저우", "兰州"),
            Map.entry("쿤밍", "昆明"),
            Map.entry("정저우", "郑州"),
            Map.entry("푸저우", "福州"),
            Map.entry("난창", "南昌"),
            Map.entry("저장", "浙江"),
            Map.entry("푸단", "复旦"),
            Map.entry("쓰촨", "四川"),
            Map.entry("산둥", "山东"),
            Map.entry("지린", "吉林"),
            Map.entry("중산", "中山"),
            Map.entry("퉁지", "同济"),
            Map.entry("난카이", "南开"),
            Map.entry("타이위안", "太原"),
            Map.entry("구이린", "桂林"));

    private static final int LONGEST_WORD = 4;

    /** Particles Korean writes after a name (과, 와: and, with; 의: of; 은, 는, 이, 가: subject; 에서: at), longest first. */
    private static final List<String> PARTICLES = List.of(
            "에서의", "과의", "와의", "과는", "와는", "에서", "으로", "은", "는", "이", "가", "을", "를", "의", "와", "과", "에", "로", "도");

    /** The organisation words a read run must hold for the runs around it to be kept unread. */
    private static final List<String> ORGANISATIONS = List.of("大学", "学院", "研究所", "研究院");

    private KoreanNames() {}

    /**
     * The text with each run of Hangul in Han characters, a particle after a run read as a comma; null when it holds none, or
     * no run is read as a name. A run that is not read is kept as written when another names an institution (하얼빈공업대학과
     * 공동연구: the name and then a sentence); otherwise the text is not read.
     */
    static String inHan(String text) {
        if (!Scripts.contains(text, Character.UnicodeScript.HANGUL)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean unread = false;
        boolean named = false;
        int i = 0;
        while (i < text.length()) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HANGUL) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length()
                    && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HANGUL) {
                end++;
            }
            String run = text.substring(i, end);
            String han = read(run);
            unread |= han == null;
            named |= han != null && ORGANISATIONS.stream().anyMatch(han::contains);
            out.append(han != null ? han : run);
            i = end;
        }
        return !unread || named ? out.toString() : null;
    }

    /**
     * A run of Hangul in Han characters; a particle after it ends the name, read as a comma; null when it does not split
     * into known words.
     */
    private static String read(String run) {
        String han = split(run);
        for (int p = 0; han == null && p < PARTICLES.size(); p++) {
            String particle = PARTICLES.get(p);
            if (run.endsWith(particle) && run.length() > particle.length() + 1) {
                han = split(run.substring(0, run.length() - particle.length()));
                han = han != null ? han + "," : null;
            }
        }
        return han;
    }

    private static String split(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int i = 0;
        while (i < run.length()) {
            String word = null;
            for (int length = Math.min(LONGEST_WORD, run.length() - i); length >= 2 && word == null; length--) {
                word = WORDS.get(run.substring(i, i + length));
                if (word != null) {
                    i += length;
                }
            }
            if (word == null) {
                return null;
            }
            out.append(word);
        }
        return out.toString();
    }
}
