package io.newsflow.enrich.keywords;

import static io.newsflow.enrich.TestPages.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor(8);

    @Test
    void keywordsAreTheTextsDistinctiveTermsInTheirUsualSpellingWithoutStopWords() {
        InMemoryFrequencies df = new InMemoryFrequencies();
        extractor.keywords(fixture("dedup/library.txt"), "en", df);
        List<String> keywords = extractor.keywords(fixture("dedup/bridge.txt"), "en", df);
        assertTrue(keywords.contains("bridge"), keywords.toString());
        assertTrue(keywords.contains("council"), keywords.toString());
        assertFalse(keywords.contains("the"), keywords.toString());
        assertTrue(keywords.size() <= 8);
    }

    @Test
    void commonEnglishWordsAreNotKeywordsEvenInASmallCorpus() {
        List<String> keywords = extractor.keywords("After the vote, the council said it would reopen the bridge"
                + " after repairs. Because of the repairs, the bridge would stay shut; after that, it would reopen.",
                "en", new InMemoryFrequencies());
        assertTrue(keywords.contains("bridge"), keywords.toString());
        for (String common : List.of("after", "would", "because", "that")) {
            assertFalse(keywords.contains(common), common + " in " + keywords);
        }
    }

    @Test
    void modalVerbsAndNumbersAreNotKeywords() {
        List<String> keywords = extractor.keywords("The council will spend 1,200 pounds on the barrier. The barrier "
                + "will be raised in 2027, and 1,200 homes will be safer; the council said the barrier will hold.",
                "en", new InMemoryFrequencies());
        assertTrue(keywords.contains("barrier"), keywords.toString());
        for (String noise : List.of("will", "1,200", "2027", "said")) {
            assertFalse(keywords.contains(noise), noise + " in " + keywords);
        }
    }

    @Test
    void termsSeenInEveryDocumentWeighLessThanTermsOfThisOneOnly() {
        InMemoryFrequencies df = new InMemoryFrequencies();
        for (int i = 0; i < 5; i++) {
            extractor.keywords("The council met today. The council met again.", "en", df);
        }
        List<String> keywords = extractor.keywords("The council met to discuss corrosion. Corrosion of the council bridge.", "en", df);
        assertEquals("corrosion", keywords.get(0));
        assertEquals(6, df.documents());
    }

    @Test
    void keywordsComeInOrderOfWeightAndEqualWeightsInOrderOfTheirTerms() {
        String text = "Zebra yak walrus zebra. Mango apple, zebra! Kiwi walrus.";
        BackgroundFrequencies none = BackgroundFrequencies.NONE;
        assertEquals(List.of("zebra", "walrus", "apple"),
                new KeywordExtractor(3, none).keywords(text, "en", new InMemoryFrequencies()));
        assertEquals(List.of("zebra", "walrus", "apple", "kiwi", "mango", "yak"),
                new KeywordExtractor(10, none).keywords(text, "en", new InMemoryFrequencies()));
        assertEquals(List.of(), new KeywordExtractor(0, none).keywords(text, "en", new InMemoryFrequencies()));
    }

    @Test
    void otherLanguagesUseTheirOwnStopWords() {
        List<String> keywords = extractor.keywords("Der Stadtrat hat die Brücke gesperrt. Die Brücke ist alt und die "
                + "Brücke ist rostig.", "de", new InMemoryFrequencies());
        assertEquals("brücke", keywords.get(0));
        assertFalse(keywords.contains("die"));
    }

    @Test
    void chineseJapaneseAndKoreanKeywordsAreWholeWordsWithoutParticles() {
        assertEquals("能源", extractor.keywords("能源价格上涨。政府宣布了能源新措施。能源公司表示支持。", "zh",
                new InMemoryFrequencies()).get(0));
        List<String> japanese = extractor.keywords("政府はエネルギー価格の対策を発表した。エネルギー会社は対策を"
                + "歓迎した。エネルギーの価格は上昇している。", "ja", new InMemoryFrequencies());
        assertEquals("エネルギー", japanese.get(0), japanese.toString());
        assertTrue(japanese.contains("対策"), japanese.toString());
        List<String> korean = extractor.keywords("정부는 에너지 가격 상승에 대응하기 위해 에너지 지원을 발표했다. "
                + "에너지 기업들은 정부의 발표를 환영했다.", "ko", new InMemoryFrequencies());
        assertEquals("에너지", korean.get(0), korean.toString());
        assertTrue(korean.contains("정부"), korean.toString()); // not "정부는" or "정부의", nor the bigram "부는"
    }

    @Test
    void polishUsesItsOwnStopWordsAndStemmer() {
        List<String> keywords = extractor.keywords("Rząd ogłosił nowe ceny energii. Ceny energii nie są jednak "
                + "wysokie i nie jest to koniec, bo ceny energii się zmienią, a cenom gazu także.", "pl",
                new InMemoryFrequencies());
        assertEquals("ceny", keywords.get(0), keywords.toString()); // "ceny" and "cenom" counted as one word
        for (String stopWord : List.of("nie", "jest", "się", "jednak")) {
            assertFalse(keywords.contains(stopWord), stopWord + " in " + keywords);
        }
    }

    @Test
    void aTextOfNoKnownLanguageIsReadWithEnglishStopWords() {
        List<String> keywords = extractor.keywords("The barrier and the barrier: the council's barrier.", null,
                new InMemoryFrequencies());
        assertEquals("barrier", keywords.get(0));
        assertFalse(keywords.contains("the"), keywords.toString());
    }

    @Test
    void aFreshStreamsFirstEnglishArticlesAreWeighedAgainstTheBackgroundNotKeyedByCommonWords() {
        String text = "According to police, anyone along the river should leave. Despite the warnings, residents of "
                + "Tarnby stayed, and sandbags were piled on the embankment of the river Skell.";
        List<String> fresh = extractor.keywords(text, "en", new InMemoryFrequencies());
        for (String common : List.of("according", "anyone", "along", "despite")) {
            assertFalse(fresh.contains(common), common + " in " + fresh);
        }
        assertTrue(fresh.containsAll(List.of("tarnby", "sandbags", "embankment", "skell")), fresh.toString());
        // without the background, a first article has only its own counts: its commonest words come first
        List<String> alone = new KeywordExtractor(8, BackgroundFrequencies.NONE).keywords(text, "en",
                new InMemoryFrequencies());
        assertTrue(alone.contains("along") && alone.contains("according"), alone.toString());
    }
}
