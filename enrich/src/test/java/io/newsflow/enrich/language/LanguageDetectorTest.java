package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector(Set.of("en", "de", "fr", "ko"));

    @Test
    void detectsTheLanguageOfAnArticleWithItsConfidence() {
        var en = DETECTOR.detect("The regional council voted on Tuesday to close the old harbour bridge to heavy "
                + "traffic from next month, after engineers found corrosion in two of its steel supports.", null);
        assertEquals("en", en.language());
        assertTrue(en.confidence() > 0.8, "confidence " + en.confidence());
        var de = DETECTOR.detect("Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten "
                + "Monat für den Schwerverkehr zu sperren, nachdem Ingenieure Korrosion gefunden hatten.", "en");
        assertEquals("de", de.language());
    }

    @Test
    void answersOnlyLanguagesOfTheConfiguredSet() {
        var es = DETECTOR.detect("El consejo regional votó el martes para cerrar el viejo puente del puerto al tráfico "
                + "pesado a partir del próximo mes, después de que los ingenieros encontraran corrosión.", null);
        assertTrue(Set.of("en", "de", "fr", "ko").contains(es.language()), es.language());
    }

    @Test
    void aLanguageWithAScriptOfItsOwnIsNoAnswerForATextWithoutItsLetters() {
        LanguageDetector all = new LanguageDetector(Set.copyOf(LanguageDetector.DEFAULT_LANGUAGES));
        // few lower-case words: the model alone ranks Chinese first
        String results = "Results of English league matches on Saturday: Premier league Liverpool 2 Southampton 1 "
                + "Tottenham 0 Wimbledon 1 Everton 1 West Ham 1 Leeds 0 Newcastle 1";
        assertEquals("en", all.detectIgnoringNames(results, null).language());
        assertEquals("zh", all.detect("市议会周二投票决定，从下个月起禁止重型车辆通行这座旧港口大桥，因为工程师在两处钢支架上发现了腐蚀。", null)
                .language());
    }

    @Test
    void aTextTooShortToJudgeFallsBackToThePagesHint() {
        var d = DETECTOR.detect("Seoul, Monday", "ko-KR");
        assertEquals("ko", d.language());
        assertEquals(0, d.confidence());
    }

    /**
     * The detector scores only the configured languages from the model's weights; its answers must be what OpenNLP's
     * own {@code LanguageDetectorME} ranks first among them, with the same renormalised confidence: on texts in
     * many languages and scripts, and on the shared extract-dev texts when they are there.
     */
    @Test
    void answersWhatOpenNlpsOwnDetectorAnswersAmongTheConfiguredLanguages() throws IOException {
        LanguageDetector all = new LanguageDetector(Set.copyOf(LanguageDetector.DEFAULT_LANGUAGES));
        LanguageDetectorME reference = new LanguageDetectorME(LanguageDetector.loadModel());
        List<String> texts = new ArrayList<>(List.of(
                "The regional council voted on Tuesday to close the old harbour bridge to heavy traffic from next "
                        + "month, after engineers found corrosion in two of its steel supports. #bridge @council 2026",
                "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Monat für den "
                        + "Schwerverkehr zu sperren, nachdem Ingenieure Korrosion gefunden hatten.",
                "Le conseil régional a voté mardi la fermeture du vieux pont du port aux poids lourds à partir du "
                        + "mois prochain, après que des ingénieurs ont découvert de la corrosion.",
                "El consejo regional votó el martes para cerrar el viejo puente del puerto al tráfico pesado a partir "
                        + "del próximo mes, después de que los ingenieros encontraran corrosión.",
                "Городской совет во вторник проголосовал за закрытие старого портового моста для грузовиков со "
                        + "следующего месяца после того, как инженеры обнаружили коррозию.",
                "서울시는 화요일 다음 달부터 오래된 항구 다리의 대형 차량 통행을 금지하기로 의결했다. 기술자들이 강철 지지대 두 곳에서 부식을 "
                        + "발견했기 때문이다.",
                "市议会周二投票决定，从下个月起禁止重型车辆通行这座旧港口大桥，因为工程师在两处钢支架上发现了腐蚀。",
                "市議会は火曜日、技術者が鋼製の支柱二か所で腐食を見つけたため、来月から古い港の橋を大型車両通行止めにすることを決めた。",
                "Kaupunginvaltuusto päätti tiistaina sulkea vanhan satamasillan raskaalta liikenteeltä ensi kuusta "
                        + "alkaen, koska insinöörit löysivät korroosiota kahdesta teräksisestä tuesta.",
                "Belediye meclisi salı günü, mühendislerin iki çelik destekte korozyon bulması üzerine eski liman "
                        + "köprüsünü gelecek aydan itibaren ağır araç trafiğine kapatma kararı aldı.",
                "مجلس المدينة صوّت يوم الثلاثاء على إغلاق جسر الميناء القديم أمام الشاحنات الثقيلة اعتباراً من الشهر "
                        + "المقبل بعد أن اكتشف المهندسون تآكلاً في دعامتين فولاذيتين.",
                "Rada miasta zagłosowała we wtorek za zamknięciem starego mostu portowego dla ciężarówek od "
                        + "przyszłego miesiąca, po tym jak inżynierowie wykryli korozję. 😀 https://example.org/x"));
        Optional<Path> truth = SharedData.find("data/extract-dev/truth.jsonl");
        if (truth.isPresent()) {
            for (String line : Files.readAllLines(truth.get(), StandardCharsets.UTF_8)) {
                JsonNode doc = Json.mapper().readTree(line);
                texts.add(doc.path("text").asText(""));
            }
        }
        Map<String, String> iso3to1 = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            iso3to1.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
        iso3to1.putAll(Map.of("cmn", "zh", "nob", "no", "nno", "no"));
        int compared = 0;
        for (String text : texts) {
            LanguageDetector.Detection detection = all.detect(text, null);
            if (detection.confidence() == 0) {
                continue; // too short: the hint, not the model
            }
            String sample = text.length() > 1000 ? text.substring(0, 1000) : text;
            String best = null;
            double bestScore = 0;
            double total = 0;
            for (Language l : reference.predictLanguages(sample)) {
                String code = iso3to1.getOrDefault(l.getLang(), l.getLang());
                if (LanguageDetector.DEFAULT_LANGUAGES.contains(code)) {
                    total += l.getConfidence();
                    if (best == null) {
                        best = code;
                        bestScore = l.getConfidence();
                    }
                }
            }
            assertEquals(best, detection.language(), sample);
            assertEquals(Math.round(bestScore / total * 1000) / 1000.0, detection.confidence(), 0.0011, sample);
            compared++;
        }
        assertTrue(compared >= 12, "compared " + compared);
    }
}
