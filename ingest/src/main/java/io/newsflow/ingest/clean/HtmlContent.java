package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main content of an HTML body: drops boilerplate elements, cuts the rest into text blocks, scores every
 * element by the good text it holds against the boilerplate text it drags along, and keeps the blocks of the best
 * one. Every walk is iterative (jsoup's {@link NodeTraversor}), so deep nesting cannot overflow the stack.
 * One instance per page: not thread-safe. It leaves the document as it was given.
 */
final class HtmlContent {

    /** Elements that never carry article text. */
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "option", "map",
            "head", "link", "meta", "dialog", "picture", "source", "math");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "br", "summary", "caption", "center");
    private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "main", "article");

    /** Weight of boilerplate text against good text when choosing the content root. */
    private static final double BAD_WEIGHT = 0.6;
    /** Bonus for roots the page itself marks as content (article, main, itemprop=articleBody, content classes). */
    private static final double HINT_BONUS = 1.5;
    /** Captions are a line or two; a long element with "caption" in its class is a layout switch. */
    private static final int CAPTION_MAX = 600;
    private static final int HIDDEN_PROSE_MAX = 200;
    /** A sign-up or contact form is labels and a line of text; a form with more text wraps the page. */
    private static final int FORM_TEXT_MAX = 1000;
    /** A block of prose is at least a long sentence; shorter blocks are kept inside the root but do not pick it. */
    private static final int PROSE_MIN = 60;
    /** A block this long is prose whatever its words; between {@link #PROSE_MIN} and it, it needs words. */
    static final int PROSE_LONG = 80;
    /** Words a block between {@link #PROSE_MIN} and {@link #PROSE_LONG} characters needs (CJK has no spaces). */
    private static final int PROSE_WORDS = 7;
    /** Prose links little: a block with more link text than this is navigation. */
    private static final double PROSE_LINK_DENSITY = 0.35;

    /** What a page's text must hold to have a body, in words for a rejection message. */
    static final String PROSE_RULE = "at least one paragraph of " + PROSE_LONG + " characters, or of " + PROSE_MIN
            + " with " + PROSE_WORDS + " words, that is not a heading, a caption or mostly links";
    /** Inside the root, a block that is nearly all link text is a link list (related stories, tags), not text. */
    private static final double LINK_LIST_DENSITY = 0.9;
    /**
     * A page states its byline and date once or twice (top, bottom); more such lines are a listing (events with
     * their dates, books with their authors) and belong to the text.
     */
    private static final int META_LISTING = 4;
    /** Weight of a block of prose with no prose before or after it (a teaser) when narrowing the root. */
    private static final double LONE_PROSE_WEIGHT = 0.0;
    /** Share of the root's good text that a narrower root must keep. */
    private static final double NARROWED_MIN = 0.4;
    /** Shorter blocks ("Yes", "Step 1") may legitimately repeat. */
    private static final int REPEAT_MIN = 40;

    private final Boilerplate vocabulary;
    private final Deadline deadline;
    private final DomScan scan;
    private final Map<String, Boolean> attributeVerdicts = new HashMap<>();
    private final Map<String, Boolean> contentVerdicts = new HashMap<>();

    private final boolean namesMarkChrome;

    /**
     * @param namesMarkChrome whether class and id names mark chrome (they do, but when that leaves no text at all
     *                        a page has named its article like chrome, "content-nav-section", and the cleaner tries
     *                        again without them)
     */
    HtmlContent(Boilerplate vocabulary, Deadline deadline, DomScan scan, boolean namesMarkChrome) {
        this.vocabulary = vocabulary;
        this.deadline = deadline;
        this.scan = scan;
        this.namesMarkChrome = namesMarkChrome;
    }

    /**
     * The result: body paragraphs, captions, how the root was found and how clearly, and the longest block of text
     * the page has at all (null: none), which says what a page without body text did hold.
     */
    record Result(List<String> paragraphs, List<String> captions, String method, double confidence,
                  String longestBlock) {
        Result {
            paragraphs = List.copyOf(paragraphs);
            captions = List.copyOf(captions);
        }
    }

    /** One run of text between block boundaries. */
    private static final class Block {
        final String text;
        final int chars;
        final int linkChars;
        final Element owner;
        final boolean caption;
        final boolean heading;
        /** Whether the block reads as prose: long enough, words, few links, not a heading or caption. */
        private final boolean content;

        Block(String text, int linkChars, Element owner, boolean caption, boolean heading) {
            this.text = text;
            this.chars = text.length();
            this.linkChars = linkChars;
            this.owner = owner;
            this.caption = caption;
            this.heading = heading;
            this.content = isProse();
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        boolean looksLikeContent() {
            return content;
        }

        private boolean isProse() {
            if (heading || caption || chars < PROSE_MIN || linkDensity() > PROSE_LINK_DENSITY) {
                return false;
            }
            if (chars >= PROSE_LONG) {
                return true;
            }
            // Sentences have words; CJK text has no spaces but long runs.
            int spaces = 0;
            for (int i = 0; i < text.length() && spaces < PROSE_WORDS - 1; i++) {
                if (text.charAt(i) == ' ') {
                    spaces++;
                }
            }
            return spaces >= PROSE_WORDS - 1;
        }
    }

    /** Per-element tallies: good and boilerplate characters below it, and the range of its blocks. */
    private static final class Tally {
        double good;
        /** Good text in lone paragraphs: prose with no prose before or after it, as in a list of teasers. */
        double loneGood;
        double bad;
        int firstBlock;
        int endBlock;
        boolean hinted;
    }

    /**
     * Extracts the content of {@code body}.
     *
     * @param skipText  block texts to leave out wherever they appear (the title)
     */
    Result extract(Element body, Set<String> skipText) {
        List<Block> blocks = new ArrayList<>();
        Map<Element, Tally> tallies = cut(body, blocks);
        double total = 0;
        for (Block b : blocks) {
            total += b.looksLikeContent() ? b.chars * (1 - b.linkDensity()) : 0;
        }
        Element root = bestRoot(body, tallies, false);
        Tally rt = tallies.get(root); // the body and every block under it has a tally
        // Scored again with teasers (lone paragraphs among links) discounted, the root may narrow to the article
        // that a list of teasers surrounds; it may not shrink to a fragment of the text.
        Element narrowed = bestRoot(body, tallies, true);
        Tally nt = tallies.get(narrowed);
        if (narrowed != root && nt.good >= NARROWED_MIN * rt.good && isInside(narrowed, root)) {
            root = narrowed;
            rt = nt;
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        int from = rt.firstBlock;
        int to = rt.endBlock;
        // Responsive layouts repeat the same text for each screen size; a reader sees it once.
        Set<String> seen = new HashSet<>();
        // What follows the last block of prose in the root is its footer: share lines, tags, author boxes.
        while (to > from && !blocks.get(to - 1).looksLikeContent()) {
            to--;
        }
        Map<Element, Boolean> minorChrome = new IdentityHashMap<>();
        boolean[] meta = new boolean[to - from];
        int metaLines = 0;
        for (int i = from; i < to; i++) {
            meta[i - from] = vocabulary.isMetaLine(blocks.get(i).text);
            metaLines += meta[i - from] ? 1 : 0;
        }
        boolean listsMeta = metaLines >= META_LISTING;
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (!b.caption && vocabulary.isCreditLine(b.text)) {
                addCaption(captions, b.text);
                continue;
            }
            if (!b.caption && !(b.chars >= REPEAT_MIN && !seen.add(b.text)) && keep(b, skipText)
                    && (listsMeta || !meta[i - from])
                    && !inMinorChrome(b.owner, root, rt, tallies, minorChrome)) {
                paragraphs.add(b.text);
            }
        }
        // Figures often sit beside the text column, so captions are taken from the whole article around it.
        Tally around = tallies.get(articleAround(root, tallies));
        for (int i = around.firstBlock; i < around.endBlock; i++) {
            Block b = blocks.get(i);
            if (b.caption) {
                addCaption(captions, b.text);
            }
        }
        double confidence = total == 0 ? 0 : Math.min(1, rt.good / total);
        String longest = null;
        for (Block b : blocks) {
            if (longest == null || b.chars > longest.length()) {
                longest = b.text;
            }
        }
        return new Result(paragraphs, captions, rt.hinted ? "hinted" : "scored", confidence, longest);
    }

    private static Element bestRoot(Element body, Map<Element, Tally> tallies, boolean discountTeasers) {
        Element root = body;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            double good = discountTeasers ? t.good - (1 - LONE_PROSE_WEIGHT) * t.loneGood : t.good;
            if (good <= 0) {
                continue;
            }
            double score = (t.hinted ? HINT_BONUS : 1.0) * good - BAD_WEIGHT * t.bad;
            if (score > best) {
                best = score;
                root = e.getKey();
            }
        }
        return root;
    }

    private static boolean isInside(Element inner, Element outer) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code owner} sits, below {@code root}, in an element named like chrome (an author box, a related
     * list, a newsletter form) that holds less than half of the root's good text. {@link #isPruned} spares such
     * elements when they look big against the page's paragraph prose; against the chosen root they are small.
     */
    private boolean inMinorChrome(Element owner, Element root, Tally rootTally, Map<Element, Tally> tallies,
            Map<Element, Boolean> memo) {
        List<Element> path = new ArrayList<>();
        boolean minor = false;
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            Boolean known = memo.get(e);
            if (known != null) {
                minor = known;
                break;
            }
            path.add(e);
            Tally t = tallies.get(e);
            if (t != null && !t.hinted && t.good * 2 < rootTally.good && isNamedChrome(e)) {
                minor = true;
                break;
            }
        }
        for (Element e : path) {
            memo.put(e, minor);
        }
        return minor;
    }

    private static void addCaption(List<String> captions, String text) {
        if (!captions.contains(text)) {
            captions.add(text);
        }
    }

    /** The nearest article, main or hinted element holding {@code root}, or {@code root} itself. */
    private static Element articleAround(Element root, Map<Element, Tally> tallies) {
        for (Element e = root; e != null; e = e.parent()) {
            Tally t = tallies.get(e);
            if (t == null) {
                break;
            }
            if (t.hinted && (e.normalName().equals("article") || e.normalName().equals("main"))) {
                return e;
            }
        }
        return root;
    }

    private boolean keep(Block b, Set<String> skipText) {
        if (b.chars == 0 || skipText.contains(b.text)) {
            return false;
        }
        if (b.linkDensity() > LINK_LIST_DENSITY && !b.heading) {
            return false;
        }
        return b.chars > 200 || !vocabulary.isBoilerplateLine(b.text);
    }

    /**
     * Whether an element is left out with all it holds: non-content elements and chrome, unless that chrome holds
     * most of the page's text or prose. The page is not changed: the walk that cuts blocks skips what this rejects.
     */
    private boolean isPruned(Element el, String tag, int bodyChars, int bodyProse) {
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (NEVER_PRUNED.contains(tag) || isContentHint(el)) {
            return false;
        }
        // Chrome that holds most of the page's text or prose is a layout wrapper with an unlucky name. A block named
        // like chrome competes with the prose outside the page's header, navigation and footer (a mega-menu full
        // of paragraphs must not make the article look small); chrome by markup with all.
        boolean structural = isStructuralChrome(el, tag);
        return (structural || isNamedChrome(el)) && scan.textChars(el) * 2 < bodyChars
                && scan.paragraphChars(el) * 2 <= (structural ? bodyProse : scan.articleProse);
    }

    private static boolean isContentHint(Element el) {
        String itemprop = el.attr("itemprop");
        return itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text");
    }

    /** Chrome by markup: HTML5 tags, ARIA roles, hidden elements. */
    private boolean isStructuralChrome(Element el, String tag) {
        if (DomScan.CHROME_TAGS.contains(tag)) {
            return true;
        }
        // A form is a search box, a sign-up or a contact form, unless it wraps the page (some sites do).
        if (tag.equals("form") && scan.textChars(el) < FORM_TEXT_MAX) {
            return true;
        }
        // Streaming renderers park real content in hidden elements until a script moves it into place, so
        // only hidden elements without prose (menus, dialogs, templates) are chrome.
        if ((el.hasAttr("hidden") || el.attr("aria-hidden").equals("true"))
                && scan.paragraphChars(el) < HIDDEN_PROSE_MAX) {
            return true;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && isHiddenStyle(style);
    }

    /** Chrome by name: a class or id with a boilerplate word. */
    private boolean isNamedChrome(Element el) {
        return namesMarkChrome && (isBoilerplateAttribute(el.className()) || isBoilerplateAttribute(el.id()));
    }

    private static boolean isHiddenStyle(String style) {
        // Most styles hide nothing: look for the value words before copying anything (a style without capitals
        // is its own lower case).
        String lower = style.toLowerCase(Locale.ROOT);
        if (!lower.contains("none") && !lower.contains("hidden")) {
            return false;
        }
        String s = lower.replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private boolean isBoilerplateAttribute(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return attributeVerdicts.computeIfAbsent(value, vocabulary::isBoilerplateAttribute);
    }

    /**
     * Cuts the body, less what {@link #isPruned} rejects, into blocks and tallies good and boilerplate text up every
     * block's ancestors.
     */
    private Map<Element, Tally> cut(Element body, List<Block> blocks) {
        BlockCutter cutter = new BlockCutter(this, body, blocks);
        NodeTraversor.filter(cutter, body);
        tallyUp(body, blocks, cutter.tallies);
        return cutter.tallies;
    }

    /** Adds every block's good and boilerplate text to the tallies of the elements that hold it, up to the body. */
    private static void tallyUp(Element body, List<Block> blocks, Map<Element, Tally> tallies) {
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double good = b.looksLikeContent() ? b.chars * (1 - b.linkDensity()) : 0;
            // Prose comes in runs; a lone paragraph between headings and links is a teaser of another page.
            boolean lone = good > 0 && !proseNear(blocks, i, -1) && !proseNear(blocks, i, 1);
            double bad = b.looksLikeContent() ? b.linkChars : b.chars;
            for (Element e = b.owner; e != null; e = e.parent()) {
                Tally t = tallies.get(e);
                if (t != null) {
                    t.good += good;
                    if (lone) {
                        t.loneGood += good;
                    }
                    t.bad += bad;
                }
                if (e == body) {
                    break;
                }
            }
        }
    }

    /**
     * The walk that cuts a body into blocks: it skips what {@link #isPruned} rejects, ends a block at every block
     * boundary, opens a tally for every element that may be the content root, and knows whether the text it reads
     * sits in a link, a caption or a heading. One per walk: not thread-safe. It reads the document without
     * changing it.
     */
    private static final class BlockCutter implements NodeFilter {
        /** The content stage of the page, whose rules say what is pruned, hinted or a caption. */
        private final HtmlContent stage;
        private final Element body;
        private final int bodyChars;
        private final int bodyProse;
        private final List<Block> blocks;
        /** Insertion (document) order makes ties between equally good roots go the same way on every run. */
        final Map<Element, Tally> tallies = new LinkedHashMap<>();
        /** The text of the block being read, its whitespace folded to single spaces. */
        private final StringBuilder text = new StringBuilder();
        /** The characters of {@link #text} that sit in links. */
        private int linkChars;
        /** The last number given in each ordered list. */
        private final Map<Element, int[]> listNumbers = new IdentityHashMap<>();
        /** The number of the list item being read, put before its first text (which may sit in a child). */
        private String number;
        /** The block element the text being read belongs to: the innermost open one. */
        private Element owner;
        private int linkDepth;
        private int captionDepth;
        private int headingDepth;

        BlockCutter(HtmlContent stage, Element body, List<Block> blocks) {
            this.stage = stage;
            this.body = body;
            this.bodyChars = stage.scan.textChars(body);
            this.bodyProse = stage.scan.paragraphChars(body);
            this.blocks = blocks;
            this.owner = body;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            stage.deadline.tick();
            if (node instanceof TextNode tn) {
                // Entities can spell mojibake too ("&acirc;&euro;&trade;"), which only shows once they are
                // decoded; repaired before spaces are folded, as "Â" before a no-break space is one of them.
                append(PageDecoder.repairDoubleEncoding(tn.getWholeText()));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (el != body && stage.isPruned(el, tag, bodyChars, bodyProse)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK_TAGS.contains(tag)) {
                startBlock(el, tag);
            }
            openTallyIfRoot(el, tag);
            countDepths(el, tag, 1);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                endBlock(el, tag);
            }
            countDepths(el, tag, -1);
            closeTally(el);
            return FilterResult.CONTINUE;
        }

        /** A block element ends the block before it and owns the text that follows; br and hr only end it. */
        private void startBlock(Element el, String tag) {
            flush();
            if (!isBreak(tag)) {
                owner = el;
            }
            if (tag.equals("li") && el.parent() != null && el.parent().normalName().equals("ol")) {
                // Readers see the numbers of an ordered list ("1. Preheat the oven"); so does the text.
                number = nextNumber(el.parent());
            }
        }

        /** The end of a block element ends its last block and gives the text that follows back to its parent. */
        private void endBlock(Element el, String tag) {
            flush();
            if (!isBreak(tag)) {
                owner = el.parent() == null ? body : el.parent();
            }
            if (tag.equals("li")) {
                number = null;
            }
        }

        private String nextNumber(Element ol) {
            int[] n = listNumbers.computeIfAbsent(ol, list -> new int[] {startOf(list) - 1});
            return ++n[0] + ". ";
        }

        /** Roots are blocks (or custom elements, or marked as the article body); inline elements need no tally. */
        private void openTallyIfRoot(Element el, String tag) {
            boolean bodyHint = isContentHint(el);
            if (BLOCK_TAGS.contains(tag) || tag.indexOf('-') > 0 || bodyHint) {
                Tally t = new Tally();
                t.firstBlock = blocks.size();
                t.hinted = bodyHint || tag.equals("article") || tag.equals("main") || stage.isContentClass(el);
                tallies.put(el, t);
            }
        }

        private void closeTally(Element el) {
            Tally t = tallies.get(el);
            if (t != null) {
                t.endBlock = blocks.size();
            }
        }

        /**
         * Steps the depth of links, captions or headings that {@code el} opens ({@code step} 1) or closes (-1). An
         * element counts as one of them only: a link before a caption before a heading.
         */
        private void countDepths(Element el, String tag, int step) {
            if (tag.equals("a")) {
                linkDepth += step;
            } else if (tag.equals("figcaption") || tag.equals("caption") || stage.isCaptionClass(el)) {
                captionDepth += step;
            } else if (isHeading(tag)) {
                headingDepth += step;
            }
        }

        /** Adds a text node's text to the block being read, whitespace folded, after the list number if one waits. */
        private void append(String raw) {
            if (number != null && !raw.isBlank()) {
                // An item that writes its own number ("1)", "2024:") keeps it.
                if (!Character.isDigit(raw.strip().charAt(0))) {
                    text.append(number);
                }
                number = null;
            }
            int before = text.length();
            boolean space = before == 0 || text.charAt(before - 1) == ' ';
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                // Printable ASCII first: most characters of most pages, and never whitespace.
                if (c > ' ' && c < 0x7f || !(Character.isWhitespace(c) || c == '\u00a0')) {
                    text.append(c);
                    space = false;
                } else {
                    if (!space) {
                        text.append(' ');
                        space = true;
                    }
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        /** Ends the block being read: its text, trimmed, becomes a block unless it is empty. */
        private void flush() {
            int start = 0;
            int end = text.length();
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > start) {
                blocks.add(new Block(text.substring(start, end), Math.min(linkChars, end - start), owner,
                        captionDepth > 0, headingDepth > 0));
            }
            text.setLength(0);
            linkChars = 0;
        }

        private static boolean isBreak(String tag) {
            return tag.equals("br") || tag.equals("hr");
        }

        private static boolean isHeading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }
    }

    /**
     * Whether the nearest block in direction {@code step} from block {@code i} is prose, looking past headings and
     * short lines of plain text (subheads, list items, a date) but not past links (a teaser's headline).
     */
    private static boolean proseNear(List<Block> blocks, int i, int step) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            Block b = blocks.get(j);
            if (b.looksLikeContent()) {
                return true;
            }
            if (!((b.heading || b.chars < PROSE_MIN) && b.linkDensity() < 0.5)) {
                return false;
            }
        }
        return false;
    }

    private static int startOf(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private boolean isContentClass(Element el) {
        String cls = el.className();
        return !cls.isEmpty() && contentVerdicts.computeIfAbsent(cls, vocabulary::isContentAttribute)
                && !isBoilerplateAttribute(cls);
    }

    /** A short element whose class names one as a caption ("wp-caption-text", "image-caption"). */
    private boolean isCaptionClass(Element el) {
        String cls = el.className();
        // "aption" finds "caption" and "Caption" without a lower-cased copy of every class attribute.
        if (cls.indexOf("aption") < 0 && cls.indexOf("APTION") < 0) {
            return false;
        }
        return scan.textChars(el) <= CAPTION_MAX;
    }
}
