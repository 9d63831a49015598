package se.arshjul.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every UI text comes from the bundle: templates have no literal words outside elements whose
 * content Thymeleaf replaces, and classes outside the demo data have no Swedish string literals
 * except the domain words the code reads (listed in src/test/resources/domain-words.txt).
 */
class TextsInBundleTest {
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt", "label", "value");
    private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");
    private static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");
    private static final Pattern SWEDISH = Pattern.compile("[åäöÅÄÖ]");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path t : MessageBundleTest.sources("src/main/resources/templates", ".html")) {
            Document doc = Jsoup.parse(Files.readString(t), "", Parser.htmlParser());
            for (Element e : doc.getAllElements()) {
                if (replaced(e) || e.tagName().equals("style") || e.tagName().equals("script")) continue;
                for (TextNode text : e.textNodes()) {
                    String words = INLINE.matcher(text.text()).replaceAll("");
                    if (LETTER.matcher(words).find()) literal.add(Path.of("src/main/resources/templates").relativize(t) + ": " + words.strip());
                }
                for (String a : TEXT_ATTRIBUTES) {
                    if (e.hasAttr(a) && !e.hasAttr("th:" + a) && !(a.equals("value") && !e.tagName().equals("button"))
                            && LETTER.matcher(e.attr(a)).find()) {
                        literal.add(Path.of("src/main/resources/templates").relativize(t) + ": " + a + "=\"" + e.attr(a) + "\"");
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    @Test
    void classesHaveNoSwedishLiterals() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        Set<String> domainWords = Set.copyOf(Files.readAllLines(Path.of("src/test/resources/domain-words.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        List<String> literal = new ArrayList<>();
        for (Path j : MessageBundleTest.sources("src/main/java", ".java")) {
            if (j.toString().contains("/demo/")) continue;
            for (LiteralStringValueExpr s : StaticJavaParser.parse(j).findAll(LiteralStringValueExpr.class)) {
                if (!(s instanceof StringLiteralExpr || s instanceof TextBlockLiteralExpr)) continue;
                if (SWEDISH.matcher(s.getValue()).find() && !domainWords.contains(s.getValue())) literal.add(Path.of("src/main/java/se/arshjul").relativize(j) + ": \"" + s.getValue() + "\"");
            }
        }
        assertThat(literal).isEmpty();
    }

    /** Thymeleaf replaces the content of this element or an ancestor, so its literal text is only a prototype. */
    private static boolean replaced(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            // <html th:replace="~{fragments/layout :: page(...)}"> hands the page's own content to the layout: still the page's text
            if (x.tagName().equals("html")) break;
            for (String a : REPLACING) if (x.hasAttr(a)) return true;
            if (x.hasAttr("th:remove") && x.attr("th:remove").equals("all")) return true;
        }
        return false;
    }
}
