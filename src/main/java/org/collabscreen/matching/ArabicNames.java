package org.collabscreen.matching;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of listed bodies as Arabic writes them, read in the English words of their listed names. Arabic press and
 * partners' pages render an Iranian university as جامعة and its name ("جامعة شريف الصناعية", "جامعة الإمام الحسين"), a
 * Chinese or Russian one as جامعة or معهد and its city transliterated ("جامعة بكين للطيران والفضاء", "معهد موسكو للفيزياء
 * والتكنولوجيا"). Each known word, after the article ال and the particles و, ل and ب before it, is read as its English
 * word; the industrial adjective صناعية as technology, as the vocabulary reads its Persian cognate صنعتی (sanati); an
 * unknown word is kept, so it counts against the name as any word the listed name lacks. A text is read only when it
 * holds an Arabic organisation word (جامعة, معهد, …), ta marbuta, معهد or the article, and no letter or word form that only
 * Persian writes (ی, ک, پ, گ, دانشگاه): a Persian name, even typed with Arabic letters (مركز تحقيقات فيزيك), is matched
 * by its own listed name.
 */
final class ArabicNames {

    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u0652\\u0670\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_EDGES = Pattern.compile("([،,؛;:()\\[\\]«»\"])");
    private static final String[] PREFIXES = {"وال", "بال", "فال", "لل", "ال", "و", "ل", "ب"};

    /**
     * Organisation words: a text is read as Arabic only when it has one (whether it is Arabic rather than Persian
     * written with Arabic letters is told by the letters and the article, not by these words).
     */
    private static final Map<String, String> ORGANISATIONS = Map.of(
            "جامعه", "university",
            "معهد", "institute",
            "اكاديميه", "academy",
            "مركز", "center",
            "منظمه", "organization",
            "مختبر", "laboratory",
            "كليه", "college");

    /** Two-word names read as one (keys as {@link #plain} writes them, without the article). */
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("امير كبير", "amirkabir"),
            Map.entry("بقيه الله", "baqiyatallah"),
            Map.entry("قوه جويه", "air force"),
            Map.entry("فضاء جوي", "aerospace"),
            Map.entry("ملاحه جويه", "aeronautics"),
            Map.entry("شماليه غربيه", "northwestern"),
            Map.entry("شمال غربي", "northwestern"),
            Map.entry("تسينغ هوا", "tsinghua"),
            Map.entry("تشينغ هوا", "tsinghua"),
            Map.entry("جياو تونغ", "jiao tong"),
            Map.entry("سانت بطرسبورغ", "saint petersburg"),
            Map.entry("سانت بطرسبرغ", "saint petersburg"),
            Map.entry("متعدده تقنيات", "polytechnical"),
            Map.entry("يات سين", "yat-sen"));

    private static final Map<String, String> WORDS = Map.ofEntries(
            // subject and organisation words of the listed names
            Map.entry("علوم", "science"),
            Map.entry("علميه", "science"),
            Map.entry("علمي", "science"),
            Map.entry("تكنولوجيا", "technology"),
            Map.entry("تكنولوجيه", "technology"),
            Map.entry("تكنولوجي", "technology"),
            Map.entry("صناعيه", "technology"),
            Map.entry("تقنيه", "technical"),
            Map.entry("تقني", "technical"),
            Map.entry("هندسه", "engineering"),
            Map.entry("هندسيه", "engineering"),
            Map.entry("فيزياء", "physics"),
            Map.entry("فيزيائيه", "physics"),
            Map.entry("تطبيقيه", "applied"),
            Map.entry("ابحاث", "research"),
            Map.entry("بحوث", "research"),
            Map.entry("بحث", "research"),
            Map.entry("طبيه", "medical"),
            Map.entry("طيران", "aeronautics"),
            Map.entry("فضاء", "astronautics"),
            Map.entry("فضائيه", "astronautics"),
            Map.entry("جويه", "air"),
            Map.entry("بحريه", "naval"),
            Map.entry("دفاع", "defense"),
            Map.entry("دفاعيه", "defence"),
            Map.entry("وطنيه", "national"),
            Map.entry("وطني", "national"),
            Map.entry("عليا", "supreme"),
            Map.entry("شامله", "comprehensive"),
            Map.entry("حكوميه", "state"),
            Map.entry("نوويه", "nuclear"),
            Map.entry("بريد", "posts"),
            Map.entry("اتصالات", "telecommunications"),
            Map.entry("الكترونيه", "electronic"),
            Map.entry("الكترونيات", "electronics"),
            Map.entry("صناعات", "industries"),
            Map.entry("تدريب", "training"),
            Map.entry("انفجار", "explosion"),
            Map.entry("صدمه", "impact"),
            Map.entry("عسكريه", "military"),
            Map.entry("بوليتكنيك", "polytechnic"),
            Map.entry("بوليتكنيكيه", "polytechnical"),
            Map.entry("صين", "china"),
            Map.entry("صينيه", "chinese"),
            Map.entry("روسيه", "russian"),
            Map.entry("روسي", "russian"),
            Map.entry("ايران", "iran"),
            Map.entry("ايرانيه", "iranian"),
            Map.entry("في", "of"),
            Map.entry("تابع", "of"),
            // Iranian names and titles (Persian names as Arabic spells them)
            Map.entry("شريف", "sharif"),
            Map.entry("اميركبير", "amirkabir"),
            Map.entry("امام", "imam"),
            Map.entry("حسين", "hussein"),
            Map.entry("باقر", "baqir"),
            Map.entry("مالك", "malek"),
            Map.entry("اشتر", "ashtar"),
            Map.entry("شهيد", "shahid"),
            Map.entry("بهشتي", "beheshti"),
            Map.entry("ستاري", "sattari"),
            Map.entry("خميني", "khomeini"),
            Map.entry("باستور", "pasteur"),
            Map.entry("مبنا", "mabna"),
            Map.entry("طهران", "tehran"),
            // Chinese places and names as Arabic transliterates their pinyin
            Map.entry("بكين", "beijing"),
            Map.entry("بيجين", "beijing"),
            Map.entry("بيجينغ", "beijing"),
            Map.entry("بيهانغ", "beihang"),
            Map.entry("تسينغهوا", "tsinghua"),
            Map.entry("تشينغهوا", "tsinghua"),
            Map.entry("هاربين", "harbin"),
            Map.entry("شنغهاي", "shanghai"),
            Map.entry("شانغهاي", "shanghai"),
            Map.entry("جياوتونغ", "jiaotong"),
            Map.entry("نانجينغ", "nanjing"),
            Map.entry("نانكين", "nanjing"),
            Map.entry("شيان", "xian"),
            Map.entry("تيانجين", "tianjin"),
            Map.entry("ووهان", "wuhan"),
            Map.entry("تشجيانغ", "zhejiang"),
            Map.entry("تشيجيانغ", "zhejiang"),
            Map.entry("فودان", "fudan"),
            Map.entry("شيديان", "xidian"),
            Map.entry("هواتشونغ", "huazhong"),
            Map.entry("سيتشوان", "sichuan"),
            Map.entry("تشونغتشينغ", "chongqing"),
            Map.entry("داليان", "dalian"),
            Map.entry("شنتشن", "shenzhen"),
            Map.entry("شنجن", "shenzhen"),
            Map.entry("صن", "sun"),
            // Russian places and eponyms as Arabic transliterates them
            Map.entry("موسكو", "moscow"),
            Map.entry("باومان", "bauman"),
            Map.entry("لومونوسوف", "lomonosov"),
            Map.entry("تومسك", "tomsk"),
            Map.entry("نوفوسيبيرسك", "novosibirsk"),
            Map.entry("سكولكوفو", "skolkovo"),
            Map.entry("كورشاتوف", "kurchatov"));

    /** Letters and words only Persian writes: keheh, Farsi yeh, pe, gaf, che, zhe, and دانشگاه. */
    private static final Pattern PERSIAN = Pattern.compile("[\\u06A9\\u06CC\\u067E\\u06AF\\u0686\\u0698]|دانشگاه");

    /** Ta marbuta, معهد or a word with the article ال (Allah aside): Arabic, not Persian written with Arabic letters. */
    private static final Pattern ARABIC =
            Pattern.compile("\\u0629|معهد|(?:^|[\\s\\u060C,(])[وبلف]?(?:ال|لل)(?!له)\\p{IsArabic}");

    private ArabicNames() {}

    /** The text with its Arabic words read in English; null when it is not an Arabic name (see the class comment). */
    static String inLatin(String text) {
        if (!Scripts.contains(text, Character.UnicodeScript.ARABIC)
                || PERSIAN.matcher(text).find()
                || !ARABIC.matcher(text).find()) {
            return null;
        }
        String[] words = SPACES.split(
                WORD_EDGES.matcher(text.replace('،', ',')).replaceAll(" $1 ").strip());
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean organisation = false;
        for (int i = 0; i < words.length; i++) {
            String plain = plain(words[i]);
            String phrase = i + 1 < words.length ? phrase(plain, plain(words[i + 1])) : null;
            String read;
            if (phrase != null) {
                read = phrase;
                i++;
            } else {
                String organisationWord = known(plain, ORGANISATIONS);
                organisation |= organisationWord != null;
                read = organisationWord != null ? organisationWord : known(plain, WORDS);
            }
            out.append(out.isEmpty() || words[i].equals(",") ? "" : " ").append(read != null ? read : words[i]);
        }
        return organisation ? out.toString() : null;
    }

    private static String phrase(String first, String second) {
        for (String prefix : PREFIXES) {
            String head = first.startsWith(prefix) && first.length() > prefix.length() + 1
                    ? first.substring(prefix.length())
                    : first;
            String tail = second.startsWith("ال") ? second.substring(2) : second;
            String read = PHRASES.get(head + " " + tail);
            if (read == null) {
                read = PHRASES.get(head + " " + second);
            }
            if (read != null) {
                return read;
            }
        }
        return PHRASES.get(first + " " + second);
    }

    /** The word's reading, as written or after the article and particles before it (و read as "and"); null when unknown. */
    private static String known(String word, Map<String, String> table) {
        String read = table.get(word);
        for (int p = 0; read == null && p < PREFIXES.length; p++) {
            if (word.startsWith(PREFIXES[p]) && word.length() > PREFIXES[p].length() + 1) {
                read = table.get(word.substring(PREFIXES[p].length()));
                read = read != null && PREFIXES[p].startsWith("و") ? "and " + read : read;
            }
        }
        return read;
    }

    /** Without vowel marks and tatweel, hamza carriers and alef forms as bare alef, ta marbuta as ha, alef maksura as ya. */
    private static String plain(String word) {
        String bare = DIACRITICS
                .matcher(Normalizer.normalize(word, Normalizer.Form.NFC))
                .replaceAll("");
        return bare.replace('أ', 'ا')
                .replace('إ', 'ا')
                .replace('آ', 'ا')
                .replace('ة', 'ه')
                .replace('ى', 'ي');
    }
}
