package se.arshjul.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundle and its users agree: every key a template or class uses exists, every key
 * in the bundle is used, and no key is defined twice. A key is used when a template names it
 * ({@code #{key}}), a class or model names it as a string literal, or it starts with a prefix that
 * code builds keys from ({@code "status." + name}, {@code #{'status.' + ...}}).
 */
class MessageBundleTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("['\"]([A-Za-z][\\w\\-]*(?:\\.[\\w\\-]+)*\\.)['\"]\\s*\\+");
    private static final Pattern PARSER_COMMENT = Pattern.compile("(?s)<!--/\\*.*?\\*/-->");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][\\w\\-]*(?:\\.[\\w\\-]+)+)\"");

    static Map<String, String> bundle() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Path file : bundleFiles()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                if (keys.put(key, p.getProperty(key)) != null) duplicates.add(key);
            }
        }
        assertThat(duplicates).as("keys defined twice").isEmpty();
        return keys;
    }

    static List<Path> bundleFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/messages"))) {
            files.addAll(s.filter(f -> f.toString().endsWith(".properties")).sorted().toList());
        }
        return files;
    }

    static List<Path> sources(String root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(root))) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Map<String, String> bundle = bundle();
        Set<String> prefixes = new HashSet<>();
        for (String key : bundle.keySet()) prefixes.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        Set<String> used = new TreeSet<>();
        Set<String> dynamic = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (Path t : sources("src/main/resources/templates", ".html")) {
            String html = PARSER_COMMENT.matcher(Files.readString(t)).replaceAll("");
            collect(TEMPLATE_KEY.matcher(html), used);
            collect(DYNAMIC_PREFIX.matcher(html), dynamic);
            Matcher m = TEMPLATE_KEY.matcher(html);
            while (m.find()) if (!bundle.containsKey(m.group(1))) missing.add(t.getFileName() + ": " + m.group(1));
        }
        for (Path j : sources("src/main/java", ".java")) {
            String java = Files.readString(j);
            collect(DYNAMIC_PREFIX.matcher(java), dynamic);
            Matcher m = LITERAL.matcher(java);
            while (m.find()) {
                String literal = m.group(1);
                if (bundle.containsKey(literal)) used.add(literal);
                else if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && looksLikeKey(literal)) {
                    missing.add(j.getFileName() + ": " + literal);
                }
            }
        }
        Set<String> unused = new TreeSet<>(bundle.keySet());
        unused.removeAll(used);
        unused.removeIf(k -> dynamic.stream().anyMatch(k::startsWith));
        assertThat(missing).as("keys used but not in the bundle").isEmpty();
        assertThat(unused).as("keys in the bundle that nothing uses").isEmpty();
    }

    /** Not a file name, class name or property path that merely shares a prefix. */
    private static boolean looksLikeKey(String literal) {
        return !literal.matches(".*\\.(html|css|js|bpmn|form|pdf|json|properties|xml|sql|png|docx)$") && !literal.contains("..");
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) into.add(m.group(1));
    }
}
