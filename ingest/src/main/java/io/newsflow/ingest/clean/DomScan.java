package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over a freshly parsed document that gathers what the later stages need, so that the DOM is walked
 * few times: the text size under every element, the deepest nesting, and the elements metadata comes from.
 * Not thread-safe: one per page.
 */
final class DomScan {

    /**
     * Page chrome by HTML5 semantics, one set for both of its uses: {@link #articleProse} leaves out the prose in
     * it, and {@link HtmlContent} drops it unless it holds most of the page's text.
     */
    static final Set<String> CHROME_TAGS = Set.of("header", "nav", "footer", "aside", "menu");

    /** Per element: visible characters of text below it, and of those the ones inside {@code <p>} elements. */
    private final Map<Element, int[]> counts = new IdentityHashMap<>(1024);
    /**
     * Characters of paragraph prose outside the page's chrome ({@link #CHROME_TAGS}): the prose an article
     * competes for. Mega-menus and footers full of {@code <p>} would otherwise make the article look small.
     */
    int articleProse;
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    /** Other inline scripts: page data of script-rendered sites often carries the publication date. */
    final List<Element> scripts = new ArrayList<>();
    /** Short texts that carry a year, with their position among the page's text nodes. */
    final List<TextNode> datedTexts = new ArrayList<>();
    final List<Integer> datedTextPositions = new ArrayList<>();
    /** Position among the page's text nodes at which each h1 starts. */
    final List<Integer> h1Positions = new ArrayList<>();
    private int textNodes;
    final List<Element> h1s = new ArrayList<>();
    /** The h2 and h3 headings, in page order. */
    final List<Element> subheads = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> canonicals = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    /** Elements whose class or id says they hold a date or a byline ("post-date", "published", "byline"). */
    final List<Element> dateLines = new ArrayList<>();
    int maxDepth;

    private static final int MAX_DATE_LINES = 30;
    private static final int MAX_DATED_TEXTS = 300;
    private static final int DATED_TEXT_MAX = 100;

    private DomScan() {
    }

    /** Visible characters of text below {@code el}. */
    int textChars(Element el) {
        int[] c = counts.get(el);
        return c == null ? 0 : c[0];
    }

    /** Characters of text inside {@code <p>} elements under {@code el}: the paragraph prose it holds. */
    int paragraphChars(Element el) {
        int[] c = counts.get(el);
        return c == null ? 0 : c[1];
    }

    static DomScan of(Document doc) {
        DomScan scan = new DomScan();
        // Text sizes are summed bottom-up on a stack of running counts, one per open element.
        int[][] stack = {new int[64], new int[64]};
        NodeTraversor.traverse(new NodeVisitor() {
            int top = -1;
            int inParagraph;
            int inChrome;

            @Override
            public void head(Node node, int depth) {
                if (depth > scan.maxDepth) {
                    scan.maxDepth = depth;
                }
                if (node instanceof TextNode tn) {
                    scan.textNodes++;
                    if (scan.datedTexts.size() < MAX_DATED_TEXTS && hasYear(tn.getWholeText())) {
                        scan.datedTexts.add(tn);
                        scan.datedTextPositions.add(scan.textNodes);
                    }
                    if (top >= 0) {
                        int n = countVisible(tn.getWholeText());
                        stack[0][top] += n;
                        if (inParagraph > 0) {
                            stack[1][top] += n;
                            if (inChrome == 0) {
                                scan.articleProse += n;
                            }
                        }
                    }
                    return;
                }
                if (!(node instanceof Element el)) {
                    return;
                }
                if (++top == stack[0].length) {
                    stack[0] = Arrays.copyOf(stack[0], top * 2);
                    stack[1] = Arrays.copyOf(stack[1], top * 2);
                }
                stack[0][top] = 0;
                stack[1][top] = 0;
                if (el.normalName().equals("p")) {
                    inParagraph++;
                } else if (CHROME_TAGS.contains(el.normalName())) {
                    inChrome++;
                }
                switch (el.normalName()) {
                    case "meta" -> scan.metas.add(el);
                    case "script" -> {
                        if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                            scan.jsonLd.add(el);
                        } else if (!el.hasAttr("src")) {
                            scan.scripts.add(el);
                        }
                    }
                    case "h1" -> {
                        scan.h1s.add(el);
                        scan.h1Positions.add(scan.textNodes);
                    }
                    case "h2", "h3" -> scan.subheads.add(el);
                    case "time" -> scan.times.add(el);
                    case "link" -> {
                        if (el.attr("rel").equalsIgnoreCase("canonical")) {
                            scan.canonicals.add(el);
                        }
                    }
                    default -> {
                    }
                }
                if (el.hasAttr("itemprop")) {
                    scan.itemprops.add(el);
                }
                if (scan.dateLines.size() < MAX_DATE_LINES && isDateLine(el)) {
                    scan.dateLines.add(el);
                }
                if (el.attr("rel").equalsIgnoreCase("author")) {
                    scan.authorLinks.add(el);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    int chars = stack[0][top];
                    int prose = stack[1][top];
                    if (chars > 0) {
                        scan.counts.put(el, new int[] {chars, prose});
                    }
                    top--;
                    if (top >= 0) {
                        stack[0][top] += chars;
                        stack[1][top] += prose;
                    }
                    if (el.normalName().equals("p")) {
                        inParagraph--;
                    } else if (CHROME_TAGS.contains(el.normalName())) {
                        inChrome--;
                    }
                }
            }
        }, doc);
        return scan;
    }

    /** A short text with a plausible year in it: a cheap filter before any date parsing. */
    private static boolean hasYear(String s) {
        int n = s.length();
        if (n < 6 || n > DATED_TEXT_MAX) {
            return false;
        }
        for (int i = 0; i + 4 <= n; i++) {
            char a = s.charAt(i);
            if ((a == '1' && s.charAt(i + 1) == '9' || a == '2' && s.charAt(i + 1) == '0')
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == n || !Character.isDigit(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateLine(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        return namesDateLine(cls) || namesDateLine(id);
    }

    /** Called for most elements: {@code toLowerCase} returns the value itself when it has no capitals. */
    private static boolean namesDateLine(String value) {
        if (value.isEmpty()) {
            return false;
        }
        String a = value.toLowerCase(Locale.ROOT);
        return a.contains("date") || a.contains("publish") || a.contains("posted") || a.contains("byline")
                || a.contains("meta");
    }

    private static int countVisible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7f || c > 0x7f && !Character.isWhitespace(c)) {
                n++;
            }
        }
        return n;
    }
}
