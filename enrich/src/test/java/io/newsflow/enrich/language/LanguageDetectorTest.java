package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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
    void aTextTooShortToJudgeFallsBackToThePagesHint() {
        var d = DETECTOR.detect("Seoul, Monday", "ko-KR");
        assertEquals("ko", d.language());
        assertEquals(0, d.confidence());
    }
}
