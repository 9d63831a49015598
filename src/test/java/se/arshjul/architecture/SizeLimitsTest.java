package se.arshjul.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;

/** Small classes and short methods: no main source file over 250 lines, no method or constructor over 40. */
class SizeLimitsTest {
    static final int MAX_FILE_LINES = 250;
    static final int MAX_METHOD_LINES = 40;

    @Test
    void classesAndMethodsStaySmall() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_FILE_LINES) tooLong.add(file + ": " + lines + " lines");
                CompilationUnit unit = StaticJavaParser.parse(file);
                for (CallableDeclaration<?> method : unit.findAll(CallableDeclaration.class)) {
                    int length = method.getEnd().get().line - method.getBegin().get().line + 1;
                    if (length > MAX_METHOD_LINES) tooLong.add(file + ": " + method.getNameAsString() + " " + length + " lines");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }
}
