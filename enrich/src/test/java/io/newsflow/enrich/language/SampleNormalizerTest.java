package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

class SampleNormalizerTest {

    /** What OpenNLP's {@code LanguageDetectorFactory} normalises a text with. */
    private static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    @Test
    void normalisesAsOpenNlpDoesWhereEveryPatternMatches() {
        List<String> texts = List.of(
                "RT @newsdesk: hahaha :-) xD see http://example.com/a?b=1 or write to desk@example.org #breaking 😀",
                "Art: rt rt: RT: heart rate", "JAJAJA hjaja HeHe hoho jij haaa", "X-P x( ;) :o :-D expo expert",
                "cooool!!!   spaces\n\n\nand 1,200 numbers 2026", "\uD83D lone \uDE00 surrogates", "",
                "The council voted on Tuesday to close the bridge.");
        for (String text : texts) {
            assertEquals(OPENNLP.normalize(text).toString(), SampleNormalizer.normalize(text).toString(), text);
        }
        String normalised = SampleNormalizer.normalize(texts.get(0)).toString();
        assertTrue(!normalised.contains("example") && !normalised.contains("#") && !normalised.contains("😀"), normalised);
    }

    @Test
    void replacesTheCodePointsOpenNlpsEmojiPatternMatchesEveryOne() {
        CharSequenceNormalizer emoji = EmojiCharSequenceNormalizer.getInstance();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = "a" + new String(Character.toChars(cp)) + new String(Character.toChars(cp)) + "b";
            String expected = emoji.normalize(text).toString();
            if (!expected.equals(SampleNormalizer.emoji(text).toString())) {
                assertEquals(expected, SampleNormalizer.emoji(text).toString(), "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void normalisesAsOpenNlpDoesOnRandomTextsOfThePatternsCharacters() {
        String alphabet = "hHjJaeiouAEIOU rRtT:;xX-()dDoOpP#@/.0123\n\t\r\u000B\f😀ë，\uD83D\uDE00٣\uD83D";
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                int at = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
                text.appendCodePoint(alphabet.codePointAt(at));
            }
            assertEquals(OPENNLP.normalize(text).toString(), SampleNormalizer.normalize(text.toString()).toString(),
                    text.toString());
        }
    }

    /** Tweets of the shared entity data (hashtags, user names, retweets, laughs) and news texts, when they are there. */
    @Test
    void normalisesAsOpenNlpDoesOnTweetsAndNews() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("btc-a.conll", "btc-f.conll", "btc-h.conll")) {
            Optional<Path> tweets = SharedData.find("data/ner/" + file);
            if (tweets.isPresent()) {
                StringBuilder tweet = new StringBuilder();
                for (String line : Files.readAllLines(tweets.get(), StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        texts.add(tweet.toString());
                        tweet.setLength(0);
                    } else {
                        tweet.append(line.split("\t")[0]).append(' ');
                    }
                }
            }
        }
        Optional<Path> news = SharedData.find("data/extract-dev/truth.jsonl");
        if (news.isPresent()) {
            for (String line : Files.readAllLines(news.get(), StandardCharsets.UTF_8)) {
                texts.add(line.substring(0, Math.min(line.length(), 2000))); // JSON text: escapes, quotes, a URL
            }
        }
        for (String text : texts) {
            assertEquals(OPENNLP.normalize(text).toString(), SampleNormalizer.normalize(text).toString(), text);
        }
        assertTrue(texts.isEmpty() || texts.size() > 700, "texts read: " + texts.size());
    }
}
